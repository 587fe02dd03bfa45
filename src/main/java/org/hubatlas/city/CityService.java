package org.hubatlas.city;

import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
@Transactional(readOnly = true)
public class CityService extends AbstractAdminEditor<City, CityForm> {

	static final String TYPE = "city";

	static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final CityRepository cities;

	CityService(CityRepository cities, RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.cities = cities;
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
	public Page<City> page(ListQuery query) {
		return this.cities.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public City byId(long id) {
		return this.cities.findByIdWithParent(id).orElseThrow(() -> new NotFoundException("hub", String.valueOf(id)));
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
	protected City load(long id) {
		return byId(id);
	}

	@Override
	protected CityForm toForm(City city) {
		return CityForm.from(city);
	}

	@Override
	protected City newEntity(CityForm form) {
		return new City(form.getSlug(), form.getName(), form.getLevel());
	}

	@Override
	protected void applyForm(City city, CityForm form) {
		city.apply(form, (form.getParentId() != null) ? byId(form.getParentId()) : null);
	}

	@Override
	protected String displayName(City city) {
		return city.getName();
	}

	@Override
	protected long idOf(City city) {
		return city.getId();
	}

	@Override
	protected void store(City city) {
		this.cities.saveAndFlush(city);
	}

	@Override
	protected List<String> references(City city) {
		// Sub-areas, companies, institutions, incentives, figures, statements and disputes pointing here.
		return this.cities.findReferenceDescriptions(city.getId());
	}

	@Override
	protected void remove(City city) {
		this.cities.delete(city);
		this.cities.flush();
	}

}
