package org.hubatlas.company;

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
@RequestMapping("/admin/companies")
class CompanyAdminController extends AdminEditorController<CompanyForm> {

	private final CompanyService companies;

	private final CityService cities;

	CompanyAdminController(CompanyService companies, CityService cities, RevisionService revisions,
			Validator validator) {
		super(companies, revisions, validator, "/admin/companies", "admin/company", CompanyService.TYPE);
		this.companies = companies;
		this.cities = cities;
	}

	@Override
	protected CompanyForm emptyForm() {
		return new CompanyForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("kinds", CompanyKind.values());
		model.addAttribute("hubs", hubs());
	}

	@Override
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of("kind", Labelled.labels(CompanyKind.class), "hqCityId", hubs(), "presenceCityIds", hubs());
	}

	@Override
	protected String publicUrl(long id) {
		return "/companies/" + this.companies.byId(id).getSlug();
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
