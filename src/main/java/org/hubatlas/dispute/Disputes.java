package org.hubatlas.dispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectKind;

/**
 * The disputes that touch a page, and which of the page's items each one flags, so that a
 * disputed figure, statement, company or incentive can carry its note where it is shown.
 */
public final class Disputes {

	private final List<Dispute> all;

	private final Map<String, List<Dispute>> byItem;

	private Disputes(List<Dispute> all, Map<String, List<Dispute>> byItem) {
		this.all = all;
		this.byItem = byItem;
	}

	public static Disputes none() {
		return new Disputes(List.of(), Map.of());
	}

	static Disputes of(List<DisputeLink> links) {
		Set<Dispute> all = new LinkedHashSet<>();
		Map<String, List<Dispute>> byItem = new LinkedHashMap<>();
		for (DisputeLink link : links) {
			Dispute dispute = link.getDispute();
			all.add(dispute);
			byItem.computeIfAbsent(key(link), (k) -> new ArrayList<>()).add(dispute);
		}
		byItem.values().forEach((list) -> list.sort(DisputeService.MOST_SEVERE_FIRST));
		List<Dispute> sorted = new ArrayList<>(all);
		sorted.sort(DisputeService.MOST_SEVERE_FIRST);
		return new Disputes(List.copyOf(sorted), byItem);
	}

	/** A figure or statement by its own id, else the subject by its key. */
	private static String key(DisputeLink link) {
		if (link.getFigureId() != null) {
			return "figure:" + link.getFigureId();
		}
		if (link.getStatementId() != null) {
			return "statement:" + link.getStatementId();
		}
		return link.getSubject().key();
	}

	/** Every dispute on the page, most severe first. */
	public List<Dispute> getAll() {
		return this.all;
	}

	public boolean isEmpty() {
		return this.all.isEmpty();
	}

	/** Whether any of these disputes says the data is wrong, not only uncertain. */
	public static boolean anyContradiction(List<Dispute> disputes) {
		return disputes.stream().anyMatch(Dispute::isContradiction);
	}

	/**
	 * The style of a figure's card: "disputed", "caveat", or "" when nothing is noted
	 * against it.
	 */
	public String figureStyle(Long id) {
		List<Dispute> disputes = forFigure(id);
		if (disputes.isEmpty()) {
			return "";
		}
		return anyContradiction(disputes) ? "disputed" : "caveat";
	}

	/**
	 * Whether any of these notes says the data is wrong: a callout over them is headed
	 * "Disputed", else "Read with care".
	 */
	public boolean contradicts(List<Dispute> disputes) {
		return anyContradiction(disputes);
	}

	public List<Dispute> forFigure(Long id) {
		return this.byItem.getOrDefault("figure:" + id, List.of());
	}

	public List<Dispute> forStatement(Long id) {
		return this.byItem.getOrDefault("statement:" + id, List.of());
	}

	/**
	 * The disputes on a hub that a reader must see before anything else: high severity,
	 * or data shown to be wrong.
	 */
	public List<Dispute> notableForCity(Long id) {
		return forCity(id).stream().filter((d) -> d.getSeverity() == Severity.HIGH || d.isContradiction()).toList();
	}

	public List<Dispute> forCity(Long id) {
		return this.byItem.getOrDefault(Subject.of(SubjectKind.CITY, id).key(), List.of());
	}

	public List<Dispute> forCompany(Long id) {
		return this.byItem.getOrDefault(Subject.of(SubjectKind.COMPANY, id).key(), List.of());
	}

	public List<Dispute> forUniversity(Long id) {
		return this.byItem.getOrDefault(Subject.of(SubjectKind.UNIVERSITY, id).key(), List.of());
	}

	public List<Dispute> forIncentive(Long id) {
		return this.byItem.getOrDefault(Subject.of(SubjectKind.INCENTIVE, id).key(), List.of());
	}

	/**
	 * The distinct sources of figures and statements, in the order first cited: the
	 * page's numbered source list.
	 */
	public static <T> List<Source> sourcesOf(List<T> items, Function<T, Source> source) {
		Set<Source> sources = new LinkedHashSet<>();
		items.forEach((item) -> sources.add(source.apply(item)));
		return List.copyOf(sources);
	}

}
