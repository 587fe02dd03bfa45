package org.hubatlas.dispute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hubatlas.subject.Subject;

/** The items of one page whose disputes should be shown. */
public final class DisputeQuery {

	final List<Long> cityIds = new ArrayList<>();

	final List<Long> companyIds = new ArrayList<>();

	final List<Long> universityIds = new ArrayList<>();

	final List<Long> incentiveIds = new ArrayList<>();

	final List<Long> figureIds = new ArrayList<>();

	final List<Long> statementIds = new ArrayList<>();

	public DisputeQuery cities(Collection<Long> ids) {
		this.cityIds.addAll(ids);
		return this;
	}

	public DisputeQuery companies(Collection<Long> ids) {
		this.companyIds.addAll(ids);
		return this;
	}

	public DisputeQuery universities(Collection<Long> ids) {
		this.universityIds.addAll(ids);
		return this;
	}

	public DisputeQuery incentives(Collection<Long> ids) {
		this.incentiveIds.addAll(ids);
		return this;
	}

	/** The disputes about this one record. */
	public DisputeQuery about(Subject subject) {
		if (subject.isNationalContext()) {
			return this;
		}
		List<Long> id = List.of(subject.id());
		return switch (subject.kind()) {
			case CITY -> cities(id);
			case COMPANY -> companies(id);
			case UNIVERSITY -> universities(id);
			case INCENTIVE -> incentives(id);
		};
	}

	public DisputeQuery figures(Collection<Long> ids) {
		this.figureIds.addAll(ids);
		return this;
	}

	public DisputeQuery statements(Collection<Long> ids) {
		this.statementIds.addAll(ids);
		return this;
	}

	boolean isEmpty() {
		return this.cityIds.isEmpty() && this.companyIds.isEmpty() && this.universityIds.isEmpty()
				&& this.incentiveIds.isEmpty() && this.figureIds.isEmpty() && this.statementIds.isEmpty();
	}

	/**
	 * An empty IN list is not portable SQL; an id that never exists stands in for "none".
	 */
	static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
