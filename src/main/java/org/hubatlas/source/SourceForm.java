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

	@NotBlank(message = "Enter a reference.")
	@Size(max = 80, message = "At most 80 characters.")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
			message = "Use lower-case letters, digits and single hyphens, such as \u201cscmp-2017-hubs\u201d.")
	private String slug;

	@NotBlank(message = "Enter the title.")
	@Size(max = 300, message = "At most 300 characters.")
	private String title;

	@Size(max = 500, message = "At most 500 characters.")
	private String subtitle;

	@Size(max = 120, message = "At most 120 characters.")
	private String publisher;

	@Size(max = 1000, message = "At most 1,000 characters.")
	private String publisherNote;

	@Size(max = 120, message = "At most 120 characters.")
	private String author;

	@Size(max = 500, message = "At most 500 characters.")
	@URL(regexp = "^(https?)://.*", message = "Enter a full web address starting with http:// or https://.")
	private String url;

	@NotBlank(message = "Say when it was published, as far as it is known, such as \u201cabout 2017 (estimated)\u201d.")
	@Size(max = 160, message = "At most 160 characters.")
	private String publishedLabel;

	@Min(value = 1900, message = "Enter a year between 1900 and 2100.")
	@Max(value = 2100, message = "Enter a year between 1900 and 2100.")
	private Integer publishedYear;

	@NotNull(message = "Choose how exactly the date is known.")
	private DatePrecision datePrecision;

	@Size(max = 2000, message = "At most 2,000 characters.")
	private String dateBasis;

	@Size(max = 80, message = "At most 80 characters.")
	private String dateConfidence;

	@Size(max = 1000, message = "At most 1,000 characters.")
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
