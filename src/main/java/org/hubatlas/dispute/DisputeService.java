package org.hubatlas.dispute;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hubatlas.dispute.DisputeQuery.orNone;

/** Where the sources are wrong or uncertain, and what each dispute affects. */
@Service
@Transactional(readOnly = true)
public class DisputeService {

	static final Comparator<Dispute> MOST_SEVERE_FIRST = Comparator.comparing(Dispute::getSeverity)
		.thenComparing(Dispute::getTitle);

	private final DisputeRepository disputes;

	DisputeService(DisputeRepository disputes) {
		this.disputes = disputes;
	}

	/** The disputes touching these items, in one query. */
	public Disputes disputes(DisputeQuery query) {
		if (query.isEmpty()) {
			return Disputes.none();
		}
		return Disputes
			.of(this.disputes.findLinks(orNone(query.cityIds), orNone(query.companyIds), orNone(query.universityIds),
					orNone(query.incentiveIds), orNone(query.figureIds), orNone(query.statementIds)));
	}

	/** Disputes raised about what this source says, most severe first. */
	public List<Dispute> aboutSource(long sourceId) {
		return this.disputes.findForSource(sourceId).stream().sorted(MOST_SEVERE_FIRST).toList();
	}

	/** Every dispute, most severe first. */
	public List<Dispute> all() {
		return this.disputes.findAllWithSource().stream().sorted(MOST_SEVERE_FIRST).toList();
	}

	/** What every dispute affects. */
	public List<DisputeLink> allLinks() {
		return this.disputes.findAllLinks();
	}

	public long count() {
		return this.disputes.count();
	}

}
