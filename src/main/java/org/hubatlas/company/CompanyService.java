package org.hubatlas.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Subject;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CompanyService extends AbstractAdminEditor<Company, CompanyForm> {

	static final String TYPE = "company";

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final CompanyRepository companies;

	private final CompanyPresenceRepository presences;

	private final CityService cities;

	private final ProvenanceService provenance;

	CompanyService(CompanyRepository companies, CompanyPresenceRepository presences, CityService cities,
			ProvenanceService provenance, RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.companies = companies;
		this.presences = presences;
		this.cities = cities;
		this.provenance = provenance;
	}

	/** The company with its headquarters and sectors loaded; 404 when the slug is unknown. */
	public Company get(String slug) {
		return this.companies.findBySlugWithDetails(slug).orElseThrow(() -> new NotFoundException("company", slug));
	}

	/** An institution the sources tie to a company, as its page links to it. */
	public record TiedInstitution(String slug, String name, String relation) {
	}

	public List<TiedInstitution> institutionsOf(Company company) {
		return this.companies.findTiedInstitutions(company.getId())
			.stream()
			.map((row) -> new TiedInstitution((String) row[0], (String) row[1], (String) row[2]))
			.toList();
	}

	public List<CompanyPresence> presencesOf(Company company) {
		return this.companies.findPresencesOf(company.getId());
	}

	public List<Company> list(CompanyKind kind, String sector) {
		return this.companies.findListing(kind, sector);
	}

	public List<String> sectors() {
		return this.companies.findAllSectors();
	}

	/** Companies headquartered or present in any of these hubs, one entry per company (headquarters first). */
	public List<CompanyInCity> inCities(Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return List.of();
		}
		Map<Long, CompanyInCity> byCompany = new LinkedHashMap<>();
		for (Company company : this.companies.findHeadquarteredIn(cityIds)) {
			byCompany.put(company.getId(), CompanyInCity.headquartered(company));
		}
		for (CompanyPresence presence : this.companies.findPresencesIn(cityIds)) {
			byCompany.putIfAbsent(presence.getCompany().getId(), CompanyInCity.present(presence));
		}
		List<CompanyInCity> result = new ArrayList<>(byCompany.values());
		result.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return result;
	}

	/** Every (hub, company, sector) tie, for counts across all hubs in two queries. */
	public List<CityMembership> memberships() {
		List<CityMembership> result = new ArrayList<>();
		for (Object[] row : this.companies.findHeadquarterMemberships()) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		for (Object[] row : this.companies.findPresenceMemberships()) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		return result;
	}

	/** The company records with these ids, for naming the subjects of citations in one query. */
	public java.util.List<Company> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.List.of() : this.companies.findAllById(ids);
	}

	/** The (hub, company, sector) ties of these hubs only, in two queries. */
	public List<CityMembership> memberships(Collection<Long> cityIds) {
		List<CityMembership> result = new ArrayList<>();
		if (cityIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.companies.findHeadquarterMemberships(cityIds)) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		for (Object[] row : this.companies.findPresenceMemberships(cityIds)) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		return result;
	}

	// ---- admin

	@Override
	public Page<Company> page(ListQuery query) {
		return this.companies.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Company byId(long id) {
		return this.companies.findByIdWithDetails(id)
			.orElseThrow(() -> new NotFoundException("company", String.valueOf(id)));
	}

	/** Rules that need the database: the slug is free and the headquarters hub exists. */
	@Override
	public void check(CompanyForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.companies.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another company already has this slug.");
		}
		if (form.getHqCityId() != null && this.cities.byIds(List.of(form.getHqCityId())).isEmpty()) {
			errors.rejectValue("hqCityId", "unknown", "Choose a hub from the list.");
		}
		List<Long> presences = form.getPresenceCityIds().stream().distinct().toList();
		if (!presences.isEmpty() && this.cities.byIds(presences).size() != presences.size()) {
			errors.rejectValue("presenceCityIds", "unknown", "Choose hubs from the list.");
		}
	}

	@Override
	protected Company load(long id) {
		return byId(id);
	}

	@Override
	protected CompanyForm toForm(Company company) {
		CompanyForm form = CompanyForm.from(company);
		form.setPresenceCityIds(new ArrayList<>(this.companies.findPresencesOf(company.getId())
			.stream()
			.map((p) -> p.getCity().getId())
			.sorted()
			.toList()));
		return form;
	}

	/** The hubs where the company is present besides its headquarters; a kept tie keeps its wording. */
	@Override
	protected void afterStore(Company company, CompanyForm form) {
		List<Long> wanted = form.getPresenceCityIds().stream().distinct().toList();
		this.companies.deletePresencesExcept(company.getId(), wanted.isEmpty() ? List.of(-1L) : wanted);
		java.util.Set<Long> present = new java.util.HashSet<>();
		this.companies.findPresencesOf(company.getId()).forEach((p) -> present.add(p.getCity().getId()));
		for (City city : this.cities.byIds(wanted)) {
			if (!present.contains(city.getId())) {
				this.presences.save(new CompanyPresence(company, city, "present"));
			}
		}
	}

	@Override
	protected Company newEntity(CompanyForm form) {
		return new Company(form.getSlug(), form.getName(), form.getKind());
	}

	@Override
	protected void applyForm(Company company, CompanyForm form) {
		City hq = (form.getHqCityId() != null) ? this.cities.byIds(List.of(form.getHqCityId())).get(0) : null;
		company.apply(form, hq);
	}

	@Override
	protected String displayName(Company company) {
		return company.getName();
	}

	@Override
	protected long idOf(Company company) {
		return company.getId();
	}

	@Override
	protected void store(Company company) {
		this.companies.saveAndFlush(company);
	}

	/** Figures, statements, disputes and institutions pointing at the company; its own ties go with it. */
	@Override
	protected List<String> references(Company company) {
		List<String> references = new ArrayList<>(this.provenance.referencesTo(Subject.company(company.getId())));
		this.companies.findTiedInstitutionNames(company.getId()).forEach((name) -> references.add("Institution: " + name));
		return references;
	}

	@Override
	protected void remove(Company company) {
		this.companies.deletePresences(company.getId());
		this.companies.delete(company);
		this.companies.flush();
	}

	public long count() {
		return this.companies.count();
	}

}
