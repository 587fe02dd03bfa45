package org.hubatlas.university;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.LinkedHashMap;
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
import org.springframework.validation.Errors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UniversityService implements AdminEditor<UniversityForm> {

	static final String TYPE = "university";

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final UniversityRepository universities;

	private final CityService cities;

	private final ProvenanceService provenance;

	private final RevisionService revisions;

	UniversityService(UniversityRepository universities, CityService cities, ProvenanceService provenance,
			RevisionService revisions) {
		this.universities = universities;
		this.cities = cities;
		this.provenance = provenance;
		this.revisions = revisions;
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
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<University> page(ListQuery query) {
		return this.universities.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public University byId(long id) {
		return this.universities.findByIdWithCity(id)
			.orElseThrow(() -> new NotFoundException("university or institute", String.valueOf(id)));
	}

	@Override
	public UniversityForm formFor(long id) {
		return UniversityForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getName();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
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
	@Transactional
	public long create(UniversityForm form) {
		University university = new University(form.getSlug(), form.getName(), form.getKind());
		university.apply(form, city(form));
		this.universities.saveAndFlush(university);
		this.revisions.record(TYPE, university.getId(), university.getName(), Revision.Action.CREATE, null,
				UniversityForm.from(university));
		return university.getId();
	}

	@Override
	@Transactional
	public void update(long id, UniversityForm form) {
		University university = byId(id);
		if (form.getVersion() == null || form.getVersion() != university.getVersion()) {
			throw new EditConflictException(UniversityForm.from(university), university.getVersion());
		}
		change(university, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, UniversityForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(University university, UniversityForm form, Revision.Action action) {
		UniversityForm before = UniversityForm.from(university);
		university.apply(form, city(form));
		this.universities.saveAndFlush(university);
		this.revisions.record(TYPE, university.getId(), university.getName(), action, before,
				UniversityForm.from(university));
	}

	/** Refused while figures, statements or disputes are about it; its ties to companies go with it. */
	@Override
	@Transactional
	public void delete(long id) {
		University university = byId(id);
		List<String> references = this.provenance.referencesTo(Subject.university(id));
		if (!references.isEmpty()) {
			throw new StillReferencedException(university.getName(), references);
		}
		UniversityForm before = UniversityForm.from(university);
		this.universities.delete(university);
		this.universities.flush();
		this.revisions.record(TYPE, id, university.getName(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private City city(UniversityForm form) {
		return (form.getCityId() != null) ? this.cities.byIds(List.of(form.getCityId())).get(0) : null;
	}

}
