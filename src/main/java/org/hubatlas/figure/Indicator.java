package org.hubatlas.figure;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hubatlas.common.ChineseNamed;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.Text;
import org.hubatlas.common.VersionedEntity;

/** What a figure measures; comparison rows line up by indicator. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity implements ChineseNamed {

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String unit;

	@Column(name = "higher_is_better", nullable = false)
	private boolean higherIsBetter;

	private String definition;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "unit_zh")
	private String unitZh;

	@Column(name = "definition_zh")
	private String definitionZh;

	protected Indicator() {
	}

	public Indicator(String code, String name, String unit, boolean higherIsBetter, String definition, int sortOrder) {
		this.code = code;
		this.name = name;
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.definition = definition;
		this.sortOrder = sortOrder;
	}

	/** Sets what the admin form edits. */
	void edit(String code, String nameZh, String name, String unit, boolean higherIsBetter, String definition,
			int sortOrder) {
		this.code = code;
		this.nameZh = Text.blankToNull(nameZh);
		this.name = name.strip();
		this.unit = unit.strip();
		this.higherIsBetter = higherIsBetter;
		this.definition = Text.blankToNull(definition);
		this.sortOrder = sortOrder;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	@Override
	public String chineseName() {
		return this.nameZh;
	}

	/** The name in the reader's language (English where no Chinese name is held). */
	public String getDisplayName() {
		return InterfaceText.name(this.name, this.nameZh);
	}

	/**
	 * Whether a way of counting already names the indicator as the reader sees it, so a
	 * heading shows it alone: "GDP at current prices" under "GDP", 地区生产总值(现价) under
	 * 地区生产总值（GDP）, whose bracketed abbreviation the label leaves out.
	 */
	public boolean isNamedBy(String label) {
		String name = getDisplayName().replaceFirst("\\s*[(（][^()（）]*[)）]$", "");
		return label != null && label.startsWith(name);
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	/**
	 * Whether a value is a year ("year designated", "year recognised"): a date, not an
	 * amount, and one that does not age.
	 */
	public boolean isValueAYear() {
		return isYear(this.unit);
	}

	/**
	 * Whether a value is an amount that grows with the hub (yuan, companies, EFLOPS): not
	 * a year, a share or a rate, which read alike for a province and a city.
	 */
	public boolean isAmount() {
		String unit = (this.unit != null) ? this.unit.toLowerCase(Locale.ROOT) : "";
		return !isValueAYear() && !unit.contains("percent") && !unit.contains("%") && !unit.startsWith("per ")
				&& !unit.contains(" per ");
	}

	/** Whether a value is a percentage ("percent of GDP"): it changes by points. */
	public boolean isShare() {
		String unit = (this.unit != null) ? this.unit.toLowerCase(Locale.ROOT) : "";
		return unit.contains("percent") || unit.contains("%");
	}

	/** Whether a unit says its values are years ("year designated"). */
	public static boolean isYear(String unit) {
		return unit != null && unit.strip().toLowerCase(Locale.ROOT).startsWith("year ");
	}

	public boolean isHigherIsBetter() {
		return this.higherIsBetter;
	}

	public String getDefinition() {
		return this.definition;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getUnitZh() {
		return this.unitZh;
	}

	public String getDefinitionZh() {
		return this.definitionZh;
	}

	/** Sets what the admin form edits in Chinese; blank texts are stored as no value. */
	void editChinese(String unitZh, String definitionZh) {
		this.unitZh = Text.blankToNull(unitZh);
		this.definitionZh = Text.blankToNull(definitionZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getUnitShown() {
		return ReaderText.of(FigureText.unitEn(this.unit), this.unitZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getDefinitionShown() {
		return ReaderText.of(this.definition, this.definitionZh);
	}

}
