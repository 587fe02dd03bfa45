package org.hubatlas.city;

import org.hubatlas.common.Labelled;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.hubatlas.audit.AdminEditorController;
import org.hubatlas.audit.RevisionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/cities")
class CityAdminController extends AdminEditorController<CityForm> {

	private final CityService cities;

	CityAdminController(CityService cities, RevisionService revisions, Validator validator) {
		super(cities, revisions, validator, "/admin/cities", "admin/city", CityService.TYPE);
		this.cities = cities;
	}

	@Override
	protected CityForm emptyForm() {
		return new CityForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("levels", CityLevel.values());
		model.addAttribute("hubs", hubs());
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("level", Labelled.labels(CityLevel.class), "parentId", hubs());
	}

	@Override
	protected String publicUrl(long id) {
		return "/cities/" + this.cities.byId(id).getSlug();
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
