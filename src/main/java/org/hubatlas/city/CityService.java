package org.hubatlas.city;

import java.util.List;

import org.hubatlas.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CityService {

	private final CityRepository cities;

	CityService(CityRepository cities) {
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

}
