package org.hubatlas.figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.common.DateLabel;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A number a source gives about one subject, with the value as written and the quote it
 * rests on.
 */
@Entity
@Table(name = "figure")
public class Figure extends VersionedEntity {

	@Embedded
	private Subject subject;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(name = "value_numeric")
	private BigDecimal valueNumeric;

	@Column(name = "value_as_written", nullable = false)
	private String valueAsWritten;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Qualifier qualifier;

	@Enumerated(EnumType.STRING)
	@Column(name = "figure_kind", nullable = false)
	private FigureKind kind;

	@Column(name = "as_of_label")
	private String asOfLabel;

	@Column(name = "as_of_year")
	private Integer asOfYear;

	@Column(name = "target_year")
	private Integer targetYear;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@Column(nullable = false)
	private String quote;

	@Column(name = "seed_ref")
	private String seedRef;

	/**
	 * What the figure counts, from its indicator's list of definitions; null: as the
	 * indicator defines it.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "definition_id")
	private IndicatorDefinition definition;

	/** The words the source uses for what it counts, as written (evidence, not a key). */
	@Column(name = "definition_words")
	private String definitionWords;

	/** What a reader should know: conflicts, how the date was inferred, other sources. */
	private String note;

	/**
	 * The figure's key in the data pack it came from, so that applying the pack again
	 * finds it.
	 */
	@Column(name = "pack_ref")
	private String packRef;

	protected Figure() {
	}

	public Figure(Subject subject, Indicator indicator, BigDecimal valueNumeric, String valueAsWritten, FigureKind kind,
			Source source, String quote) {
		this.subject = subject;
		this.indicator = indicator;
		this.valueNumeric = valueNumeric;
		this.valueAsWritten = valueAsWritten;
		this.qualifier = Qualifier.NONE;
		this.kind = kind;
		this.source = source;
		this.quote = quote;
	}

	/**
	 * What a data pack says of the figure beyond its form: the source's words for what it
	 * counts, a note for the reader, and the figure's key in the pack.
	 */
	public void applyPackDetails(String definitionWords, String note, String packRef) {
		this.definitionWords = definitionWords;
		this.note = note;
		this.packRef = packRef;
	}

	public IndicatorDefinition getDefinition() {
		return this.definition;
	}

	/** The definition's key, or null when the figure counts as its indicator defines. */
	public String getDefinitionKey() {
		return (this.definition != null) ? this.definition.getKey() : null;
	}

	/** The definition's English label, or null (for downloads and the API). */
	public String getDefinitionText() {
		return (this.definition != null) ? this.definition.getLabel() : null;
	}

	/**
	 * The definition's label in the reader's language, the other marked where missing.
	 */
	public ReaderText getDefinitionLabelShown() {
		return (this.definition != null) ? ReaderText.of(this.definition.getLabel(), this.definition.getLabelZh())
				: null;
	}

	/** The definition's label in the reader's language, or null. */
	public String getDefinitionLabel() {
		return (this.definition != null) ? this.definition.getDisplayLabel() : null;
	}

	/**
	 * The group the figure ranks in within its indicator: its definition's group, or ""
	 * when it counts as the indicator defines.
	 */
	public String getDefinitionGroup() {
		return (this.definition != null) ? this.definition.group() : "";
	}

	public String getDefinitionWords() {
		return this.definitionWords;
	}

	/**
	 * Whether the number is not exact: the source qualifies it ("over", "about") or it is
	 * an estimate. What is worked out from it is approximate too.
	 */
	public boolean isApproximate() {
		return this.qualifier != Qualifier.NONE || this.kind == FigureKind.ESTIMATE;
	}

	/** Whether the source gives only a lower bound ("over 2,400", "超过"). */
	public boolean isLowerBound() {
		return this.qualifier == Qualifier.OVER || this.qualifier == Qualifier.EXCEEDING;
	}

	public String getNote() {
		return this.note;
	}

