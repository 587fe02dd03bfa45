package org.hubatlas.source;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.editing.AdminForm;

import org.hibernate.validator.constraints.URL;

/** What the admin source form binds to. */
public record SourceForm(
		@NotBlank(message = "{valid.enterAReference}") @Size(max = 80, message = "{valid.atMost80Characters}") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{valid.useLowerCaseLettersDigits}") String slug,
		@NotBlank(message = "{valid.enterTheTitle}") @Size(max = 300,
				message = "{valid.atMost300Characters}") String title,
		@Size(max = 500, message = "{valid.atMost500Characters}") String subtitle,
		@Size(max = 120, message = "{valid.atMost120Characters}") String publisher,
		@Size(max = 1000, message = "{valid.atMost1000Characters}") String publisherNote,
		@Size(max = 120, message = "{valid.atMost120Characters}") String author,
		@Size(max = 500, message = "{valid.atMost500Characters}") @URL(regexp = "^(https?)://.*",
				message = "{valid.enterAFullWebAddress}") String url,
		@NotBlank(message = "{valid.sayWhenItWasPublished}") @Size(max = 160,
				message = "{valid.atMost160Characters}") String publishedLabel,
		@Min(value = 1900, message = "{valid.enterAYearBetween1900}") @Max(value = 2100,
				message = "{valid.enterAYearBetween1900}") Integer publishedYear,
		@NotNull(message = "{valid.chooseHowExactlyTheDate}") DatePrecision datePrecision,
		@Size(max = 2000, message = "{valid.atMost2000Characters}") String dateBasis,
		@Size(max = 80, message = "{valid.atMost80Characters}") String dateConfidence,
		@Size(max = 1000, message = "{valid.atMost1000Characters}") String completenessNote,
		Long version) implements AdminForm {

	public static SourceForm from(Source source) {
		return new SourceForm(source.getSlug(), source.getTitle(), source.getSubtitle(), source.getPublisher(),
				source.getPublisherNote(), source.getAuthor(), source.getUrl(), source.getPublishedLabel(),
				source.getPublishedYear(), source.getDatePrecision(), source.getDateBasis(), source.getDateConfidence(),
				source.getCompletenessNote(), source.getVersion());
	}

}
