package org.hubatlas.university;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.Map;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.CityService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Subject;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UniversityService extends AbstractAdminEditor<University, UniversityForm> {

	static final String TYPE = "university";

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final UniversityRepository universities;

	private final CityService cities;

	private final ProvenanceService provenance;

	UniversityService(UniversityRepository universities, CityService cities, ProvenanceService provenance,
			RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.universities = universities;
		this.cities = cities;
		this.provenance = provenance;
	}

	public University get(String slug) {
		return this.universities.findBySlugWithCity(slug)
			.orElseThrow(() -> new NotFoundException("university or institute", slug));
	}

	public List<University> list(UniversityKind kind) {
		return this.universities.findListing(kind);
	}

	/** Institutions in any of these hubs, with their hub loaded. */
	public List<University> inCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.universities.findInCities(cityIds);
	}

	public List<UniversityCompanyTie> ties(University university) {
		return this.universities.findTies(university.getId());
	}

	/** One (hub id, kind) pair per institution in a hub, for counts across all hubs in one query. */
	public List<CityInstitution> cityKinds() {
		List<CityInstitution> result = new ArrayList<>();
		for (Object[] row : this.universities.findCityKinds()) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1]));
		}
		return result;
	}

	public record CityInstitution(long cityId, UniversityKind kind) {
	}

	/** The university records with these ids, for naming the subjects of citations in one query. */
	public java.util.List<University> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.List.of() : this.universities.findAllById(ids);
	}

	/** (hub id, kind) for the institutions of these hubs only, in one query. */
	public List<CityInstitution> cityKinds(Collection<Long> cityIds) {
		List<CityInstitution> result = new ArrayList<>();
		if (cityIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.universities.findCityKinds(cityIds)) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1]));
		}
		return result;
	}

	public long count() {
		return this.universities.count();
	}

	// ---- admin

	@Override
	public Page<University> page(ListQuery query) {
		return this.universities.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public University byId(long id) {
		return this.universities.findByIdWithCity(id)
			.orElseThrow(() -> new NotFoundException("university or institute", String.valueOf(id)));
	}

	@Override
	public void check(UniversityForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.universities.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another institution already has this slug.");
		}
		if (form.getCityId() != null && this.cities.byIds(List.of(form.getCityId())).isEmpty()) {
			errors.rejectValue("cityId", "unknown", "Choose a hub from the list.");
		}
	}

	@Override
	protected University load(long id) {
		return byId(id);
	}

	@Override
	protected UniversityForm toForm(University university) {
		return UniversityForm.from(university);
	}

	@Override
	protected University newEntity(UniversityForm form) {
		return new University(form.getSlug(), form.getName(), form.getKind());
	}

	@Override
	protected void applyForm(University university, UniversityForm form) {
		university.apply(form, (form.getCityId() != null) ? this.cities.byIds(List.of(form.getCityId())).get(0) : null);
	}

	@Override
	protected String displayName(University university) {
		return university.getName();
	}

	@Override
	protected long idOf(University university) {
		return university.getId();
	}

	@Override
	protected void store(University university) {
		this.universities.saveAndFlush(university);
	}

	@Override
	protected List<String> references(University university) {
		// Figures, statements and disputes about it; its ties to companies go with it.
		return this.provenance.referencesTo(Subject.university(university.getId()));
	}

	@Override
	protected void remove(University university) {
		this.universities.delete(university);
		this.universities.flush();
	}

}
