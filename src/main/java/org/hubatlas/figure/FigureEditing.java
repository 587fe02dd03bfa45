package org.hubatlas.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.Labelled;
import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.EditableType;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.SourceService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectLink;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit key figures; what a figure is about can be any hub, company,
 * institution or incentive.
 */
@Component
class FigureEditing implements EditableType<Figure, FigureForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("indicator", "indicator.name", "updated",
			"updatedAt");

	private final FigureRepository figures;

	private final IndicatorRepository indicators;

	private final SourceRepository sourceRecords;

	private final SourceService sources;

	private final SubjectDirectory subjects;

	FigureEditing(FigureRepository figures, IndicatorRepository indicators, SourceRepository sourceRecords,
			SourceService sources, SubjectDirectory subjects) {
		this.figures = figures;
		this.indicators = indicators;
		this.sourceRecords = sourceRecords;
		this.sources = sources;
		this.subjects = subjects;
	}

	@Override
	public String type() {
		return "figure";
	}

	@Override
	public String what() {
		return "figure";
	}

	@Override
	public FigureForm emptyForm() {
		return new FigureForm();
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Figure> page(ListQuery query) {
		return this.figures.findAdminPage(query.like(), query.pageable(SORTS));
	}

	/** What each figure of the page is about, by figure id. */
	@Override
	public Map<String, Object> listDetails(List<Figure> figures) {
		Map<Subject, SubjectLink> links = this.subjects.links(figures.stream().map(Figure::getSubject).toList());
		Map<Long, String> names = new LinkedHashMap<>();
		figures.forEach((f) -> names.put(f.getId(), links.getOrDefault(f.getSubject(), SubjectLink.national()).name()));
		return Map.of("subjectNames", names);
	}

	@Override
	public Optional<Figure> find(long id) {
		return this.figures.findByIdWithProvenance(id);
	}

	@Override
	public FigureForm toForm(Figure figure) {
		return FigureForm.from(figure);
	}

	@Override
	public Figure newEntity(FigureForm form) {
		return new Figure(Subject.parse(form.getSubject()), this.indicators.getReferenceById(form.getIndicatorId()),
				form.number(), form.getValueAsWritten(), form.getKind(),
				this.sourceRecords.getReferenceById(form.getSourceId()), form.getQuote());
	}

	@Override
	public void apply(Figure figure, FigureForm form) {
		figure.apply(form, this.indicators.getReferenceById(form.getIndicatorId()),
				this.sourceRecords.getReferenceById(form.getSourceId()));
	}

	@Override
	public void save(Figure figure) {
		this.figures.saveAndFlush(figure);
	}

	/** What the figure is about, its indicator and its source all exist. */
	@Override
	public void check(FigureForm form, Long id, Errors errors) {
		if (form.getSubject() != null && !errors.hasFieldErrors("subject")
				&& !this.subjects.exists(Subject.parse(form.getSubject()))) {
			errors.rejectValue("subject", "valid.chooseWhatTheFigureIs",
					"Choose what the figure is about from the list.");
		}
		if (form.getIndicatorId() != null && !this.indicators.existsById(form.getIndicatorId())) {
			errors.rejectValue("indicatorId", "valid.chooseAnIndicatorFromThe", "Choose an indicator from the list.");
		}
		if (form.getSourceId() != null && !this.sources.exists(form.getSourceId())) {
			errors.rejectValue("sourceId", "valid.chooseASourceFromThe", "Choose a source from the list.");
		}
	}

	@Override
	public String nameOf(Figure figure) {
		return figure.getLabel();
	}

	@Override
	public String publicUrl(Figure figure) {
		return "/sources/" + figure.getSource().getId();
	}

	/**
	 * Its dispute notes go with it (the database cascades them); the dispute itself
	 * stays.
	 */
	@Override
	public List<String> references(Figure figure) {
		return List.of();
	}

	@Override
	public void delete(Figure figure) {
		this.figures.delete(figure);
		this.figures.flush();
	}

	@Override
	public FormChoices choices() {
		Map<String, String> indicatorNames = new LinkedHashMap<>();
		for (Indicator indicator : this.indicators.findAllOrdered()) {
			indicatorNames.put(String.valueOf(indicator.getId()),
					indicator.getName() + " (" + indicator.getUnit() + ")");
		}
		Map<String, Map<String, String>> subjectGroups = this.subjects.choices();
		Map<String, String> subjectNames = new LinkedHashMap<>();
		subjectGroups.values().forEach(subjectNames::putAll);
		Map<String, String> sourceNames = this.sources.choices();
		return new FormChoices(
				Map.of("subjects", subjectGroups, "sources", sourceNames, "indicators", indicatorNames, "qualifiers",
						Qualifier.values(), "kinds", FigureKind.values()),
				Map.of("qualifier", Labelled.labels(Qualifier.class), "kind", Labelled.labels(FigureKind.class),
						"indicatorId", indicatorNames, "subject", subjectNames, "sourceId", sourceNames));
	}

}
