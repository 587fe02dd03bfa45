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
		// A page is one source: a second record of it would split what cites it.
		if (form.url() != null && !errors.hasFieldErrors("url")
				&& this.sources.findOtherUrls(id)
					.stream()
					.map(SourceEditing::samePage)
					.anyMatch(samePage(form.url())::equals)) {
			errors.rejectValue("url", "valid.anotherSourceHasThisAddress",
					"Another source is at this address: cite that one.");
		}
		checkDate(form, errors);
	}

	/**
	 * An address as it names a page, whatever way it is written: without its scheme,
	 * "www.", case of the host, fragment or trailing slash ("http://WWW.Example.org/a/#x"
	 * and "https://example.org/a" name one page).
	 */
	static String samePage(String url) {
		String page = url.strip().replaceFirst("#.*$", "").replaceFirst("(?i)^https?://", "");
		int slash = page.indexOf('/');
		String host = ((slash < 0) ? page : page.substring(0, slash)).toLowerCase(java.util.Locale.ROOT)
			.replaceFirst("^www\\.", "");
		String path = (slash < 0) ? "" : page.substring(slash).replaceFirst("/+$", "");
		return host + path;
	}

	/** A date as shown that begins as a date ("2024-03-21", "2024-03 (inferred)"). */
	private static final java.util.regex.Pattern DATE = java.util.regex.Pattern
		.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?!\\d).*", java.util.regex.Pattern.DOTALL);

	/**
	 * The date as shown, where it begins as one, is a day of the calendar, not after
	 * today, in the year given; a date to the day is written to the day; no year is after
	 * this one.
	 */
	private static void checkDate(SourceForm form, Errors errors) {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		if (form.publishedYear() != null && !errors.hasFieldErrors("publishedYear")
				&& form.publishedYear() > today.getYear()) {
			errors.rejectValue("publishedYear", "valid.publishedAfterThisYear", new Object[] { today.getYear() },
					"A page cannot have been published after {0,number,#}.");
			return;
		}
		java.util.regex.Matcher date = (form.publishedLabel() != null) ? DATE.matcher(form.publishedLabel().strip())
				: null;
		if (date == null || !date.matches() || errors.hasFieldErrors("publishedLabel")) {
			if (form.datePrecision() == DatePrecision.DAY && form.publishedLabel() != null
					&& !errors.hasFieldErrors("publishedLabel")) {
				errors.rejectValue("publishedLabel", "valid.writeTheDayAsADate",
						"A date to the day is written like 2024-03-21.");
			}
			return;
		}
		int year = Integer.parseInt(date.group(1));
		java.time.LocalDate day;
		try {
			day = java.time.LocalDate.of(year, (date.group(2) != null) ? Integer.parseInt(date.group(2)) : 1,
					(date.group(3) != null) ? Integer.parseInt(date.group(3)) : 1);
		}
		catch (java.time.DateTimeException ex) {
			errors.rejectValue("publishedLabel", "valid.notADate", new Object[] { form.publishedLabel().strip() },
					"\u201c{0}\u201d is not a date: write it like 2024-03-21, 2024-03 or 2024.");
			return;
		}
		if (day.isAfter(today)) {
			errors.rejectValue("publishedLabel", "valid.publishedAfterToday",
					"A page cannot have been published after today.");
		}
		else if (form.datePrecision() == DatePrecision.DAY && date.group(3) == null) {
			errors.rejectValue("publishedLabel", "valid.writeTheDayAsADate",
					"A date to the day is written like 2024-03-21.");
		}
		else if (form.publishedYear() != null && form.publishedYear() != year
				&& !errors.hasFieldErrors("publishedYear")) {
			errors.rejectValue("publishedYear", "valid.yearAsInTheDate", new Object[] { year },
					"The date as shown says {0,number,#}.");
		}
	}

	@Override
	public List<Reference> references(Source source) {
		List<Reference> all = new ArrayList<>();
		this.references.orderedStream().forEach((r) -> all.addAll(r.referencesTo(source.getId())));
		return all;
	}

}
