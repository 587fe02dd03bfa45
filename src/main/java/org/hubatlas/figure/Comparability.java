package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one owner of which figures rank together, asked by the rankings, the comparison,
 * the directory's sorts, the home page, the map and the API alike.
 * <ul>
 * <li>Figures rank together only when they are of the same indicator, count by the same
 * definition group (a definition, with those that count as it), and are the same kind:
 * targets and forecasts (estimates of a year not over when published) with those,
 * reported values (actual, or estimated after the fact) with reported values.</li>
 * <li>Each hub ranks with its newest figure of the group; figures more than
 * {@value #MAX_YEAR_GAP} years before the group's newest stand apart, unless the value is
 * itself a year ("designated in 2019"): a date does not age.</li>
 * <li>A sum of money over part of a year (the first half, the first three quarters) ranks
 * only with sums over the same part: never against a whole year.</li>
 * <li>A figure without a number never ranks.</li>
 * <li>A lower bound ("over 2,400") ranks at the number it gives and is marked "≥": the
 * hub stands at least that high.</li>
 * </ul>
 */
public final class Comparability {

	/** Figures further apart in time than this many years do not rank together. */
	public static final int MAX_YEAR_GAP = 2;

	private Comparability() {
	}

	/** Why a figure stands apart from a ranked group. */
	public enum Apart {

		/** Counted by another definition. */
		DEFINITION,
		/** A target beside reported values, or the other way round. */
		KIND,
		/** A sum over part of a year beside whole years, or another part. */
		PART_OF_YEAR,
		/**
		 * More than {@value Comparability#MAX_YEAR_GAP} years before the group's newest.
		 */
		OLDER,
		/** The hub's earlier figure of the same group: each hub ranks with its newest. */
		EARLIER,
		/** The source gives no number. */
		NO_NUMBER

	}

	/**
	 * What figures of one indicator rank together: the kind ("target" or "reported") and
	 * the definition group ("" for figures counted as the indicator defines).
	 */
	public static String groupKey(Figure figure) {
		return groupKey(isTarget(figure), figure.getDefinitionGroup(),
				partOfYear(figure.getIndicator().getUnit(), figure.getAsOfLabel()));
	}

	static String groupKey(boolean target, String definitionGroup) {
		return groupKey(target, definitionGroup, null);
	}

	/**
	 * The group key ("reported|", "target|ai-enterprises", "reported Q1-Q3|"): a reported
	 * sum over part of a year is keyed by that part.
	 */
	static String groupKey(boolean target, String definitionGroup, String partOfYear) {
		return (target ? "target" : (partOfYear != null) ? "reported " + partOfYear : "reported") + "|"
				+ definitionGroup;
	}

	private static final java.util.regex.Pattern PART_OF_YEAR = java.util.regex.Pattern
		.compile("\\d{4}-((?:Q[1-4](?:-Q[1-4])?)|H[12])");

	/**
	 * The part of a year a sum of money covers ("Q1-Q3", "H1"), from the date the source
	 * gives it for; null for a whole year, a date, or a figure that is not money (a count
	 * "in the first three quarters" is a count at their end).
	 */
	public static String partOfYear(String unit, String asOfLabel) {
		if (unit == null || asOfLabel == null || !unit.startsWith("CNY")) {
			return null;
		}
		java.util.regex.Matcher matcher = PART_OF_YEAR.matcher(asOfLabel.strip());
		return matcher.matches() ? matcher.group(1) : null;
	}

	/**
	 * Whether the figure is a plan or a forecast: a target, or an estimate of a year that
	 * was not over when its source was published ("expected to exceed ¥100 billion in
	 * 2025", published in December 2025). It ranks with targets, never with reported
	 * values; an estimate of a year gone by (a preliminary count) is a reported value.
	 */
	public static boolean isTarget(Figure figure) {
		// The source is read only for a dated estimate: ranking a page's figures loads
		// no source for the others.
		boolean datedEstimate = figure.getKind() == FigureKind.ESTIMATE && figure.getAsOfYear() != null;
		return planned(figure.getKind(), figure.getAsOfYear(), figure.getAsOfLabel(),
				datedEstimate ? figure.getSource().getPublishedYear() : null);
	}

	/** {@link #isTarget(Figure)} from what a figure's key holds. */
	public static boolean planned(FigureKind kind, Integer asOfYear, String asOfLabel, Integer publishedYear) {
		if (kind == FigureKind.TARGET) {
			return true;
		}
		if (kind != FigureKind.ESTIMATE || asOfYear == null || publishedYear == null) {
			return false;
		}
		// The year itself or its end, in the year the source came out: not over yet.
		String label = (asOfLabel != null) ? asOfLabel.strip() : "";
		return asOfYear > publishedYear || (asOfYear.equals(publishedYear)
				&& (label.equals(String.valueOf(asOfYear)) || label.matches(asOfYear + "-12(-31)?")));
	}

	/** The year the figure is about, 0 when not known. */
	public static int year(Figure figure) {
		Integer year = figure.getEffectiveYear();
		return (year != null) ? year : 0;
	}

	/** A stated date's month: "2025-09", "2025-09-30", "2025-H1", "2025-Q3" (its end). */
	private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern
		.compile("(\\d{4})-(?:(\\d{2})|H([12])|Q([1-4]))\\b.*");

	/**
	 * When a figure holds, finer than its year, to tell a hub's newest of one year: year
	 * × 100 + the month its stated date gives (a half or a quarter by its last month), 0
	 * where it gives none. A target holds at its year.
	 */
	public static int when(int year, String statedAsOf, boolean target) {
		if (target || statedAsOf == null) {
			return year * 100;
		}
		java.util.regex.Matcher date = MONTH.matcher(statedAsOf.strip());
		if (!date.matches() || Integer.parseInt(date.group(1)) != year) {
			return year * 100;
		}
		int month = (date.group(2) != null) ? Integer.parseInt(date.group(2))
				: (date.group(3) != null) ? 6 * Integer.parseInt(date.group(3)) : 3 * Integer.parseInt(date.group(4));
		return year * 100 + ((month >= 1 && month <= 12) ? month : 0);
	}

	/**
	 * Which of a hub's figures is its newest, as a number that grows with newness: by
	 * {@link #when}, except that a figure whose only year is its source's estimated one
	 * ("about 2025", no date stated) yields to a dated figure of that year or the year
	 * before, which its year may well be; and of one date, an exact number goes before a
	 * bound or a rounding ("236.2" before "over 230").
	 */
	public static int newness(int year, String statedAsOf, boolean target, boolean yearEstimated, boolean exact) {
		int when = when(year, statedAsOf, target);
		return (yearEstimated ? (when - 100) * 4 : when * 4 + 2) + (exact ? 1 : 0);
	}

	static int newness(Figure figure) {
		return newness(year(figure), figure.getStatedAsOf(), figure.getKind() == FigureKind.TARGET,
				figure.isYearEstimated(), figure.getQualifier() == Qualifier.NONE);
	}

	/** One hub's figure in a ranking, with its rank (null where not ranked). */
	public record Entry(Figure figure, Integer rank) {

		/** Whether the rank is a floor: the source gives a lower bound. */
		public boolean atLeast() {
			return this.rank != null && this.figure.isLowerBound();
		}

	}

	/**
	 * The figures of one group: the ranked ones in rank order, and each hub's other
	 * figures of the group standing apart.
	 *
	 * @param key the group key ({@link #groupKey})
	 * @param ranked each hub's newest figure with a number, within the year window, in
	 * rank order
	 * @param older hubs' newest figures more than the year gap before the newest
	 * @param earlier hubs' earlier figures of the group
	 * @param latest the newest year of the group
	 */
	public record Group(String key, List<Entry> ranked, List<Figure> older, List<Figure> earlier, int earliest,
			int latest) {

		/** Whether two or more hubs rank. */
		public boolean ranks() {
			return this.ranked.size() > 1;
		}

		public boolean target() {
			return this.key.startsWith("target|");
		}

		/** The part of a year its sums cover ("Q1-Q3"), null for whole years. */
		public String partOfYear() {
			String kind = this.key.substring(0, this.key.indexOf('|'));
			return kind.startsWith("reported ") ? kind.substring("reported ".length()) : null;
		}

		/** The definition group ("" for as the indicator defines). */
		public String definitionGroup() {
			return this.key.substring(this.key.indexOf('|') + 1);
		}

		/** The rank of a hub's figure in the group, or null. */
		public Entry entryFor(long hubId) {
			return this.ranked.stream()
				.filter((e) -> Objects.equals(e.figure().getSubject().getCityId(), hubId))
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * Ranks the figures of one group (all of one {@link #groupKey}), each about a hub.
	 */
	public static Group group(Indicator indicator, String key, Collection<Figure> figures) {
		Selection<Figure> selection = select(figures.stream().filter((f) -> f.getValueNumeric() != null).toList(),
				(f) -> f.getSubject().getCityId(), Comparability::year, Comparability::newness, Figure::getId,
				indicator.isValueAYear());
		return new Group(key, rank(indicator, selection.inWindow()), selection.older(), selection.earlier(),
				selection.earliest(), selection.latest());
	}

	/**
	 * What the rules need of a figure about a hub, read without loading it: its id, hub,
	 * group ({@link #groupKey}), year, newness ({@link #newness}), and whether it has a
	 * number.
	 */
	public record Key(long id, long hubId, String groupKey, int year, int newness, boolean hasNumber) {
	}

	/**
	 * The ids of the figures an indicator's main group ranks, from keys alone (the same
	 * rules as {@link #mainGroup}, without the values that order them); empty when fewer
	 * than two hubs rank. A value that is a year does not age.
	 */
	public static Set<Long> mainGroupIds(Collection<Key> keys, boolean valueIsAYear) {
		Map<String, List<Key>> byKey = new LinkedHashMap<>();
		for (Key key : keys) {
			if (key.hasNumber()) {
				byKey.computeIfAbsent(key.groupKey(), (k) -> new ArrayList<>()).add(key);
			}
		}
		String best = null;
		Selection<Key> chosen = null;
		for (Map.Entry<String, List<Key>> entry : byKey.entrySet()) {
			Selection<Key> selection = select(entry.getValue(), Key::hubId, Key::year, Key::newness, Key::id,
					valueIsAYear);
			if (chosen == null || mainFirst(selection.inWindow().size(), entry.getKey(), selection.latest(),
					chosen.inWindow().size(), best, chosen.latest()) < 0) {
				best = entry.getKey();
				chosen = selection;
			}
		}
		if (chosen == null || chosen.inWindow().size() < 2) {
			return Set.of();
		}
		Set<Long> ids = new HashSet<>();
		chosen.inWindow().forEach((key) -> ids.add(key.id()));
		return ids;
	}

	/**
	 * Each hub's newest of one group's figures ({@link #newness}; of one, the one entered
	 * later), split into those within {@value #MAX_YEAR_GAP} years of the group's newest
	 * and the older ones (none when the values are years, which do not age); and the
	 * hubs' earlier figures.
	 */
	private record Selection<T>(List<T> inWindow, List<T> older, List<T> earlier, int earliest, int latest) {
	}

	private static <T> Selection<T> select(Collection<T> items, Function<T, Long> hub, ToIntFunction<T> year,
			ToIntFunction<T> newer, Function<T, Long> id, boolean ageless) {
		Comparator<T> newness = Comparator.comparingInt(newer)
			.thenComparing(id, Comparator.nullsFirst(Comparator.naturalOrder()));
		Map<Long, T> newest = new LinkedHashMap<>();
		for (T item : items) {
			newest.merge(hub.apply(item), item, (a, b) -> (newness.compare(b, a) > 0) ? b : a);
		}
		int latest = newest.values().stream().mapToInt(year).max().orElse(0);
		List<T> inWindow = new ArrayList<>();
		List<T> older = new ArrayList<>();
		for (T item : newest.values()) {
			(ageless || year.applyAsInt(item) >= latest - MAX_YEAR_GAP ? inWindow : older).add(item);
		}
		List<T> earlier = items.stream().filter((item) -> !newest.containsValue(item)).toList();
		int earliest = inWindow.stream().mapToInt(year).min().orElse(latest);
		return new Selection<>(List.copyOf(inWindow), List.copyOf(older), earlier, earliest, latest);
	}

	/**
	 * Every group of an indicator's figures about hubs, the main one first: the group
	 * that ranks the most hubs (then reported values before targets, then the newest).
	 */
	public static List<Group> groups(Indicator indicator, Collection<Figure> figures) {
		Map<String, List<Figure>> byKey = new LinkedHashMap<>();
		for (Figure figure : figures) {
			byKey.computeIfAbsent(groupKey(figure), (k) -> new ArrayList<>()).add(figure);
		}
		List<Group> groups = new ArrayList<>();
		byKey.forEach((key, members) -> groups.add(group(indicator, key, members)));
		groups.sort(MAIN_FIRST);
		return groups;
	}

	/**
	 * The group that ranks the most hubs comes first; then reported values; then newer.
	 */
	public static final Comparator<Group> MAIN_FIRST = (a, b) -> mainFirst(a.ranked().size(), a.key(), a.latest(),
			b.ranked().size(), b.key(), b.latest());

	/** Below zero when the first group comes before the second: {@link #MAIN_FIRST}. */
	private static int mainFirst(int rankedA, String keyA, int latestA, int rankedB, String keyB, int latestB) {
		if (rankedA != rankedB) {
			return Integer.compare(rankedB, rankedA);
		}
		boolean targetA = keyA.startsWith("target|");
		boolean targetB = keyB.startsWith("target|");
		if (targetA != targetB) {
			return targetA ? 1 : -1;
		}
		boolean partA = keyA.startsWith("reported ");
		boolean partB = keyB.startsWith("reported ");
		if (partA != partB) {
			return partA ? 1 : -1;
		}
		if (latestA != latestB) {
			return Integer.compare(latestB, latestA);
		}
		return keyA.compareTo(keyB);
	}

	/** The main group of an indicator's figures, or null when there are none. */
	public static Group mainGroup(Indicator indicator, Collection<Figure> figures) {
		List<Group> groups = groups(indicator, figures);
		return groups.isEmpty() ? null : groups.get(0);
	}

	/** Why a figure stands apart from a group it is not ranked in. */
	public static Apart apart(Figure figure, Group group) {
		if (figure.getValueNumeric() == null) {
			return Apart.NO_NUMBER;
		}
		if (isTarget(figure) != group.target()) {
			return Apart.KIND;
		}
		if (!Objects.equals(partOfYear(figure.getIndicator().getUnit(), figure.getAsOfLabel()), group.partOfYear())) {
			return Apart.PART_OF_YEAR;
		}
		if (!figure.getDefinitionGroup().equals(group.definitionGroup())) {
			return Apart.DEFINITION;
		}
		if (group.older().contains(figure)) {
			return Apart.OLDER;
		}
		return Apart.EARLIER;
	}

	/**
	 * The main group of any items that stand for figures about hubs (derived figures
	 * among them), ranked by the same rules as an indicator's figures: one group key,
	 * each hub's newest, within {@value #MAX_YEAR_GAP} years of the group's newest; the
	 * group that ranks the most hubs. Empty when nothing has a number.
	 */
	public static <T> List<Ranked<T>> rankMainGroup(Collection<T> items, Function<T, String> groupKey,
			Function<T, Long> hub, ToIntFunction<T> year, Function<T, Long> id, Function<T, BigDecimal> value,
			boolean higherIsBetter) {
		return rankMainGroup(items, groupKey, hub, year, year, id, value, higherIsBetter);
	}

	/**
	 * {@link #rankMainGroup}, taking each hub's item that is newest by its own measure
	 * ({@link #newness}), where the year alone does not tell two apart.
	 */
	public static <T> List<Ranked<T>> rankMainGroup(Collection<T> items, Function<T, String> groupKey,
			Function<T, Long> hub, ToIntFunction<T> year, ToIntFunction<T> newer, Function<T, Long> id,
			Function<T, BigDecimal> value, boolean higherIsBetter) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		items.stream()
			.filter((item) -> value.apply(item) != null)
			.forEach((item) -> byKey.computeIfAbsent(groupKey.apply(item), (k) -> new ArrayList<>()).add(item));
		String best = null;
		Selection<T> chosen = null;
		for (Map.Entry<String, List<T>> entry : byKey.entrySet()) {
			Selection<T> selection = select(entry.getValue(), hub, year, newer, id, false);
			if (chosen == null || mainFirst(selection.inWindow().size(), entry.getKey(), selection.latest(),
					chosen.inWindow().size(), best, chosen.latest()) < 0) {
				best = entry.getKey();
				chosen = selection;
			}
		}
		return (chosen == null) ? List.of() : ranks(chosen.inWindow(), value, higherIsBetter, hub);
	}

	/** Competition ranking (1, 2, 2, 4): the best value first, ties share a rank. */
	private static List<Entry> rank(Indicator indicator, List<Figure> figures) {
		List<Entry> entries = new ArrayList<>();
		ranks(figures, Figure::getValueNumeric, indicator.isHigherIsBetter(), (f) -> f.getSubject().getCityId())
			.forEach((ranked) -> entries.add(new Entry(ranked.item(), ranked.rank())));
		return List.copyOf(entries);
	}

	/** One item of a ranking with its rank. */
	public record Ranked<T>(T item, int rank) {
	}

	/**
	 * Competition ranking (1, 2, 2, 4) of the items of one group: the best value first
	 * (the highest, or the lowest where lower is better), ties share a rank and are
	 * listed by hub.
	 */
	public static <T> List<Ranked<T>> ranks(List<T> items, Function<T, BigDecimal> value, boolean higherIsBetter,
			Function<T, Long> hub) {
		Comparator<BigDecimal> order = higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
		List<T> sorted = items.stream().sorted(Comparator.comparing(value, order).thenComparing(hub)).toList();
		List<Ranked<T>> ranked = new ArrayList<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal current = value.apply(sorted.get(i));
			if (previous == null || current.compareTo(previous) != 0) {
				rank = i + 1;
			}
			previous = current;
			ranked.add(new Ranked<>(sorted.get(i), rank));
		}
		return List.copyOf(ranked);
	}

}
