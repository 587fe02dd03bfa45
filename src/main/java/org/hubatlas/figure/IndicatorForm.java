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

	static final List<String> FIELDS = List.of("code", "name", "nameZh", "unit", "higherIsBetter", "definition",
			"sortOrder", "definitions");

	@Slug
	private String code;

	@NotBlank(message = "{valid.enterTheIndicatorSName}")
	@Size(max = 160, message = "{valid.atMost160Characters}")
	private String name;

	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String nameZh;

	@NotBlank(message = "{valid.enterTheUnitFiguresAre}")
	@Size(max = 80, message = "{valid.atMost80Characters}")
	private String unit;

	private boolean higherIsBetter;

	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String definition;

	@NotNull(message = "{valid.enterANumberLowerComes}")
	@Min(value = 0, message = "{valid.enterANumberFrom0}")
	@Max(value = 100000, message = "{valid.enterANumberFrom0}")
	private Integer sortOrder;

	/**
	 * The indicator's list of definitions, one a line: key | English label | Chinese
	 * label | the key it counts the same thing as.
	 */
	@Size(max = 20000, message = "{valid.atMost20000Characters}")
	private String definitions;

	private Long version;

	public static IndicatorForm from(Indicator indicator, List<IndicatorDefinition> definitions) {
		IndicatorForm form = from(indicator);
		form.definitions = DefinitionLines.write(definitions);
		return form;
	}

	public static IndicatorForm from(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.code = indicator.getCode();
		form.name = indicator.getName();
		form.nameZh = indicator.getNameZh();
		form.unit = indicator.getUnit();
		form.higherIsBetter = indicator.isHigherIsBetter();
		form.definition = indicator.getDefinition();
		form.sortOrder = indicator.getSortOrder();
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

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getDefinitions() {
		return this.definitions;
	}

	public void setDefinitions(String definitions) {
		this.definitions = definitions;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
