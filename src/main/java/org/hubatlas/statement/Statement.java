package org.hubatlas.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hubatlas.subject.Subject;

import static org.hubatlas.common.Text.blankToNull;

/** A statement with the verbatim quote it rests on and who said it. */
@Entity
@Table(name = "statement")
public class Statement extends VersionedEntity implements ChineseNamed {

	@Embedded
	private Subject subject;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@Column(nullable = false)
	private String quote;

	@Column(nullable = false)
	private String paraphrase;

	@Column(name = "paraphrase_zh")
	private String paraphraseZh;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Nature nature;

	/**
	 * Where on the page the quote stands when it is not body text (headline, photo
	 * caption, FAQ).
	 */
	private String location;

	private String speaker;

	@Column(name = "seed_ref")
	private String seedRef;

	/**
	 * The statement's key in the data pack it came from, so that applying the pack again
	 * finds it.
	 */
	@Column(name = "pack_ref")
	private String packRef;

	protected Statement() {
	}

	public Statement(Subject subject, Source source, String quote, String paraphrase, Nature nature) {
		this.subject = subject;
		this.source = source;
		this.quote = quote;
		this.paraphrase = paraphrase;
		this.nature = nature;
	}

	/**
	 * Marks the statement as a data pack's, with its key there; it may name who said it.
	 */
	public void applyPackDetails(String packRef, String speaker) {
		this.packRef = packRef;
		this.speaker = speaker;
	}

	public String getPackRef() {
		return this.packRef;
	}

	/** Never null: a statement with no subject is national context. */
	public Subject getSubject() {
		return (this.subject != null) ? this.subject : Subject.nationalContext();
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getParaphrase() {
		return this.paraphrase;
	}

	public Nature getNature() {
		return this.nature;
	}

	public String getLocation() {
		return this.location;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public String getSeedRef() {
		return this.seedRef;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(Subject subject, String paraphrase, String quote, String speaker, Nature nature, String location,
			Source source) {
		this.subject = subject;
		this.paraphrase = paraphrase.trim();
		this.quote = quote.trim();
		this.speaker = blankToNull(speaker);
		this.nature = nature;
		this.location = blankToNull(location);
		this.source = source;
	}

	/** How the admin pages name a statement. */
	public String getLabel() {
		return label(this.paraphrase);
	}

	/** Its Chinese paraphrase, cut as the label is; null when it has none. */
	@Override
	public String chineseName() {
		return (this.paraphraseZh != null) ? label(this.paraphraseZh) : null;
	}

	private static String label(String paraphrase) {
		return Text.shortened(paraphrase, 80);
	}

	public String getParaphraseZh() {
		return this.paraphraseZh;
	}

	/** Sets what the admin form edits in Chinese; a blank text is stored as no value. */
	void editChinese(String paraphraseZh) {
		this.paraphraseZh = blankToNull(paraphraseZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getParaphraseShown() {
		return ReaderText.of(this.paraphrase, this.paraphraseZh);
	}

}
