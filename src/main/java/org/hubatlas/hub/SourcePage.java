package org.hubatlas.hub;

import java.util.List;
import java.util.Map;

import org.hubatlas.source.Citation;
import org.hubatlas.source.Dispute;
import org.hubatlas.source.Figure;
import org.hubatlas.source.Source;

/** A source and everything the portal cites from it. */
public record SourcePage(Source source, List<Figure> figures, List<Citation> citations, List<Dispute> disputes,
		Map<Long, SubjectLink> figureSubjects, Map<Long, SubjectLink> citationSubjects) {
}
