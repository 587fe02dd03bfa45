package org.hubatlas.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Year;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

import org.hibernate.validator.constraints.URL;

/** What the admin source form binds to. */
public record SourceForm(
		@NotBlank(message = "{valid.enterAReference}") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "{valid.useLowerCaseLettersDigits}") String slug,
		@NotBlank(message = "{valid.enterTheTitle}") @Size(max = 300) String title, @Size(max = 500) String subtitle,
		@Size(max = 300) String publisher, @Size(max = 1000) String publisherNote, @Size(max = 120) String author,
		@Size(max = 500) @URL(regexp = "^(https?)://.*", message = "{valid.enterAFullWebAddress}") String url,
		@NotBlank(message = "{valid.sayWhenItWasPublished}") @Size(max = 160) String publishedLabel,
		@Year Integer publishedYear, @NotNull(message = "{valid.chooseHowExactlyTheDate}") DatePrecision datePrecision,
		@Size(max = 2000) String dateBasis, @Size(max = 80) String dateConfidence,
		@Size(max = 1000) String completenessNote, Long version) implements AdminForm, Slugged {

	public static SourceForm from(Source source) {
		return new SourceForm(source.getSlug(), source.getTitle(), source.getSubtitle(), source.getPublisher(),
				source.getPublisherNote(), source.getAuthor(), source.getUrl(), source.getPublishedLabel(),
				source.getPublishedYear(), source.getDatePrecision(), source.getDateBasis(), source.getDateConfidence(),
				source.getCompletenessNote(), source.getVersion());
	}

}
