package org.hubatlas.figure;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.VersionedEntity;

/**
 * One way of counting what an indicator measures ("AI core enterprises", "all AI
 * enterprises"), from the indicator's controlled list. Figures rank together only when
 * their definitions fall in one group: a definition counts as the one its
 * {@code countsAs} names, or else as itself.
 */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(name = "def_key", nullable = false)
	private String key;

	@Column(nullable = false)
	private String label;

	@Column(name = "label_zh")
	private String labelZh;

	/** The key of the definition this one counts the same thing as; null: itself. */
	@Column(name = "counts_as")
	private String countsAs;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected IndicatorDefinition() {
	}

	public IndicatorDefinition(Indicator indicator, String key, String label, String labelZh, String countsAs,
			int sortOrder) {
		this.indicator = indicator;
		this.key = key;
		apply(label, labelZh, countsAs, sortOrder);
	}

	/** What a data pack or the indicator editor says of the definition. */
	public void apply(String label, String labelZh, String countsAs, int sortOrder) {
		this.label = label;
		this.labelZh = labelZh;
		this.countsAs = (countsAs == null || countsAs.equals(this.key)) ? null : countsAs;
		this.sortOrder = sortOrder;
	}

	/** Whether the pack or form says the same as what is held. */
	public boolean says(String label, String labelZh, String countsAs, int sortOrder) {
		String group = (countsAs == null || countsAs.equals(this.key)) ? null : countsAs;
		return this.label.equals(label) && Objects.equals(this.labelZh, labelZh) && Objects.equals(this.countsAs, group)
				&& this.sortOrder == sortOrder;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public String getKey() {
		return this.key;
	}

	public String getLabel() {
		return this.label;
	}

	public String getLabelZh() {
		return this.labelZh;
	}

	public String getCountsAs() {
		return this.countsAs;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/** The group the definition ranks in: what it counts as, else its own key. */
	public String group() {
		return (this.countsAs != null) ? this.countsAs : this.key;
	}

	/** The label in the reader's language (English where no Chinese label is held). */
	public String getDisplayLabel() {
		// A source's own wording with no Chinese label is quoted as it stands.
		if (InterfaceText.chinese() && (this.labelZh == null || this.labelZh.isBlank())
				&& this.key.startsWith("as-written-")) {
			return "\u300c" + this.label + "\u300d";
		}
		return InterfaceText.name(this.label, this.labelZh);
	}

}
