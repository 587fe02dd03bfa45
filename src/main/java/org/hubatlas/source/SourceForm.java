package org.hubatlas.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;
import org.hubatlas.editing.AdminForm;

/** What the admin source form binds to. */
public class SourceForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "title", "subtitle", "publisher", "publisherNote", "author",
			"url", "publishedLabel", "publishedYear", "datePrecision", "dateBasis", "dateConfidence",
			"completenessNote");

	@NotBlank(message = "{valid.enterAReference}")
	@Size(max = 80, message = "{valid.atMost80Characters}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{valid.useLowerCaseLettersDigits}")
	private String slug;

	@NotBlank(message = "{valid.enterTheTitle}")
	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String title;

	@Size(max = 500, message = "{valid.atMost500Characters}")
	private String subtitle;

	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String publisher;

	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String publisherNote;

	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String author;

	@Size(max = 500, message = "{valid.atMost500Characters}")
	@URL(regexp = "^(https?)://.*", message = "{valid.enterAFullWebAddress}")
	private String url;

	@NotBlank(message = "{valid.sayWhenItWasPublished}")
	@Size(max = 160, message = "{valid.atMost160Characters}")
	private String publishedLabel;

	@Min(value = 1900, message = "{valid.enterAYearBetween1900}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1900}")
	private Integer publishedYear;

	@NotNull(message = "{valid.chooseHowExactlyTheDate}")
	private DatePrecision datePrecision;

	@Size(max = 2000, message = "{valid.atMost2000Characters}")
	private String dateBasis;

	@Size(max = 80, message = "{valid.atMost80Characters}")
	private String dateConfidence;

	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String completenessNote;

	private Long version;

	public static SourceForm from(Source source) {
		SourceForm form = new SourceForm();
		form.slug = source.getSlug();
		form.title = source.getTitle();
		form.subtitle = source.getSubtitle();
		form.publisher = source.getPublisher();
		form.publisherNote = source.getPublisherNote();
		form.author = source.getAuthor();
		form.url = source.getUrl();
		form.publishedLabel = source.getPublishedLabel();
		form.publishedYear = source.getPublishedYear();
		form.datePrecision = source.getDatePrecision();
		form.dateBasis = source.getDateBasis();
		form.dateConfidence = source.getDateConfidence();
		form.completenessNote = source.getCompletenessNote();
		form.version = source.getVersion();
		return form;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	public void setSubtitle(String subtitle) {
		this.subtitle = subtitle;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getPublisherNote() {
		return this.publisherNote;
	}

	public void setPublisherNote(String publisherNote) {
		this.publisherNote = publisherNote;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getPublishedLabel() {
		return this.publishedLabel;
	}

	public void setPublishedLabel(String publishedLabel) {
		this.publishedLabel = publishedLabel;
	}

	public Integer getPublishedYear() {
		return this.publishedYear;
	}

	public void setPublishedYear(Integer publishedYear) {
		this.publishedYear = publishedYear;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public String getDateBasis() {
		return this.dateBasis;
	}

	public void setDateBasis(String dateBasis) {
		this.dateBasis = dateBasis;
	}

	public String getDateConfidence() {
		return this.dateConfidence;
	}

	public void setDateConfidence(String dateConfidence) {
		this.dateConfidence = dateConfidence;
	}

	public String getCompletenessNote() {
		return this.completenessNote;
	}

	public void setCompletenessNote(String completenessNote) {
		this.completenessNote = completenessNote;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

}
