package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.editing.AdminForm;
import org.hubatlas.subject.Subject;

/**
 * What the admin key-figure form binds to: the figure, what it is about, and the source
 * and quote it rests on.
 */
public class FigureForm implements AdminForm {

	static final List<String> FIELDS = List.of("subject", "indicatorId", "definitionId", "valueAsWritten",
			"valueNumeric", "qualifier", "kind", "asOfLabel", "asOfYear", "targetYear", "sourceId", "quote");

	@NotBlank(message = "{valid.chooseWhatTheFigureIs2}")
	@Pattern(regexp = Subject.KEY_PATTERN, message = "{valid.chooseWhatTheFigureIs}")
	private String subject;

	@NotNull(message = "{valid.chooseAnIndicator}")
	private Long indicatorId;

	/** One of the indicator's definitions; none: as the indicator defines it. */
	private Long definitionId;

	@NotBlank(message = "{valid.enterTheValueExactlyAs}")
	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String valueAsWritten;

	@Pattern(regexp = "-?\\d{1,20}(\\.\\d{1,4})?", message = "{valid.enterAPlainNumberSuch}")
	private String valueNumeric;

	@NotNull(message = "{valid.chooseAQualifier}")
	private Qualifier qualifier = Qualifier.NONE;

	@NotNull(message = "{valid.chooseWhetherItIsAn}")
	private FigureKind kind;

	@Size(max = 200, message = "{valid.atMost200Characters}")
	private String asOfLabel;

	@Min(value = 1900, message = "{valid.enterAYearBetween1900}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1900}")
	private Integer asOfYear;

	@Min(value = 1900, message = "{valid.enterAYearBetween1900}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1900}")
	private Integer targetYear;

	@NotNull(message = "{valid.chooseTheSource}")
	private Long sourceId;

	@NotBlank(message = "{valid.quoteTheWordsOfThe}")
	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String quote;

	private Long version;

	public static FigureForm from(Figure figure) {
		FigureForm form = new FigureForm();
		form.subject = figure.getSubject().key();
		form.indicatorId = figure.getIndicator().getId();
		form.definitionId = (figure.getDefinition() != null) ? figure.getDefinition().getId() : null;
		form.valueAsWritten = figure.getValueAsWritten();
		form.valueNumeric = (figure.getValueNumeric() != null)
				? figure.getValueNumeric().stripTrailingZeros().toPlainString() : null;
		form.qualifier = figure.getQualifier();
		form.kind = figure.getKind();
		form.asOfLabel = figure.getAsOfLabel();
		form.asOfYear = figure.getAsOfYear();
		form.targetYear = figure.getTargetYear();
		form.sourceId = figure.getSource().getId();
		form.quote = figure.getQuote();
		form.version = figure.getVersion();
		return form;
	}

	BigDecimal number() {
		return (this.valueNumeric != null && !this.valueNumeric.isBlank()) ? new BigDecimal(this.valueNumeric.trim())
				: null;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public Long getIndicatorId() {
		return this.indicatorId;
	}

	public void setIndicatorId(Long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public Long getDefinitionId() {
		return this.definitionId;
	}

	public void setDefinitionId(Long definitionId) {
		this.definitionId = definitionId;
	}

	public String getValueAsWritten() {
		return this.valueAsWritten;
	}

	public void setValueAsWritten(String valueAsWritten) {
		this.valueAsWritten = valueAsWritten;
	}

	public String getValueNumeric() {
		return this.valueNumeric;
	}

	public void setValueNumeric(String valueNumeric) {
		this.valueNumeric = valueNumeric;
	}

	public Qualifier getQualifier() {
		return this.qualifier;
	}

	public void setQualifier(Qualifier qualifier) {
		this.qualifier = qualifier;
	}

	public FigureKind getKind() {
		return this.kind;
	}

	public void setKind(FigureKind kind) {
		this.kind = kind;
	}

	public String getAsOfLabel() {
		return this.asOfLabel;
	}

	public void setAsOfLabel(String asOfLabel) {
		this.asOfLabel = asOfLabel;
	}

	public Integer getAsOfYear() {
		return this.asOfYear;
	}

	public void setAsOfYear(Integer asOfYear) {
		this.asOfYear = asOfYear;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

}
