package org.hubatlas.figure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hubatlas.common.VersionedEntity;

/** What a figure measures; comparison rows line up by indicator. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

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

	/**
	 * Groups of definitions that count the same thing: one group per line, definitions
	 * separated by " | ".
	 */
	@Column(name = "comparable_definitions")
	private String comparableDefinitions;

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

	void apply(IndicatorForm form) {
		this.code = form.getCode();
		this.comparableDefinitions = org.hubatlas.common.Text.blankToNull(form.getComparableDefinitions());
		applyCatalogue(form.getName().strip(), form.getUnit().strip(), form.isHigherIsBetter(),
				org.hubatlas.common.Text.blankToNull(form.getDefinition()), form.getSortOrder());
	}

	public String getComparableDefinitions() {
		return this.comparableDefinitions;
	}

	public void setComparableDefinitions(String comparableDefinitions) {
		this.comparableDefinitions = comparableDefinitions;
	}

	/**
	 * What a figure counts, as far as ranking goes: definitions the catalogue groups as
	 * the same thing share the group's first definition; no definition means as the
	 * indicator defines it (null).
	 */
	public String definitionGroup(String definition) {
		if (definition == null || this.comparableDefinitions == null) {
			return definition;
		}
		for (String line : this.comparableDefinitions.split("\n")) {
			java.util.List<String> group = java.util.Arrays.stream(line.split("\\|")).map(String::strip).toList();
			if (group.contains(definition.strip())) {
				return group.get(0);
			}
		}
		return definition;
	}

	/** What a data pack says of an indicator in the catalogue. */
	public void applyCatalogue(String name, String unit, boolean higherIsBetter, String definition, int sortOrder) {
		this.name = name;
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.definition = definition;
		this.sortOrder = sortOrder;
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

	public boolean isHigherIsBetter() {
		return this.higherIsBetter;
	}

	public String getDefinition() {
		return this.definition;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
