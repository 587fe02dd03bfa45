package org.hubatlas.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.EditableType;
import org.hubatlas.editing.FormChoices;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit the indicator catalogue that comparison rows and rankings line
 * up by.
 */
@Component
class IndicatorEditing implements EditableType<Indicator, IndicatorForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("order", "sortOrder", "name", "name", "updated",
			"updatedAt");

	private final IndicatorRepository indicators;

	private final FigureRepository figures;

	IndicatorEditing(IndicatorRepository indicators, FigureRepository figures) {
		this.indicators = indicators;
		this.figures = figures;
	}

	@Override
	public String type() {
		return "indicator";
	}

	@Override
	public String what() {
		return "indicator";
	}

	@Override
	public IndicatorForm emptyForm() {
		IndicatorForm form = new IndicatorForm();
		form.setHigherIsBetter(true);
		form.setSortOrder(500);
		return form;
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Indicator> page(ListQuery query) {
		return this.indicators.findAdminPage(query.like(), query.pageable(SORTS));
	}

	@Override
	public Optional<Indicator> find(long id) {
		return this.indicators.findById(id);
	}

	@Override
	public IndicatorForm toForm(Indicator indicator) {
		return IndicatorForm.from(indicator);
	}

	@Override
	public Indicator newEntity(IndicatorForm form) {
		return new Indicator(form.getCode(), form.getName(), form.getUnit(), form.isHigherIsBetter(),
				form.getDefinition(), form.getSortOrder());
	}

	@Override
	public void apply(Indicator indicator, IndicatorForm form) {
		indicator.apply(form);
	}

	@Override
	public void save(Indicator indicator) {
		this.indicators.saveAndFlush(indicator);
	}

	@Override
	public void check(IndicatorForm form, Long id, Errors errors) {
		if (form.getCode() != null && !errors.hasFieldErrors("code") && this.indicators.codeTaken(form.getCode(), id)) {
			errors.rejectValue("code", "valid.anotherIndicatorAlreadyHasThis",
					"Another indicator already has this key.");
		}
	}

	@Override
	public String nameOf(Indicator indicator) {
		return indicator.getName();
	}

	@Override
	public String publicUrl(Indicator indicator) {
		return "/indicators/" + indicator.getCode();
	}

	/** Figures measured by it: they must move to another indicator or go first. */
	@Override
	public List<String> references(Indicator indicator) {
		long count = this.figures.countByIndicator(indicator.getId());
		return (count == 0) ? List.of()
				: List.of(count + ((count == 1) ? " figure is" : " figures are") + " measured by it");
	}

	@Override
	public void delete(Indicator indicator) {
		this.indicators.delete(indicator);
		this.indicators.flush();
	}

	@Override
	public FormChoices choices() {
		return FormChoices.none();
	}

}
