package org.hubatlas.figure;

import java.util.List;
import java.util.Map;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.source.SourceQuotes;
import org.hubatlas.source.SourceReferences;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/**
 * The figures about a subject or from a source, for the "cannot delete" message; and
 * every figure by its source, for what a dispute affects. Each is named by its indicator
 * and its headline in the reader's language; the words as written stay with the quote.
 */
@Component
class FigureReferences implements SubjectReferences, SourceReferences, SourceQuotes {

	private final FigureRepository figures;

	private final SubjectDirectory subjects;

	FigureReferences(FigureRepository figures, SubjectDirectory subjects) {
		this.figures = figures;
		this.subjects = subjects;
	}

	@Override
	public String kind() {
		return "figure";
	}

	@Override
	public String heading() {
		return InterfaceText.message("references.figures", "Figures");
	}

	@Override
	public List<Quote> all() {
		Map<String, String> names = this.subjects.names();
		return this.figures.findAllWithProvenance()
			.stream()
			.map((f) -> new Quote(f.getId(), f.getSource().getId(),
					Quote.about(names.get(f.getSubject().key()),
							InterfaceText.message("references.figure", "{0}, {1}", f.getIndicator().getDisplayName(),
									FigureText.of(f)))))
			.toList();
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		return describe(this.figures.findAbout(subject));
	}

	@Override
	public List<Reference> referencesTo(long sourceId) {
		return describe(this.figures.findForSource(sourceId));
	}

	private static List<Reference> describe(List<Figure> figures) {
		return figures.stream()
			.map((f) -> new Reference(InterfaceText.message("references.figures", "Figures"),
					InterfaceText.message("references.figure", "{0}, {1}", f.getIndicator().getDisplayName(),
							FigureText.of(f)),
					"/admin/figures/" + f.getId()))
			.toList();
	}

}
