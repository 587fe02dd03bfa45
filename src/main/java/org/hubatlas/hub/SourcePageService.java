package org.hubatlas.hub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.Text;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeLink;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.FigureText;
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

	/**
	 * Every dispute with links to what it affects, in a fixed number of queries: a hub,
	 * company, institution or incentive by its name; a figure or statement by what it is
	 * about and itself, linked to where its page shows it.
	 */
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
		Map<Long, Figure> figuresById = new HashMap<>();
		this.figures.byIds(figureIds).forEach((f) -> figuresById.put(f.getId(), f));
		Map<Long, Statement> statementsById = new HashMap<>();
		this.statements.byIds(statementIds).forEach((s) -> statementsById.put(s.getId(), s));
		Map<Long, Subject> figureSubjects = new HashMap<>();
		figuresById.values().forEach((f) -> figureSubjects.put(f.getId(), f.getSubject()));
		Map<Long, Subject> statementSubjects = new HashMap<>();
		statementsById.values().forEach((s) -> statementSubjects.put(s.getId(), s.getSubject()));
		Set<Subject> about = new HashSet<>();
		links.forEach((l) -> about.add(subjectOf(l, figureSubjects, statementSubjects)));
		Map<Subject, SubjectLink> names = this.subjects.links(about);
		Map<Long, LinkedHashSet<Affected>> affects = new HashMap<>();
		for (DisputeLink l : links) {
			SubjectLink subject = names.getOrDefault(subjectOf(l, figureSubjects, statementSubjects),
					SubjectLink.national());
			affects.computeIfAbsent(l.getDispute().getId(), (k) -> new LinkedHashSet<>())
				.add(Affected.of(subject, figuresById.get(l.getFigureId()), statementsById.get(l.getStatementId())));
		}
		return new DisputesPage(this.disputes.all(), affects);
	}

	/**
	 * One thing a dispute affects as the page names it: what it is about, and where it is
	 * a figure or statement, which (in the reader's language where it is held in it),
	 * linked to it on its page.
	 */
	public record Affected(String name, ReaderText detail, String href) {

		/** How much of a statement the entry quotes before an ellipsis. */
		private static final int STATEMENT_SHOWN = 90;

		static Affected of(SubjectLink subject, Figure figure, Statement statement) {
			if (figure != null) {
				return new Affected(subject.name(),
						new ReaderText(InterfaceText.message("source.disputes.affectsFigure", "{0}, {1}",
								figure.getIndicator().getDisplayName(), FigureText.of(figure)), null),
						at(subject.href(), "figure-" + figure.getId()));
			}
			if (statement != null) {
				ReaderText said = statement.getParaphraseShown();
				return new Affected(subject.name(),
						(said != null) ? new ReaderText(sentence(said.text()), said.lang()) : null,
						at(subject.href(), "statement-" + statement.getId()));
			}
			return new Affected(subject.name(), null, subject.href());
		}

		/**
		 * The start of a statement, without its full stop: a list of what a note affects
		 * parts its entries itself.
		 */
		private static String sentence(String text) {
			return Text.shortened(text, STATEMENT_SHOWN).replaceAll("[.\u3002]$", "");
		}

		/** The place on a page, where the address is not a place on a page already. */
		private static String at(String page, String id) {
			return page.contains("#") ? page : page + "#" + id;
		}

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
	public record DisputesPage(List<Dispute> disputes, Map<Long, LinkedHashSet<Affected>> affects) {

		public List<Affected> affected(Long disputeId) {
			return List.copyOf(this.affects.getOrDefault(disputeId, new LinkedHashSet<>()));
		}

	}

}
