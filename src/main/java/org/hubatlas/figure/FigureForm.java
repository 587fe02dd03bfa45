package org.hubatlas.figure;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Year;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.subject.Subject;

/**
 * What the admin key-figure form binds to: the figure, what it is about, and the source
 * and quote it rests on. The definition is one of the indicator's; none: as the indicator
 * defines it. No qualifier given means none.
 */
public record FigureForm(
		@NotBlank(message = "{valid.chooseWhatTheFigureIs2}") @Pattern(regexp = Subject.KEY_PATTERN,
				message = "{valid.chooseWhatTheFigureIs}") String subject,
		@NotNull(message = "{valid.chooseAnIndicator}") Long indicatorId, Long definitionId,
		@NotBlank(message = "{valid.enterTheValueExactlyAs}") @Size(max = 300) String valueAsWritten,
		@Pattern(regexp = "-?\\d{1,20}(\\.\\d{1,4})?", message = "{valid.enterAPlainNumberSuch}") String valueNumeric,
		@NotNull(message = "{valid.chooseAQualifier}") Qualifier qualifier,
		@NotNull(message = "{valid.chooseWhetherItIsAn}") FigureKind kind, @Size(max = 200) String asOfLabel,
		@Year Integer asOfYear, @Year Integer targetYear, @NotNull(message = "{valid.chooseTheSource}") Long sourceId,
		@NotBlank(message = "{valid.quoteTheWordsOfThe}") @Size(max = 1000) String quote,
		Long version) implements AdminForm {

	public FigureForm {
		qualifier = (qualifier != null) ? qualifier : Qualifier.NONE;
	}

	public static FigureForm from(Figure figure) {
		return new FigureForm(figure.getSubject().key(), figure.getIndicator().getId(),
				(figure.getDefinition() != null) ? figure.getDefinition().getId() : null, figure.getValueAsWritten(),
				(figure.getValueNumeric() != null) ? figure.getValueNumeric().stripTrailingZeros().toPlainString()
						: null,
				figure.getQualifier(), figure.getKind(), figure.getAsOfLabel(), figure.getAsOfYear(),
				figure.getTargetYear(), figure.getSource().getId(), figure.getQuote(), figure.getVersion());
	}

	/** The same figure under another indicator and definition. */
	public FigureForm movedTo(Long indicatorId, Long definitionId) {
		return new FigureForm(this.subject, indicatorId, definitionId, this.valueAsWritten, this.valueNumeric,
				this.qualifier, this.kind, this.asOfLabel, this.asOfYear, this.targetYear, this.sourceId, this.quote,
				this.version);
	}

	/**
	 * The same figure filed as another kind and bound, where its quote says so (a
	 * forecast shipped as a reported value, "topped" shipped as exact).
	 */
	public FigureForm filedAs(FigureKind kind, Qualifier qualifier) {
		return new FigureForm(this.subject, this.indicatorId, this.definitionId, this.valueAsWritten, this.valueNumeric,
				qualifier, kind, this.asOfLabel, this.asOfYear, this.targetYear, this.sourceId, this.quote,
				this.version);
	}

	BigDecimal number() {
		return (this.valueNumeric != null && !this.valueNumeric.isBlank()) ? new BigDecimal(this.valueNumeric.trim())
				: null;
	}

}
