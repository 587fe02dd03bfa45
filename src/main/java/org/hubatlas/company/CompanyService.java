package org.hubatlas.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AdminEditor;
import org.hubatlas.audit.Revision;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.StillReferencedException;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Subject;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CompanyService implements AdminEditor<CompanyForm> {

	static final String TYPE = "company";

	private final CompanyRepository companies;

	private final CityService cities;

	private final ProvenanceService provenance;

	private final RevisionService revisions;

	CompanyService(CompanyRepository companies, CityService cities, ProvenanceService provenance,
			RevisionService revisions) {
		this.companies = companies;
		this.cities = cities;
		this.provenance = provenance;
		this.revisions = revisions;
	}

	/** The company with its headquarters and sectors loaded; 404 when the slug is unknown. */
	public Company get(String slug) {
		return this.companies.findBySlugWithDetails(slug).orElseThrow(() -> new NotFoundException("company", slug));
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

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Company> page(ListQuery query) {
		return this.companies.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Company byId(long id) {
		return this.companies.findByIdWithDetails(id)
			.orElseThrow(() -> new NotFoundException("company", String.valueOf(id)));
	}

	@Override
	public CompanyForm formFor(long id) {
		return CompanyForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getName();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
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
	}

	@Override
	@Transactional
	public long create(CompanyForm form) {
		Company company = new Company(form.getSlug(), form.getName(), form.getKind());
		company.apply(form, hq(form));
		this.companies.saveAndFlush(company);
		this.revisions.record(TYPE, company.getId(), company.getName(), Revision.Action.CREATE, null,
				CompanyForm.from(company));
		return company.getId();
	}

	/** Saves the form unless the record changed since the form was loaded: then nothing is written. */
	@Override
	@Transactional
	public void update(long id, CompanyForm form) {
		Company company = byId(id);
		if (form.getVersion() == null || form.getVersion() != company.getVersion()) {
			throw new EditConflictException(CompanyForm.from(company), company.getVersion());
		}
		change(company, form, Revision.Action.UPDATE);
	}

	/** Puts back the values of an earlier revision; the restore is itself recorded. */
	@Override
	@Transactional
	public void restore(long id, CompanyForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(Company company, CompanyForm form, Revision.Action action) {
		CompanyForm before = CompanyForm.from(company);
		company.apply(form, hq(form));
		this.companies.saveAndFlush(company);
		this.revisions.record(TYPE, company.getId(), company.getName(), action, before, CompanyForm.from(company));
	}

	/** Refuses while figures, statements, disputes or institutions point at the company; its own ties go with it. */
	@Override
	@Transactional
	public void delete(long id) {
		Company company = byId(id);
		List<String> references = new ArrayList<>(this.provenance.referencesTo(Subject.company(id)));
		this.companies.findTiedInstitutionNames(id).forEach((name) -> references.add("Institution: " + name));
		if (!references.isEmpty()) {
			throw new StillReferencedException(company.getName(), references);
		}
		CompanyForm before = CompanyForm.from(company);
		this.companies.deletePresences(id);
		this.companies.delete(company);
		this.companies.flush();
		this.revisions.record(TYPE, id, company.getName(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private City hq(CompanyForm form) {
		return (form.getHqCityId() != null) ? this.cities.byIds(List.of(form.getHqCityId())).get(0) : null;
	}

	public long count() {
		return this.companies.count();
	}

}
