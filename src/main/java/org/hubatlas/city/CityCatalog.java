package org.hubatlas.city;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.subject.SubjectCatalog;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;

import org.springframework.stereotype.Component;

/** Hubs as subjects of figures, statements and disputes. */
@Component
class CityCatalog implements SubjectCatalog {

	private final CityRepository cities;

	CityCatalog(CityRepository cities) {
		this.cities = cities;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.CITY;
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		Map<Long, SubjectLink> links = new LinkedHashMap<>();
		for (City city : this.cities.findAllById(ids)) {
			links.put(city.getId(), new SubjectLink(InterfaceText.message("subject.hub", "Hub"), city.getName(),
					"/cities/" + city.getSlug()));
		}
		return links;
	}

	@Override
	public Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.cities.findNamesOrdered().forEach((row) -> names.put((Long) row[0], (String) row[1]));
		return names;
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("search.kind.hubs", "Hubs");
	}

}
