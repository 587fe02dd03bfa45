package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one owner of which figures rank together, asked by the rankings, the comparison,
 * the directory's sorts, the home page, the map and the API alike.
 * <ul>
 * <li>Figures rank together only when they are of the same indicator, count by the same
 * definition group (a definition, with those that count as it), and are the same kind:
 * targets with targets, reported values (actual or estimated) with reported values.</li>
 * <li>Each hub ranks with its newest figure of the group; figures more than
 * {@value #MAX_YEAR_GAP} years before the group's newest stand apart.</li>
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
		return (isTarget(figure) ? "target" : "reported") + "|" + figure.getDefinitionGroup();
	}

	public static boolean isTarget(Figure figure) {
		return figure.getKind() == FigureKind.TARGET;
	}

	/** The year the figure is about, 0 when not known. */
	public static int year(Figure figure) {
		Integer year = figure.getEffectiveYear();
		return (year != null) ? year : 0;
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
		Map<Long, Figure> newest = new LinkedHashMap<>();
		List<Figure> withNumber = new ArrayList<>();
		for (Figure figure : figures) {
			if (figure.getValueNumeric() == null) {
				continue;
			}
			withNumber.add(figure);
			newest.merge(figure.getSubject().getCityId(), figure, Comparability::newer);
		}
		int latest = newest.values().stream().mapToInt(Comparability::year).max().orElse(0);
		List<Figure> inWindow = new ArrayList<>();
		List<Figure> older = new ArrayList<>();
		for (Figure figure : newest.values()) {
			(year(figure) >= latest - MAX_YEAR_GAP ? inWindow : older).add(figure);
		}
		List<Figure> earlier = withNumber.stream().filter((f) -> !newest.containsValue(f)).toList();
		int earliest = inWindow.stream().mapToInt(Comparability::year).min().orElse(latest);
		return new Group(key, rank(indicator, inWindow), List.copyOf(older), earlier, earliest, latest);
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
	public static final Comparator<Group> MAIN_FIRST = Comparator.comparingInt((Group g) -> g.ranked().size())
		.reversed()
		.thenComparing(Group::target)
		.thenComparing(Comparator.comparingInt(Group::latest).reversed())
		.thenComparing(Group::key);

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
		if (!figure.getDefinitionGroup().equals(group.definitionGroup())) {
			return Apart.DEFINITION;
		}
		if (group.older().contains(figure)) {
			return Apart.OLDER;
		}
		return Apart.EARLIER;
	}

	/** Of two figures of one hub, the newer (of one year, the one entered later). */
	static Figure newer(Figure a, Figure b) {
		if (year(b) != year(a)) {
			return (year(b) > year(a)) ? b : a;
		}
		return (b.getId() != null && a.getId() != null && b.getId() > a.getId()) ? b : a;
	}

	/** Competition ranking (1, 2, 2, 4): the best value first, ties share a rank. */
	private static List<Entry> rank(Indicator indicator, List<Figure> figures) {
		Comparator<BigDecimal> order = indicator.isHigherIsBetter() ? Comparator.reverseOrder()
				: Comparator.naturalOrder();
		List<Figure> sorted = figures.stream()
			.sorted(Comparator.comparing(Figure::getValueNumeric, order)
				.thenComparing((Figure f) -> f.getSubject().getCityId()))
			.toList();
		List<Entry> entries = new ArrayList<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal value = sorted.get(i).getValueNumeric();
			if (previous == null || value.compareTo(previous) != 0) {
				rank = i + 1;
			}
			previous = value;
			entries.add(new Entry(sorted.get(i), rank));
		}
		return List.copyOf(entries);
	}

}
