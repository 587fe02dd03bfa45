package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyService;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceService;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Component;

/** The choices of the figure and citation forms: every record a figure or statement can be about, and the sources. */
@Component
class SubjectChoices {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final SourceService sources;

	SubjectChoices(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, SourceService sources) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.sources = sources;
	}

	/** Subject keys ("city:3") by label, grouped by kind for the select's option groups. */
	Map<String, Map<String, String>> subjects() {
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		Map<String, String> hubs = new LinkedHashMap<>();
		for (City city : this.cities.all()) {
			hubs.put("city:" + city.getId(), city.getName());
		}
		groups.put("Hubs", hubs);
		Map<String, String> companyOptions = new LinkedHashMap<>();
		for (Company company : this.companies.list(null, null)) {
			companyOptions.put("company:" + company.getId(), company.getName());
		}
		groups.put("Companies", companyOptions);
		Map<String, String> universityOptions = new LinkedHashMap<>();
		for (University university : this.universities.list(null)) {
			universityOptions.put("university:" + university.getId(), university.getName());
		}
		groups.put("Universities and institutes", universityOptions);
		Map<String, String> incentiveOptions = new LinkedHashMap<>();
		for (Incentive incentive : this.incentives.list(null, null)) {
			incentiveOptions.put("incentive:" + incentive.getId(), incentive.getTitle());
		}
		groups.put("Incentives", incentiveOptions);
		return groups;
	}

	/** Subject key to name, all kinds together. */
	Map<String, String> subjectNames() {
		Map<String, String> names = new LinkedHashMap<>();
		subjects().values().forEach(names::putAll);
		return names;
	}

	Map<String, String> sources() {
		Map<String, String> options = new LinkedHashMap<>();
		for (Source source : this.sources.all()) {
			options.put(String.valueOf(source.getId()), source.getShortName() + ", " + source.getShortDate() + " \u2013 "
					+ source.getTitle());
		}
		return options;
	}

}
