package org.hubatlas.statement;

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
 * The statements about a subject or from a source, for the "cannot delete" message; and
 * every statement by its source, for what a dispute affects.
 */
@Component
class StatementReferences implements SubjectReferences, SourceReferences, SourceQuotes {

	private final StatementRepository statements;

	private final SubjectDirectory subjects;

	StatementReferences(StatementRepository statements, SubjectDirectory subjects) {
		this.statements = statements;
		this.subjects = subjects;
	}

	@Override
	public String kind() {
		return "statement";
	}

	@Override
	public String heading() {
		return InterfaceText.message("references.statements", "Statements");
	}

	@Override
	public List<Quote> all() {
		Map<String, String> names = this.subjects.names();
		return this.statements.findAllWithSource()
			.stream()
			.map((s) -> new Quote(s.getId(), s.getSource().getId(),
					Quote.about(names.get(s.getSubject().key()), InterfaceText.name(s.getLabel(), s.chineseName()))))
			.toList();
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
