package org.hubatlas.company;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit companies, with the hubs they are present in besides their
 * headquarters.
 */
@Component
record CompanyEditing(CompanyRepository companies, CompanyPresenceRepository presences, CityService cities,
		SubjectDirectory subjects) implements RecordKind<Company, CompanyForm> {

	/** Where a record of this kind is edited, before its id. */
	static final String PAGE = "/admin/companies/";

	@Override
	public Description<Company, CompanyForm> description() {
		return new Description<>("company", "companies", "company", CompanyForm.class,
				"name slug nameZh kind foundedYear hqCityId | presenceCityIds | locationNote | sectors | summary:5 | summaryZh:4",
				this.companies, BY_NAME, Company::getName, (company) -> pageOf(company.getSlug()), null);
	}

	@Override
	public String pageOf(String slug) {
		return "/companies/" + slug;
	}

	@Override
	public ListTable table(List<Company> companies) {
		return ListTable.of(companies, "field.city.name", "name", this::shownName)
			.column("field.company.kind", null, (c) -> c.getKind().label())
			.column("company.list.headquarters", null,
					(c) -> (c.getHqCity() != null) ? c.getHqCity().shownName() : null)
			.table();
	}

	@Override
	public Optional<Company> find(long id) {
		return this.companies.findByIdWithDetails(id);
	}

	@Override
	public CompanyForm toForm(Company company) {
		return CompanyForm.from(company,
				this.companies.findPresencesOf(company.getId())
					.stream()
					.map((p) -> p.getCity().getId())
					.sorted()
					.toList());
	}

	@Override
	public Company write(Company company, CompanyForm form) {
		Company target = (company != null) ? company : new Company(form.slug(), form.name(), form.kind());
		City hq = (form.hqCityId() != null) ? this.cities.byIds(List.of(form.hqCityId())).get(0) : null;
		target.edit(form.slug(), form.name(), form.nameZh(), form.kind(), form.foundedYear(), hq, form.locationNote(),
				form.summary(), form.summaryZh(), form.sectorSet());
		Company saved = this.companies.save(target);
		writePresences(saved, form.presenceCityIds());
		return saved;
	}

	/**
	 * The hubs where the company is present besides its headquarters; a kept tie keeps
	 * its wording.
	 */
	private void writePresences(Company company, List<Long> presenceCityIds) {
		List<Long> wanted = presenceCityIds.stream().distinct().toList();
		this.companies.deletePresencesExcept(company.getId(), wanted.isEmpty() ? List.of(-1L) : wanted);
		Set<Long> present = new HashSet<>();
		this.companies.findPresencesOf(company.getId()).forEach((p) -> present.add(p.getCity().getId()));
		for (City city : this.cities.byIds(wanted)) {
			if (!present.contains(city.getId())) {
				this.presences.save(new CompanyPresence(company, city, "present"));
			}
		}
	}

	/**
	 * The hubs exist, and the company was not founded in the future.
	 */
	@Override
	public void check(CompanyForm form, Long id, Errors errors) {
		int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
		if (form.foundedYear() != null && !errors.hasFieldErrors("foundedYear") && form.foundedYear() > thisYear) {
			errors.rejectValue("foundedYear", "valid.foundedInTheFuture", new Object[] { thisYear },
					"A company cannot have been founded after " + thisYear + ".");
		}
		// Two records of one company split what the sources say of it.
		if (form.name() != null && !errors.hasFieldErrors("name") && this.companies.nameTaken(form.name(), id)) {
			errors.rejectValue("name", "valid.anotherCompanyHasThisName",
					"Another company already has this name: edit that one, or name this one apart.");
		}
		if (form.hqCityId() != null && this.cities.byIds(List.of(form.hqCityId())).isEmpty()) {
			errors.rejectValue("hqCityId", "valid.chooseAHubFromThe", "Choose a hub from the list.");
		}
		List<Long> presences = form.presenceCityIds().stream().distinct().toList();
		// A blank entry of the list (whitespace where an id belongs) is no hub either.
		if (presences.contains(null)
				|| (!presences.isEmpty() && this.cities.byIds(presences).size() != presences.size())) {
			errors.rejectValue("presenceCityIds", "valid.chooseHubsFromTheList", "Choose hubs from the list.");
		}
	}

	/**
	 * Figures, statements, disputes and institutions pointing at the company; its own
	 * ties to hubs go with it.
	 */
	@Override
	public List<Reference> references(Company company) {
		return this.subjects.referencesTo(Subject.company(company.getId()));
	}

	@Override
	public void delete(Company company) {
		// Through the persistence context, which holds them since the form was read: a
		// bulk delete would leave them there, pointing at a removed company.
		this.presences.deleteAll(this.companies.findPresencesOf(company.getId()));
		this.companies.delete(company);
		this.companies.flush();
	}

	@Override
	public FormChoices choices() {
		Map<String, String> hubs = this.cities.choices();
		return FormChoices.of(CompanyForm.class, Map.of("hqCityId", hubs, "presenceCityIds", hubs));
	}

}
