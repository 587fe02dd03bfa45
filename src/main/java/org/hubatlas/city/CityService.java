package org.hubatlas.city;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageOfIds;
import org.hubatlas.editing.FormerAddresses;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading hubs for the pages built on them. */
@Service
@Transactional(readOnly = true)
public class CityService {

	private final CityRepository cities;

	private final FormerAddresses addresses;

	CityService(CityRepository cities, FormerAddresses addresses) {
		this.cities = cities;
		this.addresses = addresses;
	}

	/**
	 * The slug a hub has now that had this one before a rename (a link shared before it);
	 * empty where no hub had it.
	 */
	public Optional<String> slugNow(String oldSlug) {
		return this.addresses.now(PAGE + oldSlug)
			.filter((page) -> page.startsWith(PAGE))
			.map((page) -> page.substring(PAGE.length()));
	}

	/** Where a hub's page is, before its slug. */
	private static final String PAGE = "/cities/";

	/** The hub with its parent loaded; 404 when the slug is unknown. */
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

	/**
	 * Hub id (as a form value) to name, by name: the options of every hub select and the
	 * names of stored ids. Two hubs of one name (泰州 and 台州 are both "Taizhou") are told
	 * apart by their provinces.
	 */
	public Map<String, String> choices() {
		List<Object[]> rows = this.cities.findNamesOrdered()
			.stream()
			.sorted(ChineseOrder.byShownName((Object[] row) -> (String) row[1], (row) -> (String) row[2]))
			.toList();
		Map<String, Long> named = rows.stream()
			.collect(Collectors.groupingBy((row) -> InterfaceText.name((String) row[1], (String) row[2]),
					Collectors.counting()));
		Map<String, String> hubs = new LinkedHashMap<>();
		for (Object[] row : rows) {
			String name = InterfaceText.name((String) row[1], (String) row[2]);
			String province = (String) row[3];
			hubs.put(String.valueOf(row[0]), (named.get(name) > 1 && province != null && !province.isBlank())
					? InterfaceText.message("hub.nameInProvince", "{0} ({1})", name, province) : name);
		}
		return hubs;
	}

	/** The hubs with these ids in one query; ids that match nothing are absent. */
	public List<City> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.cities.findAllById(ids);
	}

	/**
	 * The hubs with these slugs, parents loaded, in one query; slugs that match nothing
	 * are simply absent.
	 */
	public List<City> bySlugs(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.cities.findBySlugsWithParent(slugs);
	}

	/** The sub-areas of all these hubs in one query. */
	public List<City> subAreasOf(Collection<Long> parentIds) {
		return parentIds.isEmpty() ? List.of() : this.cities.findChildrenOf(parentIds);
	}

	public long count() {
		return this.cities.count();
	}

	/**
	 * One page (from 1) of every hub, by name, parents loaded: two queries and a count.
	 */
	public Page<City> page(int page, int size) {
		Page<Long> ids = this.cities.findPageIds(PageRequest.of(page - 1, size));
		return PageOfIds.load(ids, this.cities::findByIdsWithParent, City::getId);
	}

}
