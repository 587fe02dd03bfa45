package org.hubatlas.hub;

import java.util.List;
import java.util.Map;

import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.source.Source;
import org.hubatlas.statement.Statement;
import org.hubatlas.subject.SubjectLink;

/** A source and everything the portal cites from it. */
public record SourcePage(Source source, List<Figure> figures, List<Statement> statements, List<Dispute> disputes,
		Map<Long, SubjectLink> figureSubjects, Map<Long, SubjectLink> statementSubjects, Disputes flags) {
}
