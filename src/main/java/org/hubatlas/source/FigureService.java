package org.hubatlas.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing key figures. */
@Service
@Transactional(readOnly = true)
public class FigureService extends AbstractAdminEditor<Figure, FigureForm> {

	public static final String TYPE = "figure";

	static final Map<String, String> SORTS = ListQuery.sorts("indicator", "indicator.name", "updated", "updatedAt");

	private final FigureRepository figures;

	private final IndicatorRepository indicators;

	private final SourceRepository sources;

	private final SubjectNames subjectNames;

	FigureService(FigureRepository figures, IndicatorRepository indicators, SourceRepository sources,
			SubjectNames subjectNames, RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.figures = figures;
		this.indicators = indicators;
		this.sources = sources;
		this.subjectNames = subjectNames;
	}

	@Override
	public Page<Figure> page(ListQuery query) {
		return this.figures.findAdminPage(query.like(), query.pageable(SORTS));
	}

	/** What each figure of a page is about, by figure id. */
	public Map<Long, String> subjectNames(List<Figure> figures) {
		Map<String, String> names = this.subjectNames
			.names(figures.stream().map((f) -> SubjectKey.of(f.getSubject())).toList());
		Map<Long, String> result = new LinkedHashMap<>();
		figures.forEach((f) -> result.put(f.getId(), names.getOrDefault(SubjectKey.of(f.getSubject()), "?")));
		return result;
	}

	public List<Indicator> indicators() {
		return this.indicators.findAllOrdered();
	}

	public Figure byId(long id) {
		return this.figures.findByIdWithProvenance(id)
			.orElseThrow(() -> new NotFoundException("figure", String.valueOf(id)));
	}

	/** What the figure is about, its indicator and its source all exist. */
	@Override
	public void check(FigureForm form, Long id, Errors errors) {
		if (form.getSubject() != null && !errors.hasFieldErrors("subject") && !this.subjectNames.exists(form.getSubject())) {
			errors.rejectValue("subject", "unknown", "Choose what the figure is about from the list.");
		}
		if (form.getIndicatorId() != null && this.indicators.findById(form.getIndicatorId()).isEmpty()) {
			errors.rejectValue("indicatorId", "unknown", "Choose an indicator from the list.");
		}
		if (form.getSourceId() != null && this.sources.findById(form.getSourceId()).isEmpty()) {
			errors.rejectValue("sourceId", "unknown", "Choose a source from the list.");
		}
	}

	private Indicator indicator(FigureForm form) {
		return this.indicators.findById(form.getIndicatorId()).orElseThrow();
	}

	private Source source(FigureForm form) {
		return this.sources.findById(form.getSourceId()).orElseThrow();
	}

	@Override
	protected Figure load(long id) {
		return byId(id);
	}

	@Override
	protected FigureForm toForm(Figure figure) {
		return FigureForm.from(figure);
	}

	@Override
	protected Figure newEntity(FigureForm form) {
		return new Figure(SubjectKey.parse(form.getSubject()), indicator(form), form.number(), form.getValueAsWritten(),
				form.getKind(), source(form), form.getQuote());
	}

	@Override
	protected void applyForm(Figure figure, FigureForm form) {
		figure.apply(form, indicator(form), source(form));
	}

	@Override
	protected String displayName(Figure figure) {
		return figure.getLabel();
	}

	@Override
	protected long idOf(Figure figure) {
		return figure.getId();
	}

	@Override
	protected void store(Figure figure) {
		this.figures.saveAndFlush(figure);
	}

	@Override
	protected List<String> references(Figure figure) {
		// Its dispute notes go with it (the database cascades them); the dispute itself stays.
		return List.of();
	}

	@Override
	protected void remove(Figure figure) {
		this.figures.delete(figure);
		this.figures.flush();
	}

}
