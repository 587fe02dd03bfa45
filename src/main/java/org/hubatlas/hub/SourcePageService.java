package org.hubatlas.hub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeLink;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectLink;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source pages and the corrections page: what each source is cited for and what each
 * dispute affects, with what every figure and statement is about, in a fixed number of
 * queries.
 */
@Service
@Transactional(readOnly = true)
public class SourcePageService {

	private final SourceService sources;

	private final FigureService figures;

	private final StatementService statements;

	private final DisputeService disputes;

	private final SubjectDirectory subjects;

	SourcePageService(SourceService sources, FigureService figures, StatementService statements,
			DisputeService disputes, SubjectDirectory subjects) {
		this.sources = sources;
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
		this.subjects = subjects;
	}

	public List<Source> sources() {
		return this.sources.all();
	}

	/** Number of figures and statements citing each source, by source id. */
	public Map<Long, Long> citedCounts() {
		Map<Long, Long> counts = new HashMap<>(this.figures.countsBySource());
		this.statements.countsBySource().forEach((id, count) -> counts.merge(id, count, Long::sum));
		return counts;
	}

	/** Every statement with its source and what it is about, for a download. */
	public List<StatementLine> statementLines() {
		List<Statement> all = this.statements.allWithSources();
		Map<Subject, SubjectLink> about = this.subjects
			.links(all.stream().map(Statement::getSubject).filter(java.util.Objects::nonNull).toList());
		return all.stream()
			.map((statement) -> new StatementLine(statement,
					(statement.getSubject() != null) ? about.get(statement.getSubject()) : SubjectLink.national()))
			.toList();
	}

	/** A statement and what it is about. */
	public record StatementLine(Statement statement, SubjectLink about) {
	}

	public SourcePage page(long id) {
		Source source = this.sources.get(id);
		List<Figure> figureList = this.figures.fromSource(id);
		List<Statement> statementList = this.statements.fromSource(id);
		Set<Subject> about = new HashSet<>();
		figureList.forEach((f) -> about.add(f.getSubject()));
		statementList.forEach((s) -> about.add(s.getSubject()));
		Map<Subject, SubjectLink> links = this.subjects.links(about);
		Map<Long, SubjectLink> figureSubjects = new HashMap<>();
		figureList
			.forEach((f) -> figureSubjects.put(f.getId(), links.getOrDefault(f.getSubject(), SubjectLink.national())));
		Map<Long, SubjectLink> statementSubjects = new HashMap<>();
		statementList.forEach(
				(s) -> statementSubjects.put(s.getId(), links.getOrDefault(s.getSubject(), SubjectLink.national())));
		// What is disputed about each figure and statement, wherever the dispute was
		// raised, in one query.
		Disputes flags = this.disputes
			.disputes(new DisputeQuery().figures(figureList.stream().map(Figure::getId).toList())
				.statements(statementList.stream().map(Statement::getId).toList()));
		return new SourcePage(source, figureList, statementList, this.disputes.aboutSource(id), figureSubjects,
				statementSubjects, flags);
	}

	/** Every dispute with links to what it affects, in a fixed number of queries. */
	public DisputesPage disputes() {
		List<DisputeLink> links = this.disputes.allLinks();
		Set<Long> figureIds = new HashSet<>();
		Set<Long> statementIds = new HashSet<>();
		links.forEach((l) -> {
			if (l.getFigureId() != null) {
				figureIds.add(l.getFigureId());
			}
			if (l.getStatementId() != null) {
				statementIds.add(l.getStatementId());
			}
		});
		// A figure or statement is shown through what it is about.
		Map<Long, Subject> figureSubjects = new HashMap<>();
		this.figures.byIds(figureIds).forEach((f) -> figureSubjects.put(f.getId(), f.getSubject()));
		Map<Long, Subject> statementSubjects = new HashMap<>();
		this.statements.byIds(statementIds).forEach((s) -> statementSubjects.put(s.getId(), s.getSubject()));
		Set<Subject> about = new HashSet<>();
		links.forEach((l) -> about.add(subjectOf(l, figureSubjects, statementSubjects)));
		Map<Subject, SubjectLink> names = this.subjects.links(about);
		Map<Long, LinkedHashSet<SubjectLink>> affects = new HashMap<>();
		for (DisputeLink l : links) {
			SubjectLink target = names.getOrDefault(subjectOf(l, figureSubjects, statementSubjects),
					SubjectLink.national());
			affects.computeIfAbsent(l.getDispute().getId(), (k) -> new LinkedHashSet<>()).add(target);
		}
		return new DisputesPage(this.disputes.all(), affects);
	}

	private static Subject subjectOf(DisputeLink link, Map<Long, Subject> figureSubjects,
			Map<Long, Subject> statementSubjects) {
		if (link.getFigureId() != null) {
			return figureSubjects.getOrDefault(link.getFigureId(), Subject.nationalContext());
		}
		if (link.getStatementId() != null) {
			return statementSubjects.getOrDefault(link.getStatementId(), Subject.nationalContext());
		}
		return link.getSubject();
	}

	/** Disputes, most severe first, and by dispute id what each affects. */
	public record DisputesPage(List<Dispute> disputes, Map<Long, LinkedHashSet<SubjectLink>> affects) {

		public List<SubjectLink> affected(Long disputeId) {
			return List.copyOf(this.affects.getOrDefault(disputeId, new LinkedHashSet<>()));
		}

	}

}
