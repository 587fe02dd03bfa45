package org.hubatlas.figure;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.TypedAsShown;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/**
 * What the admin form for an indicator of the catalogue binds to. Its definitions are one
 * a line: key | English label | Chinese label | the key it counts the same thing as. An
 * unticked "higher is better" means lower is.
 */
public record IndicatorForm(
		@NotBlank(message = "{valid.enterAKey}") @TypedAsShown @Size(max = 80) @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{valid.useLowerCaseLettersDigitsKey}") String code,
		@NotBlank(message = "{valid.enterTheIndicatorSName}") @Size(max = 160) String name,
		@Size(max = 300) String nameZh,
		@NotBlank(message = "{valid.enterTheUnitFiguresAre}") @Size(max = 80) String unit, Boolean higherIsBetter,
		@Size(max = 1000) String definition,
		@NotNull(message = "{valid.enterANumberLowerComes}") @Min(value = 0,
				message = "{valid.enterANumberFrom0}") @Max(value = 100000,
						message = "{valid.enterANumberFrom0}") Integer sortOrder,
		@Size(max = 20000) String definitions, @Size(max = 80) String unitZh, @Size(max = 1000) String definitionZh,
		Long version) implements AdminForm, Slugged {

	public IndicatorForm {
		higherIsBetter = Boolean.TRUE.equals(higherIsBetter);
	}

	/** An indicator's page is named by its key. */
	@Override
	public String slug() {
		return this.code;
	}

	@Override
	public String slugField() {
		return "code";
	}

	/** A new indicator: higher is better, listed after the others. */
	static IndicatorForm empty() {
		return new IndicatorForm(null, null, null, null, true, null, 500, null, null, null, null);
	}

	public static IndicatorForm from(Indicator indicator, List<IndicatorDefinition> definitions) {
		return new IndicatorForm(indicator.getCode(), indicator.getName(), indicator.getNameZh(), indicator.getUnit(),
				indicator.isHigherIsBetter(), indicator.getDefinition(), indicator.getSortOrder(),
				DefinitionLines.write(definitions), indicator.getUnitZh(), indicator.getDefinitionZh(),
				indicator.getVersion());
	}

}
