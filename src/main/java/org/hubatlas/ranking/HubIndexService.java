package org.hubatlas.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.PageOfList;
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.HubFigurePicks.Standing;
import org.hubatlas.figure.Indicator;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index with the reader's weights ({@code /index}): which indicators may be weighed,
 * the weights the address gives (or the starting ones), and the scores, read from the
 * rankings worked out once per version of the data.
 */
@Service
@Transactional(readOnly = true)
public class HubIndexService {

	/**
	 * The starting weights: a documented starting point, not a verdict. Each indicator
	 * that says something about a hub's AI industry or its research and that ranks many
	 * hubs, weighed alike.
	 */
	static final Map<String, Integer> STARTING_WEIGHTS = startingWeights();

	/** The highest weight an indicator can be given. */
	static final int MAX_WEIGHT = 10;

	/** Fewer hubs than this ranking an indicator, and it is not offered for the index. */
	static final int MIN_HUBS = 3;

	private final FigureService figures;

	private final CityService cities;

	HubIndexService(FigureService figures, CityService cities) {
		this.figures = figures;
		this.cities = cities;
	}

	private static Map<String, Integer> startingWeights() {
		Map<String, Integer> weights = new LinkedHashMap<>();
		for (String code : List.of("ai-companies", "ai-industry-output", "unicorns", "high-tech-enterprises",
				"rd-intensity", "invention-patents-per-10k", "ai-pilot-zone", "gdp")) {
			weights.put(code, 1);
		}
		return weights;
	}

	/** An indicator the reader may weigh, its weight now and how many hubs it ranks. */
	public record Choice(Indicator indicator, int weight, int hubsRanked) {
	}

	/** Scored hubs on one page of the index: every hub of the shipped data. */
	static final int PAGE_SIZE = 100;

	/**
	 * Everything the index page shows: the scores, the choices, the hubs, and the figures
	 * of the parts of the scored hubs on the page shown (none for a download); the hubs
	 * not scored beside cities (provinces, areas within a city); and whether the weights
	 * left nothing to score by (every one 0), which the page says beside the weights.
	 */
	public record IndexPage(HubIndex.Result result, List<Choice> choices, Map<Long, City> hubs,
			Map<Long, Figure> figures, boolean starting, Page<HubIndex.Score> shown, List<City> notScored,
			boolean noWeight) {

		/** Refuses weights that leave nothing to score by, where no form can say so. */
		public IndexPage requireWeight() {
			if (this.noWeight) {
				throw new BadRequestException(null, "problem.indexNoWeight",
						"Give at least one indicator a weight above 0.");
			}
			return this;
		}

		/** The weights as the address carries them, for links and downloads. */
		public String query() {
			StringBuilder query = new StringBuilder();
			for (Choice choice : this.choices) {
				if (choice.weight() > 0) {
					query.append(query.isEmpty() ? "" : "&")
						.append(choice.indicator().getCode())
						.append('=')
						.append(choice.weight());
				}
			}
			return query.toString();
		}

	}

	/**
	 * Scores the hubs with the weights the request gives by indicator code
	 * ({@code ?ai-companies=2&gdp=1}), or the starting weights when it gives none. A
	 * weight must be a whole number from 0 to {@value #MAX_WEIGHT}.
	 */
	public IndexPage index(Map<String, String> params) {
		return index(params, 0);
	}

	/**
	 * The same, with the figures behind the parts of the scored hubs on this page (from
	 * 1; 404 beyond the last), for the page that shows them; 0 for none.
	 */
	public IndexPage index(Map<String, String> params, int pageNumber) {
		Map<Long, City> hubs = new HashMap<>();
		this.cities.all().forEach((c) -> hubs.put(c.getId(), c));
		// Cities are scored beside cities: a province's totals hold its cities', an
		// area's are part of its city's, and either would stretch every city's score.
		Map<Long, List<Standing>> all = this.figures.hubFigurePicks().rankings();
		Map<Long, List<Standing>> rankings = new HashMap<>();
		List<Indicator> catalogue = this.figures.indicators();
		Map<Long, Indicator> indicators = new HashMap<>();
		catalogue.forEach((i) -> indicators.put(i.getId(), i));
		all.forEach((indicator, group) -> rankings.put(indicator, amongCities(indicators.get(indicator),
				group.stream().filter((standing) -> hubs.get(standing.hubId()).getLevel().isCity()).toList())));
		List<Indicator> offered = catalogue.stream().filter((i) -> {
			List<Standing> group = rankings.getOrDefault(i.getId(), List.of());
			return group.size() >= MIN_HUBS && group.stream().noneMatch(Standing::target);
		}).toList();
		boolean starting = offered.stream().noneMatch((i) -> params.containsKey(i.getCode()));
		List<Choice> choices = new ArrayList<>();
		List<HubIndex.Weight> weights = new ArrayList<>();
		for (Indicator indicator : offered) {
			int weight = starting ? STARTING_WEIGHTS.getOrDefault(indicator.getCode(), 0)
					: weight(indicator.getCode(), params.get(indicator.getCode()));
			choices.add(new Choice(indicator, weight, rankings.get(indicator.getId()).size()));
			weights.add(new HubIndex.Weight(indicator, weight));
		}
		boolean noWeight = weights.stream().noneMatch((w) -> w.weight() > 0);
		Set<City> notScored = new TreeSet<>(Comparator.comparing(City::getName));
		weights.stream()
			.filter((w) -> w.weight() > 0)
			.flatMap((w) -> all.get(w.indicator().getId()).stream())
			.map((standing) -> hubs.get(standing.hubId()))
			.filter((hub) -> !hub.getLevel().isCity())
			.forEach(notScored::add);
		HubIndex.Result result = HubIndex.score(weights, rankings);
		Page<HubIndex.Score> shown = (pageNumber > 0) ? PageOfList.existing(result.scored(), pageNumber, PAGE_SIZE)
				: Page.empty();
		List<Long> figureIds = new ArrayList<>();
		shown.forEach((s) -> s.parts().forEach((p) -> figureIds.add(p.standing().figureId())));
		Map<Long, Figure> figuresById = new HashMap<>();
		this.figures.withProvenance(figureIds).forEach((f) -> figuresById.put(f.getId(), f));
		return new IndexPage(result, List.copyOf(choices), hubs, figuresById, starting, shown, List.copyOf(notScored),
				noWeight);
	}

	/** Each city's standing ranked again among the cities alone, as its points are. */
	private static List<Standing> amongCities(Indicator indicator, List<Standing> cities) {
		var ranks = Comparability.ranks(cities, Standing::value, indicator.isHigherIsBetter(), Standing::hubId);
		Map<Integer, Integer> atRank = new HashMap<>();
		ranks.forEach((ranked) -> atRank.merge(ranked.rank(), 1, Integer::sum));
		return ranks.stream()
			.map((ranked) -> new Standing(ranked.item().indicatorId(), ranked.item().hubId(), ranked.item().figureId(),
					ranked.item().value(), ranked.item().target(), ranked.rank(), cities.size(),
					atRank.get(ranked.rank())))
			.toList();
	}

	private static int weight(String code, String raw) {
		if (raw == null || raw.isBlank()) {
			return 0;
		}
		try {
			int weight = Integer.parseInt(raw.trim());
			if (weight >= 0 && weight <= MAX_WEIGHT) {
				return weight;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadRequestException(code, "problem.wholeNumberFromTo",
				"The parameter ''{0}'' must be a whole number from {1} to {2}.", code, "0", String.valueOf(MAX_WEIGHT));
	}

}
