package org.hubatlas.city;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
	public Optional<String> nameOf(long id) {
		return this.cities.findById(id).map(City::shownName);
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		return SubjectCatalog.links(this.cities.findAllById(ids), InterfaceText.message("subject.hub", "Hub"),
				City::shownName, (c) -> "/cities/" + c.getSlug());
	}

	@Override
	public Map<Long, String> names() {
		return SubjectCatalog.names(this.cities.findNamesOrdered());
	}

	/** By name, address name or Chinese name. */
	@Override
	public List<Long> idsNamed(String like) {
		return this.cities.findIdsMatching(like);
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("search.kind.hubs", "Hubs");
	}

}
