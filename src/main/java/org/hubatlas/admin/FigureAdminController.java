package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.hubatlas.audit.AdminEditorController;
import org.hubatlas.common.Labelled;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.source.Figure;
import org.hubatlas.source.FigureForm;
import org.hubatlas.source.FigureKind;
import org.hubatlas.source.FigureService;
import org.hubatlas.source.Indicator;
import org.hubatlas.source.Qualifier;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Key figures are edited here, on the top floor, because their subject can be any hub, company, institution or incentive. */
@Controller
@RequestMapping("/admin/figures")
class FigureAdminController extends AdminEditorController<FigureForm> {

	private final FigureService figures;

	private final SubjectChoices choices;

	FigureAdminController(FigureService figures, SubjectChoices choices, RevisionService revisions,
			Validator validator) {
		super(figures, revisions, validator, "/admin/figures", "admin/figure", FigureService.TYPE);
		this.figures = figures;
		this.choices = choices;
	}

	@Override
	protected FigureForm emptyForm() {
		return new FigureForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("subjects", this.choices.subjects());
		model.addAttribute("sources", this.choices.sources());
		model.addAttribute("indicators", indicators());
		model.addAttribute("qualifiers", Qualifier.values());
		model.addAttribute("kinds", FigureKind.values());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void addListDetails(Model model, Page<?> page) {
		model.addAttribute("subjectNames", this.figures.subjectNames((java.util.List<Figure>) page.getContent()));
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("qualifier", Labelled.labels(Qualifier.class), "kind", Labelled.labels(FigureKind.class),
				"indicatorId", indicators(), "subject", this.choices.subjectNames(), "sourceId", this.choices.sources());
	}

	@Override
	protected String publicUrl(long id) {
		return "/sources/" + this.figures.byId(id).getSource().getId();
	}

	private Map<String, String> indicators() {
		Map<String, String> indicators = new LinkedHashMap<>();
		for (Indicator indicator : this.figures.indicators()) {
			indicators.put(String.valueOf(indicator.getId()), indicator.getName() + " (" + indicator.getUnit() + ")");
		}
		return indicators;
	}

}
