package org.hubatlas.incentive;

import org.hubatlas.common.Labelled;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.hubatlas.audit.AdminEditorController;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.City;
import org.hubatlas.city.CityService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/incentives")
class IncentiveAdminController extends AdminEditorController<IncentiveForm> {

	private final IncentiveService incentives;

	private final CityService cities;

	IncentiveAdminController(IncentiveService incentives, CityService cities, RevisionService revisions,
			Validator validator) {
		super(incentives, revisions, validator, "/admin/incentives", "admin/incentive", IncentiveService.TYPE);
		this.incentives = incentives;
		this.cities = cities;
	}

	@Override
	protected IncentiveForm emptyForm() {
		return new IncentiveForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("kinds", IncentiveKind.values());
		model.addAttribute("levels", IncentiveLevel.values());
		model.addAttribute("hubs", hubs());
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("kind", Labelled.labels(IncentiveKind.class), "level", Labelled.labels(IncentiveLevel.class),
				"cityIds", hubs());
	}

	@Override
	protected String publicUrl(long id) {
		return "/incentives/" + this.incentives.byId(id).getSlug();
	}

	/** Hub id to name, for the hub select and for showing stored ids. */
	private Map<String, String> hubs() {
		Map<String, String> hubs = new LinkedHashMap<>();
		for (City city : this.cities.all()) {
			hubs.put(String.valueOf(city.getId()), city.getName());
		}
		return hubs;
	}

}
