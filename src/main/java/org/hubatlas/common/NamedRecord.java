package org.hubatlas.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A record readers find by name: a hub, a company, an institution. Its slug makes its
 * address; its name and summary are held in English and in Chinese.
 */
@MappedSuperclass
public abstract class NamedRecord extends VersionedEntity implements ChineseNamed {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh")
	private String nameZh;

	private String summary;

	@Column(name = "summary_zh")
	private String summaryZh;

	/** Orders the records as a Chinese list does: see {@link ChineseOrder}. */
	@Column(name = "sort_key_zh")
	private String sortKeyZh;

	protected NamedRecord() {
	}

	protected NamedRecord(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	@Override
	public String chineseName() {
		return this.nameZh;
	}

	@PrePersist
	@PreUpdate
	void keepChineseOrder() {
		this.sortKeyZh = ChineseOrder.key(this.name, this.nameZh);
	}

	/** The name in the reader's language. */
	public String shownName() {
		return InterfaceText.name(this.name, this.nameZh);
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSummaryZh() {
		return this.summaryZh;
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getSummaryShown() {
		return ReaderText.of(this.summary, this.summaryZh);
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	protected void edit(String slug, String name, String nameZh, String summary, String summaryZh) {
		this.slug = slug;
		this.name = name.trim();
		this.nameZh = blankToNull(nameZh);
		this.summary = blankToNull(summary);
		this.summaryZh = blankToNull(summaryZh);
	}

	/**
	 * Gives the record the Chinese name and summaries a data pack carries where it has
	 * none: an admin's words are never overwritten by a pack.
	 * @return whether anything changed
	 */
	public boolean addMissing(String nameZh, String summary, String summaryZh) {
		boolean changed = false;
		if (this.nameZh == null && nameZh != null && !nameZh.isBlank()) {
			this.nameZh = nameZh.strip();
			changed = true;
		}
		if (this.summary == null && summary != null && !summary.isBlank()) {
			this.summary = summary.strip();
			changed = true;
		}
		if (this.summaryZh == null && summaryZh != null && !summaryZh.isBlank()) {
			this.summaryZh = summaryZh.strip();
			changed = true;
		}
		return changed;
	}

}
