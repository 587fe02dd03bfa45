package org.hubatlas.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.OptionGroups;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.SourceService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit key figures; what a figure is about can be any hub, company,
 * institution or incentive. Deleting one takes its dispute notes with it (the database
 * cascades them); the dispute itself stays.
 */
@Component
record FigureEditing(FigureRepository figures, IndicatorRepository indicators, SourceRepository sourceRecords,
		SourceService sources, SubjectDirectory subjects,
		IndicatorDefinitionRepository definitions) implements RecordKind<Figure, FigureForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("indicator", "indicator.name", "updated",
			"updatedAt");

	@Override
	public Description<Figure, FigureForm> description() {
		return new Description<>("figure", "figures", "figure", FigureForm.class,
				"subject indicatorId definitionId valueAsWritten valueNumeric qualifier kind asOfLabel asOfYear targetYear sourceId | quote:3",
				this.figures, SORTS, this::label, null, FigureForm::from);
	}

	/**
	 * The figure as its history names it, in English: what it is about, then its
	 * indicator and value as written ("Beijing · AI companies: over 2,400"), as two hubs
	 * can hold the same words.
	 */
	private String label(Figure figure) {
		return InterfaceText.in(Locale.ENGLISH, () -> about(figure) + " \u00b7 " + figure.getLabel());
	}

	/**
	 * The figure as the admin pages name it: to a Chinese reader by what it is about, its
	 * indicator's Chinese name and its headline in Chinese.
	 */
	@Override
	public String shownName(Figure figure) {
		return InterfaceText.chinese() ? InterfaceText.message("admin.figure.shownName", "{0} \u00b7 {1}: {2}",
				about(figure), figure.getIndicator().getDisplayName(), FigureText.of(figure)) : nameOf(figure);
	}

	/** The name of what the figure is about, in the reader's language. */
	private String about(Figure figure) {
		return this.subjects.nameOf(figure.getSubject()).orElse("");
	}

	/**
	 * Where the public reads the figure: on the page of what it is about, at the figure.
	 */
	@Override
	public String publicUrl(Figure figure) {
		SubjectLink link = this.subjects.links(List.of(figure.getSubject())).get(figure.getSubject());
		return (link != null && link.href() != null) ? link.href() + "#figure-" + figure.getId()
				: "/sources/" + figure.getSource().getId();
	}

	/** A search also finds the figures about the hubs it names ("Beijing", "北京"). */
	@Override
	public Page<Figure> page(ListQuery query) {
		if (query.q() == null || query.q().isBlank()) {
			return RecordKind.super.page(query);
		}
		return this.figures.findAdminPage(query.like(), this.subjects.idsNamed(SubjectKind.CITY, query.like()),
				query.pageable(sorts()));
	}

	/** Each figure with what it is about and its source. */
	@Override
	public ListTable table(List<Figure> figures) {
		Map<Subject, SubjectLink> links = this.subjects.links(figures.stream().map(Figure::getSubject).toList());
		return ListTable.of(figures, "field.figure.indicatorId", "indicator", (f) -> f.getIndicator().getDisplayName())
			.column("admin.figure.list.value", null, Figure::getValueAsWritten)
			.column("field.figure.subject", null,
					(f) -> links.getOrDefault(f.getSubject(), SubjectLink.national()).name())
			.column("field.figure.sourceId", null, (f) -> f.getSource().citedAs())
			.table();
	}

	@Override
	public Optional<Figure> find(long id) {
		return this.figures.findByIdWithProvenance(id);
	}

	@Override
	public Figure write(Figure figure, FigureForm form) {
		Indicator indicator = this.indicators.getReferenceById(form.indicatorId());
		Source source = this.sourceRecords.getReferenceById(form.sourceId());
		Figure target = (figure != null) ? figure : new Figure(Subject.parse(form.subject()), indicator, form.number(),
				form.valueAsWritten(), form.kind(), source, form.quote());
		target.edit(Subject.parse(form.subject()), indicator,
				(form.definitionId() != null) ? this.definitions.getReferenceById(form.definitionId()) : null,
				form.number(), form.valueAsWritten(), form.qualifier(), form.kind(), form.asOfLabel(), form.asOfYear(),
				form.targetYear(), source, form.quote());
		return this.figures.save(target);
	}

	/**
	 * What the figure is about, its indicator and its source all exist, and an actual
	 * figure is not as of a year after its source.
	 */
	@Override
	public void check(FigureForm form, Long id, Errors errors) {
		if (form.subject() != null && !errors.hasFieldErrors("subject")
				&& !this.subjects.exists(Subject.parse(form.subject()))) {
			errors.rejectValue("subject", "valid.chooseWhatTheFigureIs",
					"Choose what the figure is about from the list.");
		}
		// Found by id, as the source below: no query for what the transaction holds.
		Indicator indicator = (form.indicatorId() != null) ? this.indicators.findById(form.indicatorId()).orElse(null)
				: null;
		if (form.indicatorId() != null && indicator == null) {
			errors.rejectValue("indicatorId", "valid.chooseAnIndicatorFromThe", "Choose an indicator from the list.");
		}
		checkNumber(form, indicator, errors);
		if (form.targetYear() != null && form.kind() != null && form.kind() != FigureKind.TARGET
				&& !errors.hasFieldErrors("targetYear")) {
			errors.rejectValue("targetYear", "valid.onlyATargetHasATargetYear",
					"Only a target has a target year: choose Target as its kind, or leave the target year empty.");
		}
		if (form.indicatorId() != null && !errors.hasFieldErrors("indicatorId")
				&& !errors.hasFieldErrors("definitionId")) {
			checkDefinition(form, errors);
		}
		Source source = (form.sourceId() != null) ? this.sourceRecords.findById(form.sourceId()).orElse(null) : null;
		if (form.sourceId() != null && source == null) {
			errors.rejectValue("sourceId", "valid.chooseASourceFromThe", "Choose a source from the list.");
		}
		// An actual count is of a year its source had seen: a later one is a slip of the
		// keyboard, or a forecast filed as a fact. An estimated date proves nothing.
		if (source != null && source.getPublishedYear() != null && source.getDatePrecision() != DatePrecision.ESTIMATED
				&& form.kind() == FigureKind.ACTUAL && form.asOfYear() != null
				&& form.asOfYear() > source.getPublishedYear() && !errors.hasFieldErrors("asOfYear")) {
			errors.rejectValue("asOfYear", "valid.actualAfterItsSource", new Object[] { source.getPublishedYear() },
					"An actual figure cannot be as of a year after its source was published ({0,number,#}).");
		}
		// Whatever its source's date: no count is of a year still to come.
		int thisYear = Year.now(ZoneOffset.UTC).getValue();
		if (form.kind() == FigureKind.ACTUAL && form.asOfYear() != null && form.asOfYear() > thisYear
				&& !errors.hasFieldErrors("asOfYear")) {
			errors.rejectValue("asOfYear", "valid.actualInTheFuture", new Object[] { thisYear },
					"An actual figure cannot be as of a year still to come (after {0,number,#}): correct the year, or choose Target as its kind.");
		}
		// A plan is for a year no earlier than the one it was made in.
		if (form.kind() == FigureKind.TARGET && form.targetYear() != null && form.asOfYear() != null
				&& form.targetYear() < form.asOfYear() && !errors.hasFieldErrors("targetYear")) {
			errors.rejectValue("targetYear", "valid.targetBeforeItsYear", new Object[] { form.asOfYear() },
					"A target cannot be for a year before the one it was set in ({0,number,#}).");
		}
	}

	/** The same figure twice would count twice wherever figures are counted. */
	@Override
	public void checkEdit(FigureForm form, Long id, Errors errors) {
		if (!errors.hasErrors() && form.subject() != null && form.indicatorId() != null && form.sourceId() != null
				&& form.number() != null) {
			Subject subject = Subject.parse(form.subject());
			if (this.figures.sameHeld(subject.getCityId(), subject.getCompanyId(), subject.getUniversityId(),
					subject.getIncentiveId(), form.indicatorId(), form.number(), form.sourceId(), form.asOfYear(),
					form.targetYear(), id)) {
				errors.rejectValue("valueNumeric", "valid.sameFigureHeld",
						"The same figure from the same source is already held: edit that one.");
			}
		}
	}

	/**
	 * The number is one the value as written gives, in any unit (2,400; 8.7萬P as 87
	 * EFLOPS; ¥180 billion in yuan), and no count or amount is below zero.
	 */
	private static void checkNumber(FigureForm form, Indicator indicator, Errors errors) {
		BigDecimal number = errors.hasFieldErrors("valueNumeric") ? null : form.number();
		if (number == null) {
			return;
		}
		if (number.signum() < 0 && indicator != null && indicator.isAmount()) {
			errors.rejectValue("valueNumeric", "valid.noCountBelowZero", "A count or an amount cannot be below zero.");
		}
		else if (form.valueAsWritten() != null && !errors.hasFieldErrors("valueAsWritten")
				&& !writtenGives(form.valueAsWritten(), number)) {
			errors.rejectValue("valueNumeric", "valid.numberNotAsWritten",
					new Object[] { number.toPlainString(), form.valueAsWritten() },
					"{0} is not a number the value as written gives (\u201c{1}\u201d), in any unit: check both.");
		}
	}

	/**
	 * A number as a source writes it: "2,400", "1 364", "8.7"; a comma or space separates
	 * thousands only before three digits, so "2,400, 2025" is two numbers.
	 */
	private static final Pattern WRITTEN_NUMBER = Pattern
		.compile("\\d{1,3}(?:[,\\u00a0 ]\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

	/** Chinese numerals built of several parts ("2兆3511億"), which no one number gives. */
	private static final Pattern COMPOSED = Pattern.compile("\\d+\\s*[兆億亿萬万千]\\s*\\d");

	/**
	 * Whether the value as written gives the number, up to a power of ten (the unit it is
	 * kept in) and rounding; true where the words hold no digits to compare.
	 */
	static boolean writtenGives(String written, BigDecimal number) {
		if (COMPOSED.matcher(written).find()) {
			return true;
		}
		Matcher found = WRITTEN_NUMBER.matcher(written);
		boolean any = false;
		while (found.find()) {
			String digits = found.group().replaceAll("[,\\u00a0 ]", "");
			if (digits.isEmpty()) {
				continue;
			}
			any = true;
			BigDecimal given = new BigDecimal(digits);
			for (int power = -12; power <= 12; power++) {
				BigDecimal scaled = given.scaleByPowerOfTen(power);
				if (scaled.compareTo(number) == 0 || (number.signum() != 0 && scaled.subtract(number)
					.abs()
					.divide(number.abs(), MathContext.DECIMAL64)
					.doubleValue() < 0.005)) {
					return true;
				}
			}
		}
		return !any;
	}

	/**
	 * The definition is one of the indicator's; an indicator with more than one
	 * definition needs its figures to name which they count.
	 */
	private void checkDefinition(FigureForm form, Errors errors) {
		if (form.definitionId() == null) {
			if (this.definitions.findForIndicator(form.indicatorId()).size() > 1) {
				errors.rejectValue("definitionId", "valid.chooseWhatTheFigureCounts",
						"This indicator is counted in more than one way: choose the one the source uses.");
			}
			return;
		}
		Optional<IndicatorDefinition> chosen = this.definitions.findById(form.definitionId());
		if (chosen.isEmpty() || !chosen.get().getIndicator().getId().equals(form.indicatorId())) {
			errors.rejectValue("definitionId", "valid.chooseADefinitionOfThe",
					"Choose one of the chosen indicator’s definitions.");
		}
	}

	@Override
	public FormChoices choices() {
		Map<String, String> indicatorNames = new LinkedHashMap<>();
		for (Indicator indicator : this.indicators.findAllOrdered()) {
			indicatorNames.put(String.valueOf(indicator.getId()),
					indicator.getDisplayName() + " (" + indicator.getUnitShown().text() + ")");
		}
		Map<String, String> definitionNames = new LinkedHashMap<>();
		// Under their indicator, which the form narrows them to.
		Map<Indicator, Map<String, String>> byIndicator = new LinkedHashMap<>();
		for (IndicatorDefinition definition : this.definitions.findAllOrdered()) {
			definitionNames.put(String.valueOf(definition.getId()),
					definition.getIndicator().getDisplayName() + ": " + definition.getDisplayLabel());
			byIndicator.computeIfAbsent(definition.getIndicator(), (indicator) -> new LinkedHashMap<>())
				.put(String.valueOf(definition.getId()), definition.getDisplayLabel());
		}
		OptionGroups definitionGroups = new OptionGroups("indicatorId",
				byIndicator.entrySet()
					.stream()
					.map((group) -> new OptionGroups.Group(group.getKey().getDisplayName(),
							String.valueOf(group.getKey().getId()), group.getValue()))
					.toList());
		Map<String, Map<String, String>> subjectGroups = this.subjects.choices();
		Map<String, String> subjectNames = new LinkedHashMap<>();
		subjectGroups.values().forEach(subjectNames::putAll);
		return FormChoices.of(FigureForm.class,
				Map.of("indicatorId", indicatorNames, "definitionId", definitionNames, "subject", subjectNames,
						"sourceId", this.sources.choices()),
				Map.of("subjects", subjectGroups, "optionGroups", Map.of("definitionId", definitionGroups)));
	}

}
