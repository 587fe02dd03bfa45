package org.hubatlas.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Derived;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorDefinition;
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

	private final FigureService figures;

	private final CityService cities;

	private final DisputeService disputes;

	IndicatorRankingService(FigureService figures, CityService cities, DisputeService disputes) {
		this.figures = figures;
		this.cities = cities;
		this.disputes = disputes;
	}

	/** The indicators with figures about hubs, and how many hubs have one. */
	/**
	 * An indicator of the catalogue: how many hubs have a figure, how many rank together,
	 * and its definitions.
	 */
	public record IndicatorSummary(Indicator indicator, long hubs, int ranked, List<IndicatorDefinition> definitions) {

		/** The definitions' labels in the reader's language, for a list. */
		public String definitionLabels() {
			return String.join("; ",
					this.definitions.stream()
						.filter((d) -> !d.getKey().startsWith("as-written-"))
						.map(IndicatorDefinition::getDisplayLabel)
						.toList());
		}

	}

	public List<IndicatorSummary> catalogue() {
		Map<Long, Long> counts = this.figures.hubCountsByIndicator();
		Map<Long, Integer> ranked = this.figures.rankedHubCounts();
		Map<Long, List<IndicatorDefinition>> definitions = new HashMap<>();
		this.figures.definitions()
			.forEach((d) -> definitions.computeIfAbsent(d.getIndicator().getId(), (k) -> new ArrayList<>()).add(d));
		return this.figures.indicators()
			.stream()
			.filter((i) -> counts.containsKey(i.getId()))
			.map((i) -> new IndicatorSummary(i, counts.get(i.getId()), ranked.getOrDefault(i.getId(), 0),
					definitions.getOrDefault(i.getId(), List.of())))
			.sorted(Comparator.comparing((IndicatorSummary s) -> s.ranked() < 3)
				.thenComparing(Comparator.comparingInt(IndicatorSummary::ranked).reversed()))
			.toList();
	}

	/**
	 * The chart shows the leading hubs only: more bars than this are no longer readable.
	 */
	static final int CHART_BARS = 30;

	/**
	 * A ranking of figures Hub Atlas derives: the ranked values with the two figures each
	 * rests on, the others apart; and what it divides.
	 */
	public record DerivedRanking(Derived.Ratio ratio, Indicator numerator, Indicator denominator,
			List<Comparability.Ranked<Derived.Value>> ranked, List<Derived.Value> apart, Map<Long, City> hubs) {

		public String name() {
			return this.ratio.name(this.numerator);
		}

		/**
		 * The definition the ranked figures count by, or null where as the indicator
		 * says.
		 */
		public String countedAs() {
			return this.ranked.isEmpty() ? null : this.ranked.get(0).item().numerator().getDefinitionLabel();
		}

		public int years() {
			return this.ranked.stream().mapToInt((r) -> r.item().year()).max().orElse(0);
		}

		public int earliest() {
			return this.ranked.stream().mapToInt((r) -> r.item().year()).min().orElse(0);
		}

	}

	/**
	 * A derived indicator in the catalogue: what it divides, and how many hubs it ranks.
	 */
	public record DerivedEntry(Derived.Ratio ratio, Indicator numerator, Indicator denominator, int rankedHubs) {

		public String name() {
			return this.ratio.name(this.numerator);
		}

	}

	/**
	 * Every derived indicator with how many hubs its ranking ranks, counted once per
	 * version of the data from the figures' keys: no figure is loaded.
	 */
	public List<DerivedEntry> derivedCatalogue() {
		Map<String, Integer> counts = this.figures.hubFigurePicks().derivedRankedHubs();
		Map<String, Indicator> byCode = new HashMap<>();
		this.figures.indicators().forEach((indicator) -> byCode.put(indicator.getCode(), indicator));
		List<DerivedEntry> catalogue = new ArrayList<>();
		for (Derived.Ratio ratio : Derived.ALL) {
			Indicator numerator = byCode.get(ratio.numerator());
			Indicator denominator = byCode.get(ratio.kind().denominator());
			if (numerator != null && denominator != null) {
				catalogue.add(new DerivedEntry(ratio, numerator, denominator, counts.getOrDefault(ratio.code(), 0)));
			}
		}
		return catalogue;
	}

	/** The ranking of one derived indicator; 404 for a code that is none. */
	public DerivedRanking derived(String code) {
		Derived.Ratio ratio = Derived.byCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
		DerivedRanking ranking = derivedRanking(ratio, this.figures.derived(List.of(ratio)).get(ratio), hubsById());
		if (ranking == null) {
			throw new NotFoundException("indicator", code);
		}
		return ranking;
	}

	private Map<Long, City> hubsById() {
		Map<Long, City> hubs = new HashMap<>();
		this.cities.all().forEach((city) -> hubs.put(city.getId(), city));
		return hubs;
	}

	private DerivedRanking derivedRanking(Derived.Ratio ratio, List<Derived.Value> values, Map<Long, City> hubs) {
		Indicator numerator = this.figures.indicator(ratio.numerator()).orElse(null);
		Indicator denominator = this.figures.indicator(ratio.kind().denominator()).orElse(null);
		if (numerator == null || denominator == null) {
			return null;
		}
		List<Comparability.Ranked<Derived.Value>> ranked = Derived.rank(values);
		return new DerivedRanking(ratio, numerator, denominator, ranked, Derived.apart(values, ranked), hubs);
	}

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
		// Bars measure amounts: a year ("designated in 2019") is a date, and the table
		// says it.
		BarChart chart = (main == null || !main.ranked() || indicator.isValueAYear()) ? null : BarChart.of(
				"chart-" + code, indicator.getDisplayName(), indicator.getUnitShown().text(),
				main.entries()
					.stream()
					.limit(CHART_BARS)
					.map((e) -> InterfaceText.name(e.hub().getName(), e.hub().getNameZh()))
					.toList(),
				main.entries().stream().limit(CHART_BARS).map((e) -> FigureText.of(e.figure())).toList(),
				main.entries().stream().limit(CHART_BARS).map((e) -> e.figure().getValueNumeric()).toList(), null);
		return new IndicatorRanking(indicator, groups, chart, disputes, summary(indicator, groups));
	}

	/**
	 * Splits the figures into the ranked group and the groups that stand apart, each
	 * saying why; which figures rank together is {@link Comparability}'s to say.
	 */
	static List<Group> group(Indicator indicator, List<Figure> all, Map<Long, City> hubs) {
		List<Group> groups = new ArrayList<>();
		List<Comparability.Group> found = Comparability.groups(indicator, all);
		if (found.isEmpty()) {
			return groups;
		}
		Comparability.Group main = found.get(0);
		boolean canRank = main.ranks();
		List<Entry> ranked = main.ranked()
			.stream()
			.map((e) -> new Entry(canRank ? e.rank() : null, hubs.get(e.figure().getSubject().getCityId()), e.figure()))
			.toList();
		groups.add(new Group(title(main, all), canRank ? null
				: InterfaceText.message("ranking.reason.onlyOne", "Only one hub has a figure that can be ranked."),
				canRank, ranked));
		if (!main.older().isEmpty()) {
			groups.add(new Group(InterfaceText.message("ranking.group.older", "Older figures"),
					InterfaceText.message("ranking.reason.older",
							"More than {0} years before the newest ({1}), so not ranked with it.",
							Comparability.MAX_YEAR_GAP, String.valueOf(main.latest())),
					false, rank(indicator, main.older(), hubs, false)));
		}
		if (!main.earlier().isEmpty()) {
			groups.add(new Group(InterfaceText.message("ranking.group.earlier", "Earlier figures for the same hubs"),
					InterfaceText.message("ranking.reason.earlier",
							"Each hub ranks with one figure: its newest, and of one date an exact number over a bound. "
									+ "These are its others: earlier, less exact, or with no date of their own, not known to be "
									+ "newer."),
					false, byHubNewestFirst(rank(indicator, main.earlier(), hubs, false))));
		}
		for (Comparability.Group other : found.subList(1, found.size())) {
			List<Figure> members = all.stream()
				.filter((f) -> Comparability.groupKey(f).equals(other.key()) && f.getValueNumeric() != null)
				.toList();
			groups.add(new Group(title(other, all), reasonApart(other, main), false,
					rank(indicator, members, hubs, false)));
		}
		List<Figure> noNumber = all.stream().filter((f) -> f.getValueNumeric() == null).toList();
		if (!noNumber.isEmpty()) {
			groups.add(new Group(InterfaceText.message("ranking.group.noNumber", "Figures without a number"),
					InterfaceText.message("ranking.reason.noNumber",
							"The source gives no number (a plan horizon in words, say), so there is nothing to rank."),
					false, rank(indicator, noNumber, hubs, false)));
		}
		return groups;
	}

	/**
	 * One sentence on what the ranking ranks: "8 hubs ranked by AI companies (AI
	 * companies, all the source counts), newest figure 2023–2025; 5 more stand apart."
	 */
	static String summary(Indicator indicator, List<Group> groups) {
		if (groups.isEmpty() || !groups.get(0).ranked()) {
			return InterfaceText.message("ranking.summary.none",
					"No two hubs have figures of {0} that count the same thing in the same years, so none is ranked.",
					indicator.getDisplayName());
		}
		Group main = groups.get(0);
		int earliest = main.entries().stream().mapToInt((e) -> Comparability.year(e.figure())).min().orElse(0);
		int latest = main.entries().stream().mapToInt((e) -> Comparability.year(e.figure())).max().orElse(0);
		String years = (earliest == latest) ? String.valueOf(latest) : earliest + "\u2013" + latest;
		long apart = groups.stream()
			.skip(1)
			.flatMap((g) -> g.entries().stream())
			.map((e) -> e.hub().getId())
			.filter((id) -> main.entries().stream().noneMatch((e) -> e.hub().getId().equals(id)))
			.distinct()
			.count();
		String definition = main.entries().get(0).figure().getDefinitionLabel();
		String ranked = (definition == null)
				? InterfaceText.message("ranking.summary.ranked", "{0} hubs ranked by {1}, figures of {2}.",
						main.entries().size(), indicator.getDisplayName(), years)
				: InterfaceText.message("ranking.summary.rankedAs", "{0} hubs ranked, counted as: {1}; figures of {2}.",
						main.entries().size(), definition, years);
		return (apart == 0) ? ranked : ranked + " " + InterfaceText.message("ranking.summary.apart",
				"{0} more hubs have figures that count something else or are older: they stand apart below.", apart);
	}

	private static String title(Comparability.Group group, List<Figure> all) {
		String definition = all.stream()
			.filter((f) -> Comparability.groupKey(f).equals(group.key()) && f.getDefinition() != null)
			.map((f) -> f.getDefinition().getKey().equals(group.definitionGroup()) ? f.getDefinitionLabel() : null)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		String kind = group.target() ? InterfaceText.message("ranking.group.targets", "Targets and forecasts")
				: (group.partOfYear() != null)
						? InterfaceText.message("ranking.group.partOfYear", "Sums over part of a year ({0})",
								group.partOfYear())
						: InterfaceText.message("ranking.group.reported", "Reported values");
		return (definition == null) ? kind
				: InterfaceText.message("ranking.group.countedAs", "{0} \u2014 counted as: {1}", kind, definition);
	}

	private static String reasonApart(Comparability.Group group, Comparability.Group main) {
		if (group.target() != main.target()) {
			return group.target()
					? InterfaceText.message("ranking.reason.targets",
							"Targets and forecasts are not ranked against reported values.")
					: InterfaceText.message("ranking.reason.reported",
							"Reported values are not ranked against targets and forecasts.");
		}
		if (!Objects.equals(group.partOfYear(), main.partOfYear())) {
			return InterfaceText.message("ranking.reason.partOfYear",
					"Sums over part of a year are ranked only with sums over the same part, never against whole years.");
		}
		return InterfaceText.message("ranking.reason.counted",
				"Counted differently from the ranked figures, so not ranked with them.");
	}

	/** Each hub's earlier figures together, by hub, its newest first. */
	private static List<Entry> byHubNewestFirst(List<Entry> entries) {
		return entries.stream()
			.sorted(Comparator.comparing((Entry e) -> e.hub().getName())
				.thenComparing((Entry e) -> Comparability.year(e.figure()), Comparator.reverseOrder())
				.thenComparing((Entry e) -> Objects.requireNonNullElse(e.figure().getAsOfLabel(), ""),
						Comparator.reverseOrder()))
			.toList();
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
