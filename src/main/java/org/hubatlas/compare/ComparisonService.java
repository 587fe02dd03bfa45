package org.hubatlas.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.company.CityMembership;
import org.hubatlas.company.CompanyService;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.TrendChart;
import org.hubatlas.figure.Trends;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveKind;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Source;
import org.hubatlas.university.UniversityKind;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a comparison in a fixed number of queries whatever the number of hubs: hubs,
 * sub-areas, figures, company ties (two), institutions, incentives and disputes, each
 * loaded for all compared hubs at once. Counts include each hub's sub-areas, as on the
 * profiles.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final DisputeService disputes;

	private final FigureService figures;

	ComparisonService(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, DisputeService disputes, FigureService figures) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.disputes = disputes;
		this.figures = figures;
	}

	/** Every hub, for the picker. */
	public List<City> choices() {
		return this.cities.all();
	}

	/**
	 * With more hubs than this the picker is four text fields sharing one list of
	 * suggestions instead of four selects that each list every hub (a page of 290 KB with
	 * a thousand hubs).
	 */
	public static final int PICKER_SELECT_LIMIT = 100;

	/** The name the picker's suggestions give a hub: "Zhongguancun (Beijing)". */
	public static String pickerName(City city) {
		return (city.getParent() != null) ? city.getName() + " (" + city.getParent().getName() + ")" : city.getName();
	}

	/**
	 * The hubs' address names for what a reader chose or typed in the picker: an address
	 * name, the picker's name, the English or the Chinese name, in any case. What names
	 * no hub is kept as typed, for the comparison to refuse with its message.
	 */
	public List<String> slugsFor(List<String> typed) {
		Map<String, String> byName = new HashMap<>();
		for (City city : this.cities.all()) {
			byName.putIfAbsent(city.getSlug(), city.getSlug());
			byName.putIfAbsent(pickerName(city).toLowerCase(Locale.ROOT), city.getSlug());
			byName.putIfAbsent(city.getName().toLowerCase(Locale.ROOT), city.getSlug());
			if (city.getNameZh() != null) {
				byName.putIfAbsent(city.getNameZh(), city.getSlug());
			}
		}
		return typed.stream()
			.map((t) -> byName.getOrDefault(t.trim().toLowerCase(Locale.ROOT), byName.getOrDefault(t.trim(), t.trim())))
			.toList();
	}

	/**
	 * The hubs asked for by the slugs they have now, where each unknown one is the old
	 * slug of a renamed hub (a comparison shared before the rename); empty where any is
	 * no hub at all. Asked only after a comparison found hubs it does not know.
	 */
	public Optional<List<String>> renamed(List<String> asked, List<String> unknown) {
		Map<String, String> now = new HashMap<>();
		for (String slug : unknown) {
			Optional<String> renamed = this.cities.slugNow(slug);
			if (renamed.isEmpty()) {
				return Optional.empty();
			}
			now.put(slug, renamed.get());
		}
		return Optional.of(asked.stream().map((slug) -> now.getOrDefault(slug, slug)).distinct().toList());
	}

	public Comparison compare(CompareRequest request) {
		Map<String, City> bySlug = new HashMap<>();
		this.cities.bySlugs(request.slugs()).forEach((c) -> bySlug.put(c.getSlug(), c));
		List<String> unknown = request.slugs().stream().filter((s) -> !bySlug.containsKey(s)).toList();
		if (!unknown.isEmpty()) {
			throw ComparisonInputException.unknownHubs(unknown,
					request.slugs().stream().filter(bySlug::containsKey).toList());
		}
		request.counted();
		List<City> hubs = request.slugs().stream().map(bySlug::get).toList();
		List<Long> hubIds = hubs.stream().map(City::getId).toList();

		// Each hub stands for itself and its sub-areas when counting; a sub-area compared
		// beside its parent counts in both.
		Map<Long, Set<Long>> columnsOf = new HashMap<>();
		hubIds.forEach((id) -> columnsOf.computeIfAbsent(id, (k) -> new HashSet<>()).add(id));
		Map<Long, List<City>> subAreas = new LinkedHashMap<>();
		for (City area : this.cities.subAreasOf(hubIds)) {
			columnsOf.computeIfAbsent(area.getId(), (k) -> new HashSet<>()).add(area.getParent().getId());
			subAreas.computeIfAbsent(area.getParent().getId(), (k) -> new ArrayList<>()).add(area);
		}
		List<Long> allIds = List.copyOf(columnsOf.keySet());

		List<Figure> figures = this.figures.forCities(hubIds);
		List<CityMembership> memberships = this.companies.memberships(allIds);
		List<UniversityService.CityInstitution> institutions = this.universities.cityKinds(allIds);
		List<Incentive> incentiveList = this.incentives.forCities(allIds);
		Disputes disputes = this.disputes.disputes(new DisputeQuery().cities(hubIds)
			.incentives(incentiveList.stream().map(Incentive::getId).toList())
			.figures(figures.stream().map(Figure::getId).toList()));

		List<Comparison.FigureRow> figureRows = figureRows(hubs, figures, this.figures.rankedFigureIds());
		// Indicators other hubs have figures for but none of these: named once, not as
		// rows of "no data".
		Set<Long> shown = figureRows.stream().map((row) -> row.indicator().getId()).collect(Collectors.toSet());
		Map<Long, Long> withFigures = this.figures.hubCountsByIndicator();
		List<Indicator> missing = this.figures.indicators()
			.stream()
			.filter((i) -> withFigures.containsKey(i.getId()) && !shown.contains(i.getId()))
			.toList();
		List<Comparison.CountRow> countRows = new ArrayList<>();
		countRows.addAll(companyRows(hubIds, columnsOf, memberships));
		countRows.addAll(institutionRows(hubIds, columnsOf, institutions));
		countRows.addAll(incentiveRows(hubs, columnsOf, incentiveList));

		List<Comparison.Column> columns = new ArrayList<>();
		for (City hub : hubs) {
			Set<Long> own = new HashSet<>();
			columnsOf.forEach((city, ofCity) -> {
				if (ofCity.contains(hub.getId())) {
					own.add(city);
				}
			});
			List<Incentive> withAmounts = incentiveList.stream()
				.filter((i) -> i.getAmountAsWritten() != null)
				.filter((i) -> i.getCities().stream().anyMatch((c) -> own.contains(c.getId())))
				.toList();
			columns.add(new Comparison.Column(hub, subAreas.getOrDefault(hub.getId(), List.of()), withAmounts,
					disputes.notableForCity(hub.getId())));
		}
		List<String> names = hubs.stream().map(City::getName).toList();
		// Counts of what the sources happen to name are not charted: a short bar would
		// read as a small hub.
		List<BarChart> countCharts = List.of();
		List<Source> sources = figures.stream().map(Figure::getSource).distinct().toList();
		return new Comparison(request, List.copyOf(columns), figureRows, missing, List.copyOf(countRows), countCharts,
				sources, disputes, trendRows(hubs, figures));
	}

	/**
	 * For each indicator and definition in which two or more of the hubs have a series
	 * over the years: one chart with a line per hub (its plan dashed beside it), from the
	 * figures loaded.
	 */
	static List<Comparison.TrendRow> trendRows(List<City> hubs, List<Figure> figures) {
		Map<String, List<Comparison.HubSeries>> byKey = new LinkedHashMap<>();
		for (int i = 0; i < hubs.size(); i++) {
			long hubId = hubs.get(i).getId();
			List<Figure> own = figures.stream()
				.filter((f) -> Objects.equals(f.getSubject().getCityId(), hubId))
				.toList();
			for (Trends.Series series : Trends.of(own)) {
				byKey
					.computeIfAbsent(series.indicator().getId() + "|" + series.definitionGroup(),
							(k) -> new ArrayList<>())
					.add(new Comparison.HubSeries(i, series));
			}
		}
		List<Comparison.TrendRow> rows = new ArrayList<>();
		byKey.values().stream().filter((members) -> members.size() >= 2).forEach((members) -> {
			List<TrendChart.Line> lines = new ArrayList<>();
			for (Comparison.HubSeries member : members) {
				City hub = hubs.get(member.column());
				String name = InterfaceText.name(hub.getName(), hub.getNameZh());
				lines.add(new TrendChart.Line(name, TrendChart.dots(member.series().points()), false, member.column()));
				if (!member.series().plan().isEmpty()) {
					lines.add(new TrendChart.Line(InterfaceText.message("trend.hubPlan", "{0} (plan)", name),
							TrendChart.dots(member.series().plan()), true, member.column()));
				}
			}
			Trends.Series first = members.get(0).series();
			rows.add(new Comparison.TrendRow(first.indicator(), first.points().get(0).figure().getDefinitionLabel(),
					TrendChart.of(lines), List.copyOf(members)));
		});
		rows.sort(Comparator.comparingInt((Comparison.TrendRow row) -> row.indicator().getSortOrder()));
		return List.copyOf(rows);
	}

	/**
	 * One row per indicator any compared hub has a figure for. For each row the hubs'
	 * figures come from the group ({@link Comparability}) that ranks the most compared
	 * hubs, then the newest; a hub outside it shows its newest figure, unranked, and each
	 * hub's other figures of the indicator are listed as "also reported" with why they
	 * stand apart. Rows the most hubs share come first.
	 */
	private static List<Comparison.FigureRow> figureRows(List<City> hubs, List<Figure> figures,
			Map<String, Set<Long>> rankedIds) {
		Map<Long, Indicator> indicators = new LinkedHashMap<>();
		Map<Long, List<Figure>> byIndicator = new HashMap<>();
		for (Figure figure : figures) {
			indicators.putIfAbsent(figure.getIndicator().getId(), figure.getIndicator());
			byIndicator.computeIfAbsent(figure.getIndicator().getId(), (k) -> new ArrayList<>()).add(figure);
		}
		List<Comparison.FigureRow> rows = new ArrayList<>();
		indicators.values()
			.forEach((indicator) -> rows.add(figureRow(hubs, indicator, byIndicator.get(indicator.getId()),
					rankedIds.getOrDefault(indicator.getCode(), Set.of()))));
		rows.sort(Comparator.comparingLong(Comparison.FigureRow::hubsWithData)
			.reversed()
			.thenComparing((row) -> !row.ranking().comparable())
			.thenComparingInt((row) -> row.indicator().getSortOrder())
			.thenComparing((row) -> row.indicator().getName()));
		return List.copyOf(rows);
	}

	static Comparison.FigureRow figureRow(List<City> hubs, Indicator indicator, List<Figure> figures) {
		return figureRow(hubs, indicator, figures, Set.of());
	}

	/**
	 * The row of one indicator; {@code mainIds} are the figures its ranking across every
	 * hub ranks, whose way of counting goes first where no way ranks more of these hubs.
	 */
	static Comparison.FigureRow figureRow(List<City> hubs, Indicator indicator, List<Figure> figures,
			Set<Long> mainIds) {
		List<Comparability.Group> groups = Comparability.groups(indicator, figures);
		Comparability.Group best = groups.stream()
			.filter((group) -> group.ranked().size() == groups.get(0).ranked().size())
			.filter((group) -> group.ranked().stream().anyMatch((e) -> mainIds.contains(e.figure().getId())))
			.findFirst()
			.orElse(groups.isEmpty() ? null : groups.get(0));
		List<Figure> cells = new ArrayList<>();
		List<Integer> ranks = new ArrayList<>();
		List<Comparison.AlsoReported> also = new ArrayList<>();
		for (int i = 0; i < hubs.size(); i++) {
			long hubId = hubs.get(i).getId();
			List<Figure> own = figures.stream()
				.filter((f) -> Objects.equals(f.getSubject().getCityId(), hubId))
				.toList();
			Comparability.Entry entry = (best != null) ? best.entryFor(hubId) : null;
			// A hub outside the ranked group shows its newest reported value; a target or
			// a forecast only where it has none.
			Figure chosen = (entry != null) ? entry.figure()
					: newest(own.stream().filter((f) -> !Comparability.isTarget(f)).toList())
						.orElseGet(() -> newest(own).orElse(null));
			cells.add(chosen);
			ranks.add((entry != null && best.ranks()) ? entry.rank() : null);
			for (Figure other : own) {
				if (other != chosen) {
					also.add(new Comparison.AlsoReported(i, other, apartReason(other, best)));
				}
			}
		}
		Ranking ranking = ranking(hubs, cells, ranks, best);
		// Bars measure amounts: a year ("designated in 2019") is a date, and its table
		// says it.
		BarChart chart = (!ranking.comparable() || indicator.isValueAYear()) ? null
				: BarChart.of("chart-" + indicator.getCode(), indicator.getDisplayName(),
						indicator.getUnitShown().text(),
						hubs.stream().map((hub) -> InterfaceText.name(hub.getName(), hub.getNameZh())).toList(),
						java.util.stream.IntStream.range(0, cells.size())
							.mapToObj((i) -> (ranks.get(i) != null) ? FigureText.of(cells.get(i))
									: (cells.get(i) == null) ? InterfaceText.message("compare.page.noData", "no data")
											: InterfaceText.message("compare.page.notRankedCell", "not ranked"))
							.toList(),
						java.util.stream.IntStream.range(0, cells.size())
							.mapToObj((i) -> (ranks.get(i) != null) ? cells.get(i).getValueNumeric() : null)
							.toList(),
						ranking);
		List<String> apart = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			apart.add((cells.get(i) != null && ranks.get(i) == null && best != null && best.ranks())
					? apartReason(cells.get(i), best) : null);
		}
		return new Comparison.FigureRow(indicator, Collections.unmodifiableList(cells), ranking, chart,
				Collections.unmodifiableList(ranks), Collections.unmodifiableList(apart), List.copyOf(also));
	}

	private static java.util.Optional<Figure> newest(List<Figure> figures) {
		return figures.stream().reduce((a, b) -> (Comparability.year(b) > Comparability.year(a)) ? b : a);
	}

	/** Whether the row ranks, who leads, and in one line why a hub is not ranked. */
	private static Ranking ranking(List<City> hubs, List<Figure> cells, List<Integer> ranks, Comparability.Group best) {
		long present = cells.stream().filter(Objects::nonNull).count();
		if (present < 2) {
			return Ranking.notComparable(present == 0 ? InterfaceText.message("rank.noData", "no hub has data")
					: InterfaceText.message("rank.onlyOne", "only one hub has data"));
		}
		if (best == null || !best.ranks()) {
			// Why the hubs' figures do not rank together: the first that stands apart
			// from
			// the group they would make (another way of counting, a year too far apart).
			List<Figure> shown = cells.stream().filter(Objects::nonNull).toList();
			if (shown.stream().map(Figure::getDefinitionGroup).distinct().count() > 1) {
				// Each says how it counts beside its value; the row says only that they
				// differ.
				return Ranking
					.notComparable(InterfaceText.message("rank.countedDifferently", "each counts it in another way"));
			}
			Comparability.Group together = Comparability.groups(shown.get(0).getIndicator(), shown).get(0);
			Figure apart = shown.stream()
				.filter((f) -> together.ranked().stream().noneMatch((e) -> e.figure() == f))
				.findFirst()
				.orElse(shown.get(1));
			return Ranking.notComparable(apartReason(apart, together));
		}
		Set<Integer> leaders = new LinkedHashSet<>();
		List<String> unranked = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (ranks.get(i) != null && ranks.get(i) == 1) {
				leaders.add(i);
			}
			if (cells.get(i) != null && ranks.get(i) == null) {
				unranked.add(InterfaceText.message("rank.hubApart", "{0} ({1})",
						InterfaceText.name(hubs.get(i).getName(), hubs.get(i).getNameZh()),
						apartReason(cells.get(i), best)));
			}
		}
		String note = !unranked.isEmpty()
				? InterfaceText.message("rank.someApart", "ranked without {0}", String.join("; ", unranked))
				: (leaders.size() == present)
						? ((present == cells.size())
								? InterfaceText.message("rank.tieAll", "tie: every hub has the same value")
								: InterfaceText.message("rank.tieAllWithData",
										"tie: every hub with a figure has the same value"))
						: (leaders.size() > 1) ? InterfaceText.message("rank.tie", "tie for the lead") : null;
		return new Ranking(true, note, Set.copyOf(leaders));
	}

	/** Why a figure stands apart from the row's ranked group, in words for the reader. */
	static String apartReason(Figure figure, Comparability.Group group) {
		if (group == null) {
			return InterfaceText.message("rank.noNumber", "no number to compare for \u201c{0}\u201d",
					figure.getValueAsWritten());
		}
		return switch (Comparability.apart(figure, group)) {
			case NO_NUMBER -> InterfaceText.message("rank.noNumber", "no number to compare for \u201c{0}\u201d",
					figure.getValueAsWritten());
			case KIND -> Comparability.isTarget(figure)
					? InterfaceText.message("rank.isTarget", "a target or a forecast, not a reported value")
					: InterfaceText.message("rank.isReported", "a reported value, not a target or a forecast");
			case PART_OF_YEAR -> InterfaceText.message("rank.partOfYear",
					"covers part of a year ({0}), not ranked against whole years", figure.getAsOfLabel());
			case DEFINITION -> (figure.getDefinitionLabel() != null)
					? InterfaceText.message("rank.countedAs", "counted as: {0}", figure.getDefinitionLabel())
					: InterfaceText.message("rank.countedOtherwise", "counted differently");
			case OLDER -> InterfaceText.message("rank.years", "different years: {0} vs {1}",
					String.valueOf(Comparability.year(figure)), String.valueOf(group.latest()));
			case EARLIER -> InterfaceText.message("rank.earlier", "an earlier figure ({0})",
					String.valueOf(Comparability.year(figure)));
		};
	}

	private static List<Comparison.CountRow> companyRows(List<Long> hubIds, Map<Long, Set<Long>> columnsOf,
			List<CityMembership> memberships) {
		Map<Long, Set<Long>> all = new HashMap<>();
		Map<String, Map<Long, Set<Long>>> bySector = new LinkedHashMap<>();
		for (CityMembership m : memberships) {
			for (Long column : columnsOf.get(m.cityId())) {
				all.computeIfAbsent(column, (k) -> new HashSet<>()).add(m.companyId());
				if (m.sector() != null) {
					bySector.computeIfAbsent(m.sector(), (k) -> new HashMap<>())
						.computeIfAbsent(column, (k) -> new HashSet<>())
						.add(m.companyId());
				}
			}
		}
		List<Comparison.CountRow> rows = new ArrayList<>();
		rows.add(new Comparison.CountRow(InterfaceText.message("nav.companies", "Companies"), false, sizes(hubIds, all),
				"companies"));
		new TreeSet<>(bySector.keySet()).forEach((sector) -> rows
			.add(new Comparison.CountRow(sector, true, sizes(hubIds, bySector.get(sector)), "companies")));
		return rows;
	}

	private static List<Comparison.CountRow> institutionRows(List<Long> hubIds, Map<Long, Set<Long>> columnsOf,
			List<UniversityService.CityInstitution> institutions) {
		Map<Long, Integer> all = new HashMap<>();
		Map<UniversityKind, Map<Long, Integer>> byKind = new EnumMap<>(UniversityKind.class);
		for (UniversityService.CityInstitution i : institutions) {
			for (Long column : columnsOf.get(i.cityId())) {
				all.merge(column, 1, Integer::sum);
				byKind.computeIfAbsent(i.kind(), (k) -> new HashMap<>()).merge(column, 1, Integer::sum);
			}
		}
		List<Comparison.CountRow> rows = new ArrayList<>();
		rows.add(new Comparison.CountRow(
				InterfaceText.message("search.kind.institutions", "Universities and institutes"), false,
				counts(hubIds, all), "universities"));
		byKind.forEach((kind, counts) -> rows
			.add(new Comparison.CountRow(kind.label(), true, counts(hubIds, counts), "universities")));
		return rows;
	}

	private static List<Comparison.CountRow> incentiveRows(List<City> hubs, Map<Long, Set<Long>> columnsOf,
			List<Incentive> incentives) {
		List<Long> hubIds = hubs.stream().map(City::getId).toList();
		Map<Long, Set<Long>> all = new HashMap<>();
		Map<IncentiveKind, Map<Long, Set<Long>>> byKind = new EnumMap<>(IncentiveKind.class);
		for (Incentive incentive : incentives) {
			for (City city : incentive.getCities()) {
				for (Long column : columnsOf.getOrDefault(city.getId(), Set.of())) {
					all.computeIfAbsent(column, (k) -> new HashSet<>()).add(incentive.getId());
					byKind.computeIfAbsent(incentive.getKind(), (k) -> new HashMap<>())
						.computeIfAbsent(column, (k) -> new HashSet<>())
						.add(incentive.getId());
				}
			}
		}
		List<Comparison.CountRow> rows = new ArrayList<>();
		// Restrictions (export controls) are counted too, as the profile's list holds
		// them: the row says so.
		rows.add(new Comparison.CountRow(
				InterfaceText.message("compare.count.incentivesAndRestrictions", "Incentives and restrictions"), false,
				sizes(hubIds, all), "incentives"));
		byKind.forEach((kind, sets) -> rows
			.add(new Comparison.CountRow(kind.label(), true, sizes(hubIds, sets), "incentives")));
		return rows;
	}

	private static List<Integer> sizes(List<Long> hubIds, Map<Long, Set<Long>> sets) {
		return hubIds.stream().map((id) -> sets.getOrDefault(id, Set.of()).size()).toList();
	}

	private static List<Integer> counts(List<Long> hubIds, Map<Long, Integer> counts) {
		return hubIds.stream().map((id) -> counts.getOrDefault(id, 0)).toList();
	}

}
