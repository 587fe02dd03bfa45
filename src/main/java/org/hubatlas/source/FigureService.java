package org.hubatlas.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AdminEditor;
import org.hubatlas.audit.Revision;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing key figures. */
@Service
@Transactional(readOnly = true)
public class FigureService implements AdminEditor<FigureForm> {

	public static final String TYPE = "figure";

	static final Map<String, String> SORTS = ListQuery.sorts("indicator", "indicator.name", "updated", "updatedAt");

	private final FigureRepository figures;

	private final IndicatorRepository indicators;

	private final SourceRepository sources;

	private final SubjectNames subjectNames;

	private final RevisionService revisions;

	FigureService(FigureRepository figures, IndicatorRepository indicators, SourceRepository sources,
			SubjectNames subjectNames, RevisionService revisions) {
		this.figures = figures;
		this.indicators = indicators;
		this.sources = sources;
		this.subjectNames = subjectNames;
		this.revisions = revisions;
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
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

	@Override
	public FigureForm formFor(long id) {
		return FigureForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getLabel();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
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

	@Override
	@Transactional
	public long create(FigureForm form) {
		Figure figure = new Figure(SubjectKey.parse(form.getSubject()), indicator(form), form.number(),
				form.getValueAsWritten(), form.getKind(), source(form), form.getQuote());
		figure.apply(form, indicator(form), source(form));
		this.figures.saveAndFlush(figure);
		this.revisions.record(TYPE, figure.getId(), figure.getLabel(), Revision.Action.CREATE, null,
				FigureForm.from(figure));
		return figure.getId();
	}

	@Override
	@Transactional
	public void update(long id, FigureForm form) {
		Figure figure = byId(id);
		if (form.getVersion() == null || form.getVersion() != figure.getVersion()) {
			throw new EditConflictException(FigureForm.from(figure), figure.getVersion());
		}
		change(figure, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, FigureForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(Figure figure, FigureForm form, Revision.Action action) {
		FigureForm before = FigureForm.from(figure);
		figure.apply(form, indicator(form), source(form));
		this.figures.saveAndFlush(figure);
		this.revisions.record(TYPE, figure.getId(), figure.getLabel(), action, before, FigureForm.from(figure));
	}

	/** A figure's dispute notes go with it (the database cascades them); the dispute itself stays. */
	@Override
	@Transactional
	public void delete(long id) {
		Figure figure = byId(id);
		FigureForm before = FigureForm.from(figure);
		this.figures.delete(figure);
		this.figures.flush();
		this.revisions.record(TYPE, id, figure.getLabel(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private Indicator indicator(FigureForm form) {
		return this.indicators.findById(form.getIndicatorId()).orElseThrow();
	}

	private Source source(FigureForm form) {
		return this.sources.findById(form.getSourceId()).orElseThrow();
	}

}
