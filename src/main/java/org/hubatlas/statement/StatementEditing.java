package org.hubatlas.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.SourceService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit statements; what one is about can be any record, or China as a
 * whole. Deleting one takes its dispute notes with it (the database cascades them); the
 * dispute itself stays.
 */
@Component
record StatementEditing(StatementRepository statements, SourceRepository sourceRecords, SourceService sources,
		SubjectDirectory subjects) implements RecordKind<Statement, StatementForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("statement", "paraphrase", "updated", "updatedAt");

	@Override
	public Description<Statement, StatementForm> description() {
		return new Description<>("statement", "statements", "statement", StatementForm.class,
				"subject sourceId | paraphrase:2 | paraphraseZh:2 | quote:3 | speaker nature location", this.statements,
				SORTS, Statement::getLabel, (statement) -> "/sources/" + statement.getSource().getId(),
				StatementForm::from);
	}

	/**
	 * A search also finds the statements about the hubs and companies it names
	 * ("DeepSeek", "北京"), as their pages show them.
	 */
	@Override
	public Page<Statement> page(ListQuery query) {
		if (query.q() == null || query.q().isBlank()) {
			return RecordKind.super.page(query);
		}
		return this.statements.findAdminPage(query.like(), this.subjects.idsNamed(SubjectKind.CITY, query.like()),
				this.subjects.idsNamed(SubjectKind.COMPANY, query.like()), query.pageable(sorts()));
	}

	/** Each statement with what it is about and its source. */
	@Override
	public ListTable table(List<Statement> statements) {
		Map<Subject, SubjectLink> links = this.subjects.links(statements.stream().map(Statement::getSubject).toList());
		return ListTable.of(statements, "field.statement.paraphrase", "statement", this::shownName)
			.column("field.figure.subject", null,
					(s) -> links.getOrDefault(s.getSubject(), SubjectLink.national()).name())
			.column("field.figure.sourceId", null, (s) -> s.getSource().citedAs())
			.table();
	}

	@Override
	public Optional<Statement> find(long id) {
		return this.statements.findByIdWithSource(id);
	}

	@Override
	public Statement write(Statement statement, StatementForm form) {
		Subject subject = Subject.parse(form.subject());
		Source source = this.sourceRecords.getReferenceById(form.sourceId());
		Statement target = (statement != null) ? statement
				: new Statement(subject, source, form.quote(), form.paraphrase(), form.nature());
		target.edit(subject, form.paraphrase(), form.quote(), form.speaker(), form.nature(), form.location(), source);
		target.editChinese(form.paraphraseZh());
		return this.statements.save(target);
	}

	/** What the statement is about and its source exist. */
	@Override
	public void check(StatementForm form, Long id, Errors errors) {
		if (form.subject() != null && !errors.hasFieldErrors("subject")
				&& !this.subjects.exists(Subject.parse(form.subject()))) {
			errors.rejectValue("subject", "valid.chooseWhatTheStatementIs",
					"Choose what the statement is about from the list.");
		}
		if (form.sourceId() != null && !this.sources.exists(form.sourceId())) {
			errors.rejectValue("sourceId", "valid.chooseASourceFromThe", "Choose a source from the list.");
		}
	}

	@Override
	public FormChoices choices() {
		Map<String, Map<String, String>> subjectGroups = this.subjects.choices();
		Map<String, String> subjectNames = new LinkedHashMap<>();
		subjectGroups.values().forEach(subjectNames::putAll);
		return FormChoices.of(StatementForm.class, Map.of("subject", subjectNames, "sourceId", this.sources.choices()),
				Map.of("subjects", subjectGroups));
	}

}
