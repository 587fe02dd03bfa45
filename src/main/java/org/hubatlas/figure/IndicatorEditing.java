package org.hubatlas.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit the indicator catalogue that comparison rows and rankings line
 * up by.
 */
@Component
record IndicatorEditing(IndicatorRepository indicators, FigureRepository figures,
		IndicatorDefinitionRepository definitions) implements RecordKind<Indicator, IndicatorForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("order", "sortOrder", "name", "name", "updated",
			"updatedAt");

	@Override
	public Description<Indicator, IndicatorForm> description() {
		return new Description<>("indicator", "indicators", "indicator", IndicatorForm.class,
				"name nameZh code unit unitZh sortOrder | higherIsBetter | definition:3 | definitionZh:3 | definitions:6",
				this.indicators, SORTS, Indicator::getName, (indicator) -> pageOf(indicator.getCode()), null);
	}

	@Override
	public String pageOf(String code) {
		return "/indicators/" + code;
	}

	@Override
	public IndicatorForm emptyForm() {
		return IndicatorForm.empty();
	}

	@Override
	public ListTable table(List<Indicator> indicators) {
		return ListTable.of(indicators, "field.city.name", "name", this::shownName)
			.column("field.indicator.unit", null, (indicator) -> indicator.getUnitShown().text())
			.column("field.indicator.sortOrder", "order", Indicator::getSortOrder)
			.table();
	}

	@Override
	public IndicatorForm toForm(Indicator indicator) {
		return IndicatorForm.from(indicator, this.definitions.findForIndicator(indicator.getId()));
	}

	@Override
	public Indicator write(Indicator indicator, IndicatorForm form) {
		Indicator target = (indicator != null) ? indicator : new Indicator(form.code(), form.name(), form.unit(),
				form.higherIsBetter(), form.definition(), form.sortOrder());
		target.edit(form.code(), form.nameZh(), form.name(), form.unit(), form.higherIsBetter(), form.definition(),
				form.sortOrder());
		target.editChinese(form.unitZh(), form.definitionZh());
		this.indicators.save(target);
		writeDefinitions(target, form);
		return target;
	}

	/**
	 * The definitions as the form lists them: new keys are added, labels changed, and
	 * keys no longer listed removed (the check has made sure no figure names them).
	 */
	private void writeDefinitions(Indicator indicator, IndicatorForm form) {
		Map<String, IndicatorDefinition> held = new HashMap<>();
		this.definitions.findForIndicator(indicator.getId()).forEach((d) -> held.put(d.getKey(), d));
		List<DefinitionLines.Line> lines = DefinitionLines.parse(form.definitions());
		for (int i = 0; i < lines.size(); i++) {
			DefinitionLines.Line line = lines.get(i);
			IndicatorDefinition definition = held.remove(line.key());
			if (definition == null) {
				this.definitions.save(new IndicatorDefinition(indicator, line.key(), line.label(), line.labelZh(),
						line.countsAs(), i));
			}
			else if (!definition.says(line.label(), line.labelZh(), line.countsAs(), i)) {
				definition.apply(line.label(), line.labelZh(), line.countsAs(), i);
			}
		}
		this.definitions.deleteAll(held.values());
		this.definitions.flush();
	}

	@Override
	public void check(IndicatorForm form, Long id, Errors errors) {
		List<DefinitionLines.Line> lines = DefinitionLines.parse(form.definitions());
		DefinitionLines.Problem problem = DefinitionLines.problem(lines);
		if (problem != null && !errors.hasFieldErrors("definitions")) {
			errors.rejectValue("definitions", problem.code(), problem.args(), problem.english());
		}
		else if (id != null && !errors.hasFieldErrors("definitions")) {
			Set<String> kept = new HashSet<>();
			lines.forEach((line) -> kept.add(line.key()));
			for (IndicatorDefinition held : this.definitions.findForIndicator(id)) {
				long used = this.definitions.countFigures(held.getId());
				if (!kept.contains(held.getKey()) && used > 0) {
					errors.rejectValue("definitions", "valid.definitionInUse", new Object[] { held.getKey(), used },
							"\u201c{0}\u201d cannot go: {1,choice,1#one figure counts|1<{1,number,integer} figures count} by it. Give them another definition first.");
					break;
				}
			}
		}
		// Every figure's number is in the unit: another unit would change what each
		// means.
		Indicator held = (id != null && form.unit() != null && !errors.hasFieldErrors("unit"))
				? this.indicators.findById(id).orElse(null) : null;
		if (held != null && !form.unit().equals(held.getUnit())) {
			long measured = this.figures.countByIndicatorId(id);
			if (measured > 0) {
				errors.rejectValue("unit", "valid.unitInUse", new Object[] { held.getUnit(), measured },
						"{1,choice,0#No figure is|1#One figure is|1<{1,number,integer} figures are} measured in \u201c{0}\u201d: another "
								+ "unit would change what each number means. Move them to another indicator first.");
			}
		}
	}

	/** Figures measured by it: they must move to another indicator or go first. */
	@Override
	public List<Reference> references(Indicator indicator) {
		return this.figures.findForIndicator(indicator.getId())
			.stream()
			.map((figure) -> new Reference(
					InterfaceText.message("references.measuredFigures", "Figures measured by it"),
					InterfaceText.message("references.measuredFigure", "{0} ({1})", FigureText.of(figure),
							figure.getSource().getShortTitle()),
					"/admin/figures/" + figure.getId()))
			.toList();
	}

}
