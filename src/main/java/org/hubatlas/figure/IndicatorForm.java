package org.hubatlas.figure;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/** What the admin form for an indicator of the catalogue binds to. */
public class IndicatorForm implements AdminForm {

	static final List<String> FIELDS = List.of("code", "name", "unit", "higherIsBetter", "definition", "sortOrder",
			"comparableDefinitions");

	@Slug
	private String code;

	@NotBlank(message = "Enter the indicator's name.")
	@Size(max = 160, message = "At most 160 characters.")
	private String name;

	@NotBlank(message = "Enter the unit figures are measured in, such as companies or EFLOPS.")
	@Size(max = 80, message = "At most 80 characters.")
	private String unit;

	private boolean higherIsBetter;

	@Size(max = 1000, message = "At most 1,000 characters.")
	private String definition;

	@NotNull(message = "Enter a number: lower comes first.")
	@Min(value = 0, message = "Enter a number from 0 to 100000.")
	@Max(value = 100000, message = "Enter a number from 0 to 100000.")
	private Integer sortOrder;

	@Size(max = 2000, message = "At most 2,000 characters.")
	private String comparableDefinitions;

	private Long version;

	public static IndicatorForm from(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.code = indicator.getCode();
		form.name = indicator.getName();
		form.unit = indicator.getUnit();
		form.higherIsBetter = indicator.isHigherIsBetter();
		form.definition = indicator.getDefinition();
		form.sortOrder = indicator.getSortOrder();
		form.comparableDefinitions = indicator.getComparableDefinitions();
		form.version = indicator.getVersion();
		return form;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public boolean isHigherIsBetter() {
		return this.higherIsBetter;
	}

	public void setHigherIsBetter(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public String getDefinition() {
		return this.definition;
	}

	public void setDefinition(String definition) {
		this.definition = definition;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getComparableDefinitions() {
		return this.comparableDefinitions;
	}

	public void setComparableDefinitions(String comparableDefinitions) {
		this.comparableDefinitions = comparableDefinitions;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
