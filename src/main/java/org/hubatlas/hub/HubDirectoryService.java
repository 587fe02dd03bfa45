package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.company.CityMembership;
import org.hubatlas.company.CompanyService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and headline figures for every hub in five queries, whatever the number of hubs.
 */
@Service
@Transactional(readOnly = true)
public class HubDirectoryService {

	/** How the directory can be sorted. */
	public enum SortKey {

		NAME, COMPANIES, INSTITUTIONS, INCENTIVES

	}

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final FigureService figures;

	HubDirectoryService(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, FigureService figures) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.figures = figures;
	}

	public List<HubSummary> summaries(CityLevel level, SortKey sort, boolean descending) {
		List<City> all = this.cities.all();
		Map<Long, Long> rollUpTo = new HashMap<>();
		Map<Long, List<City>> children = new HashMap<>();
		for (City city : all) {
			rollUpTo.put(city.getId(), city.getId());
		}
		for (City city : all) {
			if (city.getParent() != null) {
				rollUpTo.put(city.getId(), city.getParent().getId());
				children.computeIfAbsent(city.getParent().getId(), (k) -> new ArrayList<>()).add(city);
			}
		}
		Map<Long, Set<Long>> companySets = new HashMap<>();
		for (CityMembership m : this.companies.memberships()) {
			addWithRollUp(companySets, rollUpTo, m.cityId(), m.companyId());
		}
		Map<Long, Integer> institutionCounts = new HashMap<>();
		for (UniversityService.CityInstitution u : this.universities.cityKinds()) {
			institutionCounts.merge(u.cityId(), 1, Integer::sum);
			if (!rollUpTo.get(u.cityId()).equals(u.cityId())) {
				institutionCounts.merge(rollUpTo.get(u.cityId()), 1, Integer::sum);
			}
		}
		Map<Long, Set<Long>> incentiveSets = new HashMap<>();
		for (IncentiveService.CityIncentive i : this.incentives.cityKinds()) {
			addWithRollUp(incentiveSets, rollUpTo, i.cityId(), i.incentiveId());
		}
		Map<Long, List<Figure>> figures = new HashMap<>();
		for (Figure figure : this.figures.forAllCities()) {
			figures.computeIfAbsent(figure.getSubject().getCityId(), (k) -> new ArrayList<>()).add(figure);
		}

		List<HubSummary> result = new ArrayList<>();
		for (City city : all) {
			if (level != null && city.getLevel() != level) {
				continue;
			}
			Long id = city.getId();
			result.add(new HubSummary(city, children.getOrDefault(id, List.of()),
					companySets.getOrDefault(id, Set.of()).size(), institutionCounts.getOrDefault(id, 0),
					incentiveSets.getOrDefault(id, Set.of()).size(), figures.getOrDefault(id, List.of())));
		}
		result.sort(comparator(sort, descending));
		return result;
	}

	private static void addWithRollUp(Map<Long, Set<Long>> sets, Map<Long, Long> rollUpTo, long cityId, long itemId) {
		sets.computeIfAbsent(cityId, (k) -> new HashSet<>()).add(itemId);
		Long parent = rollUpTo.get(cityId);
		if (parent != null && parent != cityId) {
			sets.computeIfAbsent(parent, (k) -> new HashSet<>()).add(itemId);
		}
	}

	private static Comparator<HubSummary> comparator(SortKey sort, boolean descending) {
		Comparator<HubSummary> byName = Comparator.comparing((HubSummary s) -> s.city().getName(),
				String.CASE_INSENSITIVE_ORDER);
		Comparator<HubSummary> primary = switch (sort) {
			case NAME -> byName;
			case COMPANIES -> Comparator.comparingInt(HubSummary::companies);
			case INSTITUTIONS -> Comparator.comparingInt(HubSummary::institutions);
			case INCENTIVES -> Comparator.comparingInt(HubSummary::incentives);
		};
		if (descending) {
			primary = primary.reversed();
		}
		return (sort == SortKey.NAME) ? primary : primary.thenComparing(byName);
	}

}
