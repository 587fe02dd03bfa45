package org.hubatlas.statement;

import java.util.List;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.source.SourceReferences;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/** The statements about a subject or from a source, for the "cannot delete" message. */
@Component
class StatementReferences implements SubjectReferences, SourceReferences {

	private final StatementRepository statements;

	StatementReferences(StatementRepository statements) {
		this.statements = statements;
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		return describe(this.statements.findAbout(subject));
	}

	@Override
	public List<Reference> referencesTo(long sourceId) {
		return describe(this.statements.findForSource(sourceId));
	}

	private static List<Reference> describe(List<Statement> statements) {
		return statements.stream()
			.map((s) -> new Reference(InterfaceText.message("references.statements", "Statements"),
					s.getParaphraseShown().toString(), "/admin/statements/" + s.getId()))
			.toList();
	}

}
