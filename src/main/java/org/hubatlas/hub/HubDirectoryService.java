package org.hubatlas.hub;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubatlas.common.ChineseOrder;
import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.common.DataVersion;
import org.hubatlas.common.PerDataVersion;
import org.hubatlas.company.CompanyService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.HubFigurePicks;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and headline figures for every hub, worked out in a few queries once per version
 * of the data, whatever the number of hubs.
 */
@Service
@Transactional(readOnly = true)
public class HubDirectoryService {

	/** How the directory can be sorted. */
	public enum SortKey {

		NAME, COMPANIES, INSTITUTIONS, INCENTIVES, PILOT_ZONE("ai-pilot-zone"), AI_COMPANIES("ai-companies"),
		AI_INDUSTRY_OUTPUT("ai-industry-output"), COMPUTING_POWER("computing-power-intelligent");

		private final String indicator;

		SortKey() {
			this(null);
		}

		SortKey(String indicator) {
			this.indicator = indicator;
		}

		/** The indicator the key sorts by, or null for name and counts. */
		public String indicator() {
			return this.indicator;
		}

		/** The key as the address writes it: "ai-companies". */
		public String param() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final FigureService figures;

	private final PerDataVersion<List<HubSummary>> summaries;

	HubDirectoryService(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, FigureService figures, DataVersion dataVersion) {
		this.summaries = new PerDataVersion<>(dataVersion);
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.figures = figures;
	}

	public List<HubSummary> summaries(CityLevel level, SortKey sort, boolean descending) {
		return summaries(level, null, sort, descending);
	}

	/**
	 * @param pilotZone only hubs that are (true) or are not (false) national AI
	 * innovation pilot zones; null for all
	 */
	public List<HubSummary> summaries(CityLevel level, Boolean pilotZone, SortKey sort, boolean descending) {
		List<HubSummary> result = new ArrayList<>();
		for (HubSummary summary : everyHub()) {
			if ((level == null || summary.city().getLevel() == level)
					&& (pilotZone == null || summary.pilotZone() == pilotZone)) {
				result.add(summary);
			}
		}
		result.sort(comparator(sort, descending));
		return result;
	}

	/**
	 * Every hub's summary as of the data's version now: worked out once per version and
	 * shared, so the directory's many sorts, filters and pages, the home page and the
	 * downloads each cost a lookup, not a pass over every figure.
	 */
	private List<HubSummary> everyHub() {
		return this.summaries.get(this::workOut);
	}

	private List<HubSummary> workOut() {
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
		HubFigurePicks picks = this.figures.hubFigurePicks();
		// Each headline indicator's figures that rank together, by Comparability's rules
		// (worked out from keys, nothing loaded): the directory shows and sorts by these.
		Map<String, Set<Long>> rankedIds = this.figures.rankedFigureIds();
		Set<Long> ids = new HashSet<>();
		for (String code : HubSummary.HEADLINE_INDICATORS) {
			ids.addAll(rankedIds.getOrDefault(code, Set.of()));
		}
		for (City city : all) {
			ids.addAll(picks.leading(city.getId()));
			picks.newest(city.getId()).forEach((code, id) -> {
				if (HubSummary.HEADLINE_INDICATORS.contains(code)) {
					ids.add(id);
				}
			});
		}
		Map<Long, Figure> picked = new HashMap<>();
		Map<Long, List<Figure>> rankedByHub = new HashMap<>();
		for (Figure figure : this.figures.withProvenance(ids)) {
			picked.put(figure.getId(), figure);
			String code = figure.getIndicator().getCode();
			if (HubSummary.HEADLINE_INDICATORS.contains(code)
					&& rankedIds.getOrDefault(code, Set.of()).contains(figure.getId())) {
				rankedByHub.computeIfAbsent(figure.getSubject().getCityId(), (k) -> new ArrayList<>()).add(figure);
			}
		}

		List<HubSummary> result = new ArrayList<>(all.size());
		for (City city : all) {
			Long id = city.getId();
			Map<String, Figure> headline = new HashMap<>();
			Set<String> ranked = new HashSet<>();
			// A figure picked but gone by the time it is loaded (removed in between) is
			// left out; the removal has raised the data version, so this is worked out
			// again.
			picks.newest(id).forEach((code, figure) -> {
				if (HubSummary.HEADLINE_INDICATORS.contains(code) && picked.containsKey(figure)) {
					headline.put(code, picked.get(figure));
				}
			});
			for (Figure figure : rankedByHub.getOrDefault(id, List.of())) {
				headline.put(figure.getIndicator().getCode(), figure);
				ranked.add(figure.getIndicator().getCode());
			}
			result.add(new HubSummary(city, children.getOrDefault(id, List.of()), companies.count(id),
					institutions.count(id), incentives.count(id), picks.count(id),
					picks.leading(id).stream().filter(picked::containsKey).map(picked::get).toList(),
					Map.copyOf(headline), Set.copyOf(ranked)));
		}
		return List.copyOf(result);
	}

	/** The value the directory sorts by: only a figure that ranks with other hubs'. */
	private static BigDecimal value(HubSummary summary, String indicator) {
		Figure figure = "ai-pilot-zone".equals(indicator) ? summary.newest(indicator) : summary.rankedFigure(indicator);
		return (figure != null) ? figure.getValueNumeric() : null;
	}

	private static Comparator<HubSummary> comparator(SortKey sort, boolean descending) {
		// By the name the reader reads: in Chinese by its pinyin (哈尔滨 before 杭州), as a
		// Chinese list is ordered.
		Comparator<HubSummary> byName = ChineseOrder.byShownName((HubSummary s) -> s.city().getName(),
				(s) -> s.city().getNameZh());
		if (sort.indicator() != null) {
			// Hubs without a figure go last whichever the direction: "no data" is not a
			// small value.
			Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			return Comparator.comparing((HubSummary s) -> value(s, sort.indicator()), Comparator.nullsLast(values))
				.thenComparing(byName);
		}
		Comparator<HubSummary> primary = switch (sort) {
			case COMPANIES -> Comparator.comparingInt(HubSummary::companies);
			case INSTITUTIONS -> Comparator.comparingInt(HubSummary::institutions);
			case INCENTIVES -> Comparator.comparingInt(HubSummary::incentives);
			default -> byName;
		};
		if (descending) {
			primary = primary.reversed();
		}
		return (sort == SortKey.NAME) ? primary : primary.thenComparing(byName);
	}

}
