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

	static final List<String> FIELDS = List.of("subject", "indicatorId", "valueAsWritten", "valueNumeric", "qualifier",
			"kind", "asOfLabel", "asOfYear", "targetYear", "sourceId", "quote");

	@NotBlank(message = "Choose what the figure is about.")
	@Pattern(regexp = Subject.KEY_PATTERN, message = "Choose what the figure is about from the list.")
	private String subject;

	@NotNull(message = "Choose an indicator.")
	private Long indicatorId;

	@NotBlank(message = "Enter the value exactly as the source writes it.")
	@Size(max = 120, message = "At most 120 characters.")
	private String valueAsWritten;

	@Pattern(regexp = "-?\\d{1,20}(\\.\\d{1,4})?",
			message = "Enter a plain number, such as 2400 or 85.5, without commas or units.")
	private String valueNumeric;

	@NotNull(message = "Choose a qualifier.")
	private Qualifier qualifier = Qualifier.NONE;

	@NotNull(message = "Choose whether it is an actual value, an estimate or a target.")
	private FigureKind kind;

	@Size(max = 200, message = "At most 200 characters.")
	private String asOfLabel;

	@Min(value = 1900, message = "Enter a year between 1900 and 2100.")
	@Max(value = 2100, message = "Enter a year between 1900 and 2100.")
	private Integer asOfYear;

	@Min(value = 1900, message = "Enter a year between 1900 and 2100.")
	@Max(value = 2100, message = "Enter a year between 1900 and 2100.")
	private Integer targetYear;

	@NotNull(message = "Choose the source.")
	private Long sourceId;

	@NotBlank(message = "Quote the words of the source the figure rests on.")
	@Size(max = 1000, message = "At most 1,000 characters.")
	private String quote;

	private Long version;

	public static FigureForm from(Figure figure) {
		FigureForm form = new FigureForm();
		form.subject = figure.getSubject().key();
		form.indicatorId = figure.getIndicator().getId();
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
