package org.hubatlas.dispute;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.common.ChineseNamed;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.Text;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.source.Source;

/**
 * Where a source contradicts well-known facts, contradicts itself, or cannot be taken at
 * face value.
 */
@Entity
@Table(name = "dispute")
public class Dispute extends VersionedEntity implements ChineseNamed {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	private String confidence;

	@Enumerated(EnumType.STRING)
	@Column(name = "dispute_type", nullable = false)
	private DisputeType type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	private String quote;

	@Column(nullable = false)
	private String issue;

	@Column(name = "known_otherwise")
	private String knownOtherwise;

	/** Newline-separated addresses of public reporting outside the seed articles. */
	@Column(name = "outside_references")
	private String outsideReferences;

	/**
	 * The dispute's key in the data pack it came from, so that applying the pack again
	 * finds it.
	 */
	@Column(name = "pack_ref")
	private String packRef;

	@Column(name = "title_zh")
	private String titleZh;

	@Column(name = "issue_zh")
	private String issueZh;

	@Column(name = "known_otherwise_zh")
	private String knownOtherwiseZh;

	protected Dispute() {
	}

	/** A dispute a data pack records: where two sources disagree about a figure, say. */
	public Dispute(String slug, String title, Severity severity, DisputeType type, Source source, String quote,
			String issue, String packRef) {
		this.slug = slug;
		this.title = title;
		this.severity = severity;
		this.type = type;
		this.source = source;
		this.quote = quote;
		this.issue = issue;
		this.packRef = packRef;
	}

	/** Marks the dispute as a data pack's, with its key there. */
	public void applyPackRef(String packRef) {
		this.packRef = packRef;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String title, Severity severity, DisputeType type, String confidence, Source source,
			String quote, String issue, String knownOtherwise, String outsideReferences) {
		this.slug = slug;
		this.title = title.strip();
		this.severity = severity;
		this.type = type;
		this.confidence = Text.blankToNull(confidence);
		this.source = source;
		this.quote = Text.blankToNull(quote);
		this.issue = issue.strip();
		this.knownOtherwise = Text.blankToNull(knownOtherwise);
		this.outsideReferences = Text.blankToNull(outsideReferences);
	}

	public String getPackRef() {
		return this.packRef;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public String getConfidence() {
		return this.confidence;
	}

	public DisputeType getType() {
		return this.type;
	}

	/**
	 * Whether the source is shown to be wrong ("Disputed") rather than only vague,
	 * undated or dated ("Caveat").
	 */
	public boolean isContradiction() {
		return this.type.isContradiction();
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getIssue() {
		return this.issue;
	}

	public String getKnownOtherwise() {
		return this.knownOtherwise;
	}

	public List<String> getOutsideReferenceList() {
		if (this.outsideReferences == null || this.outsideReferences.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.outsideReferences.split("\n")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	public String getTitleZh() {
		return this.titleZh;
	}

	@Override
	public String chineseName() {
		return this.titleZh;
	}

	public String getIssueZh() {
		return this.issueZh;
	}

	public String getKnownOtherwiseZh() {
		return this.knownOtherwiseZh;
	}

	/** Sets what the admin form edits in Chinese; blank texts are stored as no value. */
	public void editChinese(String titleZh, String issueZh, String knownOtherwiseZh) {
		this.titleZh = Text.blankToNull(titleZh);
		this.issueZh = Text.blankToNull(issueZh);
		this.knownOtherwiseZh = Text.blankToNull(knownOtherwiseZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getTitleShown() {
		return ReaderText.of(this.title, this.titleZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getIssueShown() {
		return ReaderText.of(this.issue, this.issueZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getKnownOtherwiseShown() {
		return ReaderText.of(this.knownOtherwise, this.knownOtherwiseZh);
	}

}