	public String getPackRef() {
		return this.packRef;
	}

	public Subject getSubject() {
		return (this.subject != null) ? this.subject : Subject.nationalContext();
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public BigDecimal getValueNumeric() {
		return this.valueNumeric;
	}

	public String getValueAsWritten() {
		return this.valueAsWritten;
	}

	/**
	 * The value as written where the quote holds its words, in their order (the words a
	 * researcher kept of a longer phrase, "set to surpass 33,000 P"), for the pages that
	 * show it as the source's words; null where the record adds words of the researchers'
	 * ("2019 (first pilot zone; February 2019 per …)").
	 */
	public String getValueAsQuoted() {
		if (this.valueAsWritten == null || this.quote == null) {
			return null;
		}
		// Full-width forms as their ASCII (stored Chinese pages show them so), in lower
		// case; the value's words are its runs between spaces, punctuation and symbols.
		String quoted = Normalizer.normalize(this.quote, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		int from = 0;
		for (String word : WORD_BREAKS
			.split(Normalizer.normalize(this.valueAsWritten, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty()) {
				int at = quoted.indexOf(word, from);
				if (at < 0) {
					return null;
				}
				from = at + word.length();
			}
		}
		return this.valueAsWritten;
	}

	private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\p{P}\\p{S}]+");

	public Qualifier getQualifier() {
		return this.qualifier;
	}

	public FigureKind getKind() {
		return this.kind;
	}

	public String getAsOfLabel() {
		return this.asOfLabel;
	}

	public Integer getAsOfYear() {
		return this.asOfYear;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getSeedRef() {
		return this.seedRef;
	}

	/**
	 * The year the figure refers to: its target year, its as-of year, or else its
	 * source's year (estimated).
	 */
	public Integer getEffectiveYear() {
		if (this.targetYear != null) {
			return this.targetYear;
		}
		if (this.asOfYear != null) {
			return this.asOfYear;
		}
		return this.source.getPublishedYear();
	}

	/**
	 * Whether the figure's only year is its source's, and that an estimate: no date
	 * stated, and the page itself dated "about 2025".
	 */
	public boolean isYearEstimated() {
		return this.targetYear == null && this.asOfYear == null
				&& this.source.getDatePrecision() == DatePrecision.ESTIMATED;
	}

	/** Whether the figure is a target with its year: shown as "target for 2025". */
	public boolean isTargetWithYear() {
		return this.kind == FigureKind.TARGET && this.targetYear != null;
	}

	/** The as-of label when the source states one; null when it does not. */
	public String getStatedAsOf() {
		return (this.asOfLabel != null && !this.asOfLabel.equalsIgnoreCase("not stated")) ? this.asOfLabel : null;
	}

	/** The date as stated, in the reader's language ("H1 2023", "2023 年上半年"). */
	public String getAsOfShown() {
		String stated = getStatedAsOf();
		return (stated != null) ? DateLabel.asOf(stated.strip()) : null;
	}

	/** Sets what the admin form edits; its definition words, note and pack stay. */
	void edit(Subject subject, Indicator indicator, IndicatorDefinition definition, BigDecimal valueNumeric,
			String valueAsWritten, Qualifier qualifier, FigureKind kind, String asOfLabel, Integer asOfYear,
			Integer targetYear, Source source, String quote) {
		this.definition = definition;
		this.subject = subject;
		this.indicator = indicator;
		this.valueNumeric = valueNumeric;
		this.valueAsWritten = valueAsWritten.trim();
		this.qualifier = qualifier;
		this.kind = kind;
		this.asOfLabel = blankToNull(asOfLabel);
		this.asOfYear = asOfYear;
		this.targetYear = targetYear;
		this.source = source;
		this.quote = quote.trim();
	}

	/** How the admin pages name a figure. */
	public String getLabel() {
		return this.indicator.getName() + ": " + this.valueAsWritten;
	}

}
