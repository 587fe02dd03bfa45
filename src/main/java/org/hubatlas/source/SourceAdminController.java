package org.hubatlas.source;

import java.util.Map;
import org.hubatlas.common.Labelled;
import jakarta.validation.Validator;

import org.hubatlas.audit.AdminEditorController;
import org.hubatlas.audit.RevisionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends AdminEditorController<SourceForm> {

	SourceAdminController(SourceService sources, RevisionService revisions, Validator validator) {
		super(sources, revisions, validator, "/admin/sources", "admin/source", SourceService.TYPE);
	}

	@Override
	protected SourceForm emptyForm() {
		return new SourceForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("precisions", DatePrecision.values());
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("datePrecision", Labelled.labels(DatePrecision.class));
	}

	@Override
	protected String publicUrl(long id) {
		return "/sources/" + id;
	}

}
