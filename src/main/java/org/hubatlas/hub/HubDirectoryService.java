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
		Map<Long, List<City>> children = new HashMap<>();
		for (City city : all) {
			if (city.getParent() != null) {
				children.computeIfAbsent(city.getParent().getId(), (k) -> new ArrayList<>()).add(city);
			}
		}
		SubAreaRollUp companies = new SubAreaRollUp(all);
		this.companies.memberships().forEach((m) -> companies.add(m.cityId(), m.companyId()));
		SubAreaRollUp institutions = new SubAreaRollUp(all);
		this.universities.cityKinds().forEach((u) -> institutions.add(u.cityId(), u.universityId()));
		SubAreaRollUp incentives = new SubAreaRollUp(all);
		this.incentives.cityKinds().forEach((i) -> incentives.add(i.cityId(), i.incentiveId()));
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
			result.add(new HubSummary(city, children.getOrDefault(id, List.of()), companies.count(id),
					institutions.count(id), incentives.count(id), figures.getOrDefault(id, List.of())));
		}
		result.sort(comparator(sort, descending));
		return result;
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
