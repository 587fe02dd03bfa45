package org.hubatlas.admin;

import java.util.Map;

import jakarta.validation.Validator;

import org.hubatlas.audit.AdminEditorController;
import org.hubatlas.common.Labelled;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.source.Citation;
import org.hubatlas.source.CitationForm;
import org.hubatlas.source.CitationService;
import org.hubatlas.source.Nature;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Statements are edited here, on the top floor, because their subject can be any hub, company, institution or incentive. */
@Controller
@RequestMapping("/admin/citations")
class CitationAdminController extends AdminEditorController<CitationForm> {

	private final CitationService citations;

	private final SubjectChoices choices;

	CitationAdminController(CitationService citations, SubjectChoices choices, RevisionService revisions,
			Validator validator) {
		super(citations, revisions, validator, "/admin/citations", "admin/citation", CitationService.TYPE);
		this.citations = citations;
		this.choices = choices;
	}

	@Override
	protected CitationForm emptyForm() {
		return new CitationForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("subjects", this.choices.subjects());
		model.addAttribute("sources", this.choices.sources());
		model.addAttribute("natures", Nature.values());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void addListDetails(Model model, Page<?> page) {
		model.addAttribute("subjectNames", this.citations.subjectNames((java.util.List<Citation>) page.getContent()));
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("nature", Labelled.labels(Nature.class), "subject", this.choices.subjectNames(), "sourceId", this.choices.sources());
	}

	@Override
	protected String publicUrl(long id) {
		return "/sources/" + this.citations.byId(id).getSource().getId();
	}

}
