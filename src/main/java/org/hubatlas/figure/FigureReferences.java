package org.hubatlas.figure;

import java.util.List;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.source.SourceReferences;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/** The figures about a subject or from a source, for the "cannot delete" message. */
@Component
class FigureReferences implements SubjectReferences, SourceReferences {

	private final FigureRepository figures;

	FigureReferences(FigureRepository figures) {
		this.figures = figures;
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
							f.getValueAsWritten()),
					"/admin/figures/" + f.getId()))
			.toList();
	}

}
