package org.hubatlas.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.compare.BarChart;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.Indicator;
import org.hubatlas.ranking.IndicatorRanking.Entry;
import org.hubatlas.ranking.IndicatorRanking.Group;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings by indicator, in four queries whatever the number of hubs: the indicator, its
 * figures with their sources, the hubs they are about, and their disputes. Figures rank
 * together only when they are the same kind (actual or target), count the same thing
 * (definition) and are at most two years apart; each hub ranks with its newest figure.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorRankingService {

	static final int MAX_YEAR_GAP = 2;

	private final FigureService figures;

	private final CityService cities;

	private final DisputeService disputes;

	IndicatorRankingService(FigureService figures, CityService cities, DisputeService disputes) {
		this.figures = figures;
		this.cities = cities;
		this.disputes = disputes;
	}

	/** The indicators with figures about hubs, and how many hubs have one. */
	public record IndicatorSummary(Indicator indicator, long hubs) {
	}

	public List<IndicatorSummary> catalogue() {
		Map<Long, Long> counts = this.figures.hubCountsByIndicator();
		return this.figures.indicators()
			.stream()
			.filter((i) -> counts.containsKey(i.getId()))
			.map((i) -> new IndicatorSummary(i, counts.get(i.getId())))
			.toList();
	}

	/**
	 * The chart shows the leading hubs only: more bars than this are no longer readable.
	 */
	static final int CHART_BARS = 30;

	public IndicatorRanking ranking(String code) {
		Indicator indicator = this.figures.indicator(code).orElseThrow(() -> new NotFoundException("indicator", code));
		List<Figure> all = this.figures.forIndicatorAboutHubs(code);
		Map<Long, City> hubs = new HashMap<>();
		this.cities.byIds(all.stream().map((f) -> f.getSubject().getCityId()).distinct().toList())
			.forEach((c) -> hubs.put(c.getId(), c));
		Disputes disputes = this.disputes
			.disputes(new DisputeQuery().figures(all.stream().map(Figure::getId).toList()));
		List<Group> groups = group(indicator, all, hubs);
		Group main = groups.isEmpty() ? null : groups.get(0);
		BarChart chart = (main == null || !main.ranked()) ? null
				: BarChart.of("chart-" + code, indicator.getName(), indicator.getUnit(),
						main.entries()
							.stream()
							.limit(CHART_BARS)
							.map((e) -> InterfaceText.name(e.hub().getName(), e.hub().getNameZh()))
							.toList(),
						main.entries().stream().limit(CHART_BARS).map((e) -> e.figure().getValueAsWritten()).toList(),
						main.entries().stream().limit(CHART_BARS).map((e) -> e.figure().getValueNumeric()).toList(),
						null);
		return new IndicatorRanking(indicator, groups, chart, disputes);
	}

	/**
	 * Splits the figures into the ranked group and the groups that stand apart, each
	 * saying why.
	 */
	static List<Group> group(Indicator indicator, List<Figure> all, Map<Long, City> hubs) {
		Map<String, List<Figure>> byKind = new LinkedHashMap<>();
		for (Figure figure : all) {
			byKind.computeIfAbsent(kindKey(figure), (k) -> new ArrayList<>()).add(figure);
		}
		// The ranked group is the kind of figure most hubs have; ties go to actual values
		// counted as defined.
		String mainKey = byKind.entrySet()
			.stream()
			.max(Comparator.<Map.Entry<String, List<Figure>>>comparingLong((e) -> hubsIn(e.getValue()))
				.thenComparing((e) -> e.getKey().startsWith("actual|"))
				.thenComparing((e) -> e.getKey().endsWith("|")))
			.map(Map.Entry::getKey)
			.orElse(null);
		List<Group> groups = new ArrayList<>();
		if (mainKey == null) {
			return groups;
		}
		List<Figure> newestPerHub = new ArrayList<>();
		List<Figure> earlier = new ArrayList<>();
		Map<Long, Figure> newest = new LinkedHashMap<>();
		for (Figure figure : byKind.get(mainKey)) {
			newest.merge(figure.getSubject().getCityId(), figure,
					(a, b) -> (year(b) > year(a) || (year(b) == year(a) && b.getId() > a.getId())) ? b : a);
		}
		for (Figure figure : byKind.get(mainKey)) {
			(newest.containsValue(figure) ? newestPerHub : earlier).add(figure);
		}
		int latest = newestPerHub.stream().mapToInt(IndicatorRankingService::year).max().orElse(0);
		List<Figure> ranked = newestPerHub.stream().filter((f) -> year(f) >= latest - MAX_YEAR_GAP).toList();
		List<Figure> older = newestPerHub.stream().filter((f) -> year(f) < latest - MAX_YEAR_GAP).toList();
		boolean canRank = ranked.size() > 1;
		groups.add(new Group(title(mainKey),
				canRank ? null
						: InterfaceText.message("ranking.reason.onlyOne",
								"Only one hub has a figure that can be ranked."),
				canRank, rank(indicator, ranked, hubs, canRank)));
		if (!older.isEmpty()) {
			groups.add(new Group(InterfaceText.message("ranking.group.older", "Older figures"),
					InterfaceText.message("ranking.reason.older",
							"More than {0} years before the newest ({1}), so not ranked with it.", MAX_YEAR_GAP,
							String.valueOf(latest)),
					false, rank(indicator, older, hubs, false)));
		}
		if (!earlier.isEmpty()) {
			groups.add(new Group(InterfaceText.message("ranking.group.earlier", "Earlier figures for the same hubs"),
					InterfaceText.message("ranking.reason.earlier",
							"Each hub ranks with its newest figure; these came before it."),
					false, rank(indicator, earlier, hubs, false)));
		}
		byKind.forEach((key, figures) -> {
			if (!key.equals(mainKey)) {
				groups.add(
						new Group(title(key), reasonApart(key, mainKey), false, rank(indicator, figures, hubs, false)));
			}
		});
		return groups;
	}

	private static long hubsIn(List<Figure> figures) {
		return figures.stream().map((f) -> f.getSubject().getCityId()).distinct().count();
	}

	private static String kindKey(Figure figure) {
		return ((figure.getKind() == FigureKind.TARGET) ? "target" : "actual") + "|"
				+ Objects.requireNonNullElse(figure.getIndicator().definitionGroup(figure.getDefinition()), "");
	}

	private static String title(String key) {
		String definition = key.substring(key.indexOf('|') + 1);
		String kind = key.startsWith("target|") ? InterfaceText.message("ranking.group.targets", "Targets")
				: InterfaceText.message("ranking.group.reported", "Reported values");
		return definition.isEmpty() ? kind : kind + " \u2014 counted as: " + definition;
	}

	private static String reasonApart(String key, String mainKey) {
		if (key.startsWith("target|") != mainKey.startsWith("target|")) {
			return key.startsWith("target|")
					? InterfaceText.message("ranking.reason.targets", "Targets are not ranked against reported values.")
					: InterfaceText.message("ranking.reason.reported",
							"Reported values are not ranked against targets.");
		}
		return InterfaceText.message("ranking.reason.counted",
				"Counted differently from the ranked figures, so not ranked with them.");
	}

	private static int year(Figure figure) {
		Integer year = figure.getEffectiveYear();
		return (year != null) ? year : 0;
	}

	private static List<Entry> rank(Indicator indicator, List<Figure> figures, Map<Long, City> hubs, boolean ranked) {
		Comparator<Figure> byValue = Comparator.comparing(Figure::getValueNumeric,
				Comparator.nullsLast(indicator.isHigherIsBetter() ? Comparator.<BigDecimal>reverseOrder()
						: Comparator.<BigDecimal>naturalOrder()));
		List<Figure> sorted = figures.stream()
			.sorted(byValue.thenComparing((f) -> hubs.get(f.getSubject().getCityId()).getName()))
			.toList();
		List<Entry> entries = new ArrayList<>();
		Integer rank = null;
		BigDecimal previous = null;
		for (int i = 0; i < sorted.size(); i++) {
			Figure figure = sorted.get(i);
			if (ranked) {
				BigDecimal value = figure.getValueNumeric();
				if (previous == null || value == null || value.compareTo(previous) != 0) {
					rank = i + 1;
				}
				previous = value;
			}
			entries.add(new Entry(ranked ? rank : null, hubs.get(figure.getSubject().getCityId()), figure));
		}
		return entries;
	}

}
