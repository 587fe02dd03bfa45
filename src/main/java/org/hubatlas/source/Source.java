package org.hubatlas.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hubatlas.common.DateLabel;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A cited article. The seed articles carry no URL and mostly no printed date: the date is
 * an estimate with its basis.
 */
@Entity
@Table(name = "source")
public class Source extends VersionedEntity {

	/** Where a note on the publisher begins. */
	private static final Pattern OUTLET_NOTE = Pattern
		.compile("\\s*[(\uff08;,]|\\s+(?:via|on|citing|republished|reprinting|stored|from)\\s");

	/** A publisher that names no outlet. */
	private static final Pattern UNNAMED = Pattern.compile("(?i)unknown|unnamed|unnamed outlet|unknown outlet");

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

	private String url;

	@Column(name = "completeness_note")
	private String completenessNote;

	/**
	 * How far a public page can be trusted (data packs); null for the seed articles,
	 * which are shown as they are.
	 */
	@Enumerated(EnumType.STRING)
	private Trust trust;

	/**
	 * Whether only the opening of the page could be read (the quote was checked there).
	 */
	@Column(name = "excerpt_only", nullable = false)
	private boolean excerptOnly;

	protected Source() {
	}

	public Source(String slug, String title, String publishedLabel, DatePrecision datePrecision) {
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

	/**
	 * Whether the title is the researchers' description of a page that printed none,
	 * written in parentheses: "(Shenzhen pilot zone launched)".
	 */
	public boolean isTitleDescribed() {
		return this.title.length() > 2 && this.title.startsWith("(") && this.title.endsWith(")");
	}

	/**
	 * The title as a heading shows it: a description without its parentheses, the page
	 * saying beside it that it is ours.
	 */
	public String getTitleShown() {
		return isTitleDescribed() ? this.title.substring(1, this.title.length() - 1).strip() : this.title;
	}

	/**
	 * The title shown, cut at a word boundary to at most about 48 characters, for
	 * references in running text.
	 */
	public String getShortTitle() {
		String shown = getTitleShown();
		if (shown.length() <= 48) {
			return shown;
		}
		int cut = shown.lastIndexOf(' ', 46);
		return shown.substring(0, (cut > 20) ? cut : 46).replaceAll("[\\s,;:\u2013-]+$", "") + "\u2026";
	}

	/**
	 * The outlet as running text cites it: the publisher without the researchers' notes
	 * that follow its name ("广州日报 (mirror on spam site; …)" is 广州日报, "Xinhua, on People's
	 * Daily Online" Xinhua); null where it names none ("unknown (news repost …)"). The
	 * whole stays on the source's page.
	 */
	public String getOutlet() {
		if (this.publisher == null) {
			return null;
		}
		Matcher note = OUTLET_NOTE.matcher(this.publisher);
		String outlet = (note.find() && note.start() > 0) ? this.publisher.substring(0, note.start()).strip()
				: this.publisher;
		return UNNAMED.matcher(outlet).matches() ? null : outlet;
	}

	/**
	 * Whether the title, subtitle, publisher or author holds every word of a search, in
	 * any case.
	 */
	public boolean mentions(String words) {
		String text = String
			.join(" ", Objects.toString(this.title, ""), Objects.toString(this.subtitle, ""),
					Objects.toString(this.publisher, ""), Objects.toString(this.author, ""))
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(text::contains);
	}

	/** Whether the date is an estimate with a year: shown as "about 2025". */
	public boolean isDateEstimated() {
		return this.datePrecision == DatePrecision.ESTIMATED && this.publishedYear != null;
	}

	/**
	 * The date in the reader's language: "about 2017" for an estimate, else the label as
	 * {@link DateLabel#published} reads it. The label as written stays on the source's
	 * page.
	 */
	public String getDateShown() {
		if (isDateEstimated()) {
			return InterfaceText.message("source.date.about", "about {0}", String.valueOf(this.publishedYear));
		}
		return DateLabel.published((this.publishedLabel != null) ? this.publishedLabel.strip() : "");
	}

	/**
	 * The source in a few words, for a list: its publisher (else its title) and its date,
	 * in the reader's language.
	 */
	public String citedAs() {
		String who = (this.publisher != null) ? this.publisher
				: InterfaceText.message("source.untitled", "\u201c{0}\u201d", getShortTitle());
		return who + ", " + getDateShown();
	}

	/**
	 * What a data pack says of a page beyond its form: how far to trust it, and whether
	 * the portal holds only an excerpt of it.
	 */
	public void applyPackStanding(Trust trust, boolean excerptOnly) {
		this.trust = trust;
		this.excerptOnly = excerptOnly;
	}

	public Trust getTrust() {
		return this.trust;
	}

	/** A page of unknown standing: shown as unverified wherever it is cited. */
	public boolean isUnverified() {
		return this.trust == Trust.LOW;
	}

	public boolean isExcerptOnly() {
		return this.excerptOnly;
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

	public String getUrl() {
		return this.url;
	}

	public String getCompletenessNote() {
		return this.completenessNote;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String title, String subtitle, String publisher, String publisherNote, String author,
			String url, String publishedLabel, Integer publishedYear, DatePrecision datePrecision, String dateBasis,
			String dateConfidence, String completenessNote) {
		this.slug = slug;
		this.title = title.trim();
		this.subtitle = blankToNull(subtitle);
		this.publisher = blankToNull(publisher);
		this.publisherNote = blankToNull(publisherNote);
		this.author = blankToNull(author);
		this.url = blankToNull(url);
		this.publishedLabel = publishedLabel.trim();
		this.publishedYear = publishedYear;
		this.datePrecision = datePrecision;
		this.dateBasis = blankToNull(dateBasis);
		this.dateConfidence = blankToNull(dateConfidence);
		this.completenessNote = blankToNull(completenessNote);
	}

}
