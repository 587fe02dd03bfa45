package org.hubatlas.city;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AdminEditor;
import org.hubatlas.audit.Revision;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.StillReferencedException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
@Transactional(readOnly = true)
public class CityService implements AdminEditor<CityForm> {

	static final String TYPE = "city";

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final CityRepository cities;

	private final RevisionService revisions;

	CityService(CityRepository cities, RevisionService revisions) {
		this.cities = cities;
		this.revisions = revisions;
	}

	/** The city with its parent loaded; 404 when the slug is unknown. */
	public City get(String slug) {
		return this.cities.findBySlugWithParent(slug).orElseThrow(() -> new NotFoundException("hub", slug));
	}

	public List<City> subAreas(City city) {
		return this.cities.findChildren(city.getId());
	}

	/** All hubs with their parents, by name. */
	public List<City> all() {
		return this.cities.findAllWithParent();
	}

	/** The city records with these ids, for naming the subjects of citations in one query. */
	public java.util.List<City> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.List.of() : this.cities.findAllById(ids);
	}

	/** The hubs with these slugs, parents loaded, in one query; slugs that match nothing are simply absent. */
	public List<City> bySlugs(java.util.Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.cities.findBySlugsWithParent(slugs);
	}

	/** The sub-areas of all these hubs in one query. */
	public List<City> subAreasOf(java.util.Collection<Long> parentIds) {
		return parentIds.isEmpty() ? List.of() : this.cities.findChildrenOf(parentIds);
	}

	public long count() {
		return this.cities.count();
	}

	// ---- admin

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<City> page(ListQuery query) {
		return this.cities.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public City byId(long id) {
		return this.cities.findByIdWithParent(id).orElseThrow(() -> new NotFoundException("hub", String.valueOf(id)));
	}

	@Override
	public CityForm formFor(long id) {
		return CityForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getName();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
	}

	/** The slug is free; the parent exists, is not the hub itself and is not one of its sub-areas. */
	@Override
	public void check(CityForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.cities.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another hub already has this slug.");
		}
		if (form.getParentId() != null) {
			City parent = this.cities.findByIdWithParent(form.getParentId()).orElse(null);
			if (parent == null) {
				errors.rejectValue("parentId", "unknown", "Choose a hub from the list.");
			}
			else if (id != null && (parent.getId().equals(id)
					|| (parent.getParent() != null && parent.getParent().getId().equals(id)))) {
				errors.rejectValue("parentId", "cycle", "A hub cannot be part of itself or of one of its sub-areas.");
			}
		}
	}

	@Override
	@Transactional
	public long create(CityForm form) {
		City city = new City(form.getSlug(), form.getName(), form.getLevel());
		city.apply(form, parent(form));
		this.cities.saveAndFlush(city);
		this.revisions.record(TYPE, city.getId(), city.getName(), Revision.Action.CREATE, null, CityForm.from(city));
		return city.getId();
	}

	@Override
	@Transactional
	public void update(long id, CityForm form) {
		City city = byId(id);
		if (form.getVersion() == null || form.getVersion() != city.getVersion()) {
			throw new EditConflictException(CityForm.from(city), city.getVersion());
		}
		change(city, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, CityForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(City city, CityForm form, Revision.Action action) {
		CityForm before = CityForm.from(city);
		city.apply(form, parent(form));
		this.cities.saveAndFlush(city);
		this.revisions.record(TYPE, city.getId(), city.getName(), action, before, CityForm.from(city));
	}

	/** Refused while sub-areas, companies, institutions, incentives, figures, statements or disputes point here. */
	@Override
	@Transactional
	public void delete(long id) {
		City city = byId(id);
		List<String> references = new ArrayList<>(this.cities.findReferenceDescriptions(id));
		if (!references.isEmpty()) {
			throw new StillReferencedException(city.getName(), references);
		}
		CityForm before = CityForm.from(city);
		this.cities.delete(city);
		this.cities.flush();
		this.revisions.record(TYPE, id, city.getName(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private City parent(CityForm form) {
		return (form.getParentId() != null) ? byId(form.getParentId()) : null;
	}

}
