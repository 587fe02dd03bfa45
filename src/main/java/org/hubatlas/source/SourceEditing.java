package org.hubatlas.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** How the admin pages edit the cited articles. */
@Component
record SourceEditing(SourceRepository sources,
		ObjectProvider<SourceReferences> references) implements RecordKind<Source, SourceForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "year", "publishedYear",
			"updated", "updatedAt");

	@Override
	public Description<Source, SourceForm> description() {
		return new Description<>("source", "sources", "source", SourceForm.class,
				"title | subtitle | slug publisher author url publishedLabel publishedYear datePrecision dateConfidence | dateBasis:3 | publisherNote:2 | completenessNote:2",
				this.sources, SORTS, Source::getTitle, (source) -> "/sources/" + source.getId(), SourceForm::from);
	}

	@Override
	public ListTable table(List<Source> sources) {
		return ListTable.of(sources, "field.incentive.title", "title", Source::getTitle)
			.column("field.source.publisher", null,
					(s) -> (s.getPublisher() != null) ? s.getPublisher()
							: InterfaceText.message("source.publisher.none", "Publisher not named"))
			.column("source.list.date", "year", Source::getPublishedLabel)
			.table();
	}

	@Override
	public Source write(Source source, SourceForm form) {
		Source article = (source != null) ? source
				: new Source(form.slug(), form.title(), form.publishedLabel(), form.datePrecision());
		article.edit(form.slug(), form.title(), form.subtitle(), form.publisher(), form.publisherNote(), form.author(),
				form.url(), form.publishedLabel(), form.publishedYear(), form.datePrecision(), form.dateBasis(),
				form.dateConfidence(), form.completenessNote());
		return this.sources.save(article);
	}

	@Override
	public void check(SourceForm form, Long id, Errors errors) {
		if (form.slug() != null && !errors.hasFieldErrors("slug") && this.sources.slugTaken(form.slug(), id)) {
			errors.rejectValue("slug", "valid.anotherSourceAlreadyHasThis",
					"Another source already has this reference.");
		}
	}

	@Override
	public List<Reference> references(Source source) {
		List<Reference> all = new ArrayList<>();
		this.references.orderedStream().forEach((r) -> all.addAll(r.referencesTo(source.getId())));
		return all;
	}

}
