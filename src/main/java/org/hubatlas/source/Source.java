package org.hubatlas.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

/** A cited article. The seed articles carry no URL and mostly no printed date: the date is an estimate with its basis. */
@Entity
@Table(name = "source")
public class Source extends VersionedEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	private String subtitle;

	private String publisher;

	@Column(name = "publisher_note")
	private String publisherNote;

	private String author;

	@Column(name = "author_note")
	private String authorNote;

	@Column(name = "published_label", nullable = false)
	private String publishedLabel;

	@Column(name = "published_year")
	private Integer publishedYear;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", nullable = false)
	private DatePrecision datePrecision;

	@Column(name = "date_basis")
	private String dateBasis;

	@Column(name = "date_confidence")
	private String dateConfidence;

	@Column(name = "seed_file")
	private String seedFile;

	private String url;

	@Column(name = "completeness_note")
	private String completenessNote;

	protected Source() {
	}

	Source(String slug, String title, String publishedLabel, DatePrecision datePrecision) {
		this.slug = slug;
		this.title = title;
		this.publishedLabel = publishedLabel;
		this.datePrecision = datePrecision;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	/** The publisher, or a plain statement that the source does not name one. */
	public String getPublisherOrUnknown() {
		return (this.publisher != null) ? this.publisher : "Publisher not named";
	}

	/** How a statement names the source: its publisher, or the start of its title when no publisher is named. */
	public String getShortName() {
		if (this.publisher != null) {
			return this.publisher;
		}
		String shortTitle = (this.title.length() > 48) ? this.title.substring(0, 45).trim() + "\u2026" : this.title;
		return "\u201c" + shortTitle + "\u201d";
	}

	/** The date in a few words: "about 2025" for an estimate, else the date as known. */
	public String getShortDate() {
		if (this.datePrecision == DatePrecision.ESTIMATED && this.publishedYear != null) {
			return "about " + this.publishedYear;
		}
		return this.publishedLabel;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getPublisherNote() {
		return this.publisherNote;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getAuthorNote() {
		return this.authorNote;
	}

	public String getPublishedLabel() {
		return this.publishedLabel;
	}

	public Integer getPublishedYear() {
		return this.publishedYear;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public String getDateBasis() {
		return this.dateBasis;
	}

	public String getDateConfidence() {
		return this.dateConfidence;
	}

	public String getSeedFile() {
		return this.seedFile;
	}

	public String getUrl() {
		return this.url;
	}

	public String getCompletenessNote() {
		return this.completenessNote;
	}

	void apply(SourceForm form) {
		this.slug = form.getSlug();
		this.title = form.getTitle().trim();
		this.subtitle = blankToNull(form.getSubtitle());
		this.publisher = blankToNull(form.getPublisher());
		this.publisherNote = blankToNull(form.getPublisherNote());
		this.author = blankToNull(form.getAuthor());
		this.url = blankToNull(form.getUrl());
		this.publishedLabel = form.getPublishedLabel().trim();
		this.publishedYear = form.getPublishedYear();
		this.datePrecision = form.getDatePrecision();
		this.dateBasis = blankToNull(form.getDateBasis());
		this.dateConfidence = blankToNull(form.getDateConfidence());
		this.completenessNote = blankToNull(form.getCompletenessNote());
	}

}
