package org.hubatlas.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the figures about hubs say in sum, worked out from every such figure without
 * loading them: for each hub how many there are, the first two in the order the hub's
 * page lists them (by indicator, then as entered) that are of two indicators (amounts
 * that rank beside other hubs' first, then years that do, then the rest), the newest for
 * each indicator (a target only when there is nothing else; of one year, the one listed
 * first) and which indicators it has; for each indicator how many hubs have a figure for
 * it.
 */
public final class HubFigurePicks {

	private final Map<Long, Integer> counts = new HashMap<>();

	private final Map<Long, List<Long>> leading = new HashMap<>();

	private final Map<Long, Map<String, Long>> newest = new HashMap<>();

	private final Map<Long, Set<Long>> indicatorsByHub = new HashMap<>();

	private final Map<Long, Long> hubCountsByIndicator = new HashMap<>();

	private final Map<Long, Set<Long>> rankedByIndicator = new HashMap<>();

	private final Map<String, Set<Long>> rankedByCode = new HashMap<>();

	private final Map<Long, List<Standing>> standings = new HashMap<>();

	private final Map<String, List<Derived.Pair>> derivedPairs = new HashMap<>();

	/**
	 * Where a hub stands in an indicator's main group: its figure, its rank and how many
	 * hubs rank.
	 */
	public record Standing(long indicatorId, long hubId, long figureId, java.math.BigDecimal value, boolean target,
			int rank, int of, int tied) {

		/** Where the hub falls from the first (0) to the last (1). */
		public double position() {
			return (this.of <= 1) ? 0 : (this.rank - 1) / (double) (this.of - 1);
		}

	}

	HubFigurePicks(List<HubFigureKey> keys, Map<Long, Indicator> indicators, Map<Long, Integer> sourceYears) {
		List<HubFigureKey> ordered = new ArrayList<>(keys);
		ordered.sort(Comparator.comparingInt((HubFigureKey key) -> indicators.get(key.indicatorId()).getSortOrder())
			.thenComparingLong(HubFigureKey::id));
		Map<Long, Map<String, HubFigureKey>> newestKeys = new HashMap<>();
		for (HubFigureKey key : ordered) {
			this.counts.merge(key.cityId(), 1, Integer::sum);
			if (this.indicatorsByHub.computeIfAbsent(key.cityId(), (k) -> new HashSet<>()).add(key.indicatorId())) {
				this.hubCountsByIndicator.merge(key.indicatorId(), 1L, Long::sum);
			}
			// Only a newer one replaces the one kept; of one rank, the first stays.
			newestKeys.computeIfAbsent(key.cityId(), (k) -> new HashMap<>())
				.merge(indicators.get(key.indicatorId()).getCode(), key,
						(kept, other) -> (rank(other, sourceYears) > rank(kept, sourceYears)) ? other : kept);
		}
		newestKeys.forEach((hub, byCode) -> {
			Map<String, Long> ids = new HashMap<>();
			byCode.forEach((code, key) -> ids.put(code, key.id()));
			this.newest.put(hub, ids);
		});
		this.indicatorsByHub.replaceAll((hub, ids) -> Set.copyOf(ids));
		// Which figures each indicator's main group ranks, by Comparability's rules,
		// worked out from the keys: no figure is loaded.
		Map<Long, List<Comparability.Key>> byIndicator = new HashMap<>();
		for (HubFigureKey key : keys) {
			String group = (key.definitionGroup() != null) ? key.definitionGroup() : "";
			byIndicator.computeIfAbsent(key.indicatorId(), (k) -> new ArrayList<>())
				.add(new Comparability.Key(key.id(), key.cityId(),
						Comparability.groupKey(planned(key, sourceYears), group,
								Comparability.partOfYear(indicators.get(key.indicatorId()).getUnit(), key.asOfLabel())),
						year(key, sourceYears), newness(key, sourceYears), key.hasNumber()));
		}
		Map<Long, HubFigureKey> byId = new HashMap<>();
		keys.forEach((key) -> byId.put(key.id(), key));
		byIndicator.forEach((indicator, members) -> {
			Set<Long> ranked = Comparability.mainGroupIds(members, indicators.get(indicator).isValueAYear());
			if (!ranked.isEmpty()) {
				this.rankedByIndicator.put(indicator, ranked);
				this.rankedByCode.put(indicators.get(indicator).getCode(), ranked);
				List<HubFigureKey> group = ranked.stream().map(byId::get).toList();
				var entries = Comparability.ranks(group, HubFigureKey::value,
						indicators.get(indicator).isHigherIsBetter(), HubFigureKey::cityId);
				Map<Integer, Integer> atRank = new HashMap<>();
				entries.forEach((entry) -> atRank.merge(entry.rank(), 1, Integer::sum));
				entries
					.forEach((entry) -> this.standings.computeIfAbsent(entry.item().cityId(), (k) -> new ArrayList<>())
						.add(new Standing(indicator, entry.item().cityId(), entry.item().id(), entry.item().value(),
								planned(entry.item(), sourceYears), entry.rank(), group.size(),
								atRank.get(entry.rank()))));
			}
		});
		pickLeading(ordered, indicators);
		// Each derived indicator's pairs of figures, by Derived's rules, from the keys.
		Set<String> divided = new HashSet<>();
		Derived.ALL.forEach((ratio) -> {
			divided.add(ratio.numerator());
			divided.add(ratio.kind().denominator());
		});
		Map<String, List<Derived.Operand>> operands = new HashMap<>();
		for (HubFigureKey key : keys) {
			Indicator indicator = indicators.get(key.indicatorId());
			if (!divided.contains(indicator.getCode())) {
				continue;
			}
			int year = year(key, sourceYears);
			operands.computeIfAbsent(indicator.getCode(), (k) -> new ArrayList<>())
				.add(new Derived.Operand(key.id(),
						Derived.usable(key.cityId(), planned(key, sourceYears), key.value(), year, indicator.getUnit(),
								key.asOfLabel()),
						key.cityId(), year, key.value(), (key.definitionGroup() != null) ? key.definitionGroup() : ""));
		}
		for (Derived.Ratio ratio : Derived.ALL) {
			this.derivedPairs.put(ratio.code(), Derived.pair(ratio, operands.getOrDefault(ratio.numerator(), List.of()),
					operands.getOrDefault(ratio.kind().denominator(), List.of())));
		}
	}

	/**
	 * Each hub's first two figures of two indicators in the order its page lists them:
	 * first amounts that rank beside other hubs', then years that do (since when a pilot
	 * zone, which most hubs share), then the rest. A card leads with what compares, and
	 * with a figure that stands alone (a park announced in 2018) only where too few do.
	 */
	private void pickLeading(List<HubFigureKey> ordered, Map<Long, Indicator> indicators) {
		Set<Long> ranked = new HashSet<>();
		this.rankedByIndicator.values().forEach(ranked::addAll);
		Map<Long, Set<Long>> leadingIndicators = new HashMap<>();
		for (int pass = 0; pass < 3; pass++) {
			for (HubFigureKey key : ordered) {
				int due = !ranked.contains(key.id()) ? 2 : indicators.get(key.indicatorId()).isValueAYear() ? 1 : 0;
				List<Long> first = this.leading.computeIfAbsent(key.cityId(), (k) -> new ArrayList<>(2));
				// Two different facts: a second figure of the same indicator waits its
				// turn.
				if (first.size() < 2 && due == pass
						&& leadingIndicators.computeIfAbsent(key.cityId(), (k) -> new HashSet<>())
							.add(key.indicatorId())) {
					first.add(key.id());
				}
			}
		}
	}

	/** Each figure this derived indicator divides, paired with its divisor. */
	public List<Derived.Pair> derivedPairs(String code) {
		return this.derivedPairs.getOrDefault(code, List.of());
	}

	/** How many hubs each derived indicator's ranking ranks, by its code. */
	public Map<String, Integer> derivedRankedHubs() {
		Map<String, Integer> counts = new HashMap<>();
		this.derivedPairs.forEach((code, pairs) -> counts.put(code, Derived.rankedHubs(pairs)));
		return counts;
	}

	/** The as-of label when the source states one, as {@link Figure#getStatedAsOf}. */
	private static String statedAsOf(HubFigureKey key) {
		return (key.asOfLabel() != null && !key.asOfLabel().equalsIgnoreCase("not stated")) ? key.asOfLabel() : null;
	}

	/**
	 * The year a figure is about (as {@link Figure#getEffectiveYear()}), 0 if unknown.
	 */
	private static int year(HubFigureKey key, Map<Long, Integer> sourceYears) {
		Integer year = (key.targetYear() != null) ? key.targetYear()
				: (key.asOfYear() != null) ? key.asOfYear() : sourceYears.get(key.sourceId());
		return (year != null) ? year : 0;
	}

	/**
	 * Ids of the figures each indicator's main group ranks (two hubs or more), by
	 * indicator id.
	 */
	public Map<Long, Set<Long>> rankedByIndicator() {
		return Collections.unmodifiableMap(this.rankedByIndicator);
	}

	/** Each indicator's main group, ranked, by indicator id (two hubs or more). */
	public Map<Long, List<Standing>> rankings() {
		Map<Long, List<Standing>> rankings = new HashMap<>();
		this.standings.values()
			.forEach((list) -> list
				.forEach((standing) -> rankings.computeIfAbsent(standing.indicatorId(), (k) -> new ArrayList<>())
					.add(standing)));
		rankings.values().forEach((list) -> list.sort(Comparator.comparingInt(Standing::rank)));
		return rankings;
	}

	/** Where the hub stands in each indicator it ranks in. */
	public List<Standing> standings(long cityId) {
		return this.standings.getOrDefault(cityId, List.of());
	}

	/** The same, by indicator code. */
	public Map<String, Set<Long>> rankedByCode() {
		return Collections.unmodifiableMap(this.rankedByCode);
	}

	/** As {@link Comparability#newness}. */
	private static int newness(HubFigureKey key, Map<Long, Integer> sourceYears) {
		return Comparability.newness(year(key, sourceYears), statedAsOf(key), key.kind() == FigureKind.TARGET,
				key.yearEstimated(), key.exact());
	}

	/**
	 * Its {@link #newness}, above every target's and forecast's unless it is one: a plan
	 * stands for a hub only when nothing reported does.
	 */
	private static int rank(HubFigureKey key, Map<Long, Integer> sourceYears) {
		return (planned(key, sourceYears) ? 0 : 1_000_000_000) + newness(key, sourceYears);
	}

	/** A target or a forecast, by {@link Comparability#planned}. */
	private static boolean planned(HubFigureKey key, Map<Long, Integer> sourceYears) {
		return Comparability.planned(key.kind(), key.asOfYear(), key.asOfLabel(), sourceYears.get(key.sourceId()));
	}

	/** Figures about the hub. */
	public int count(long cityId) {
		return this.counts.getOrDefault(cityId, 0);
	}

	/** Ids of the hub's first two figures of two indicators. */
	public List<Long> leading(long cityId) {
		return this.leading.getOrDefault(cityId, List.of());
	}

	/** Id of the hub's newest figure for each indicator code it has one for. */
	public Map<String, Long> newest(long cityId) {
		return this.newest.getOrDefault(cityId, Map.of());
	}

	/** The indicators each hub has figures for, by hub id. */
	public Map<Long, Set<Long>> indicatorsByHub() {
		return Collections.unmodifiableMap(this.indicatorsByHub);
	}

	/** How many hubs have a figure for each indicator, by indicator id. */
	public Map<Long, Long> hubCountsByIndicator() {
		return Collections.unmodifiableMap(this.hubCountsByIndicator);
	}

}
