package org.hubatlas.university;

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
@RequestMapping("/admin/universities")
class UniversityAdminController extends AdminEditorController<UniversityForm> {

	private final UniversityService universities;

	private final CityService cities;

	UniversityAdminController(UniversityService universities, CityService cities, RevisionService revisions,
			Validator validator) {
		super(universities, revisions, validator, "/admin/universities", "admin/university", UniversityService.TYPE);
		this.universities = universities;
		this.cities = cities;
	}

	@Override
	protected UniversityForm emptyForm() {
		return new UniversityForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("kinds", UniversityKind.values());
		model.addAttribute("hubs", hubs());
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("kind", Labelled.labels(UniversityKind.class), "cityId", hubs());
	}

	@Override
	protected String publicUrl(long id) {
		return "/universities/" + this.universities.byId(id).getSlug();
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
