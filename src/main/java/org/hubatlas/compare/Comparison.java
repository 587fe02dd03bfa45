package org.hubatlas.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.TrendChart;
import org.hubatlas.figure.Trends;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.source.Source;

/**
 * Hubs side by side: figures aligned by indicator, counts, incentive amounts, sources and
 * disputes.
 */
public record Comparison(CompareRequest request, List<Column> columns, List<FigureRow> figureRows,
		List<Indicator> indicatorsWithoutData, List<CountRow> countRows, List<BarChart> countCharts,
		List<Source> sources, Disputes disputes, List<TrendRow> trends) {

	/**
	 * One indicator and definition in which two or more of the compared hubs have a
	 * series over the years: a line per hub, each hub's growth per year from its first
	 * point to its last.
	 */
	public record TrendRow(Indicator indicator, String definitionLabel, TrendChart chart, List<HubSeries> series) {
	}

	/** A compared hub's series in a trend row, with its column. */
	public record HubSeries(int column, Trends.Series series) {
	}

	/**
	 * How many of the rows that rank two or more hubs each hub leads (alone or tied), in
	 * the order of the columns.
	 */
	public List<Integer> leads() {
		List<Integer> leads = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			int column = i;
			leads.add((int) leadRows().stream().filter((row) -> row.ranking().leads(column)).count());
		}
		return leads;
	}

	/**
	 * The ranked rows a lead is counted in: reported figures, not plans (a target is no
	 * lead) nor years of designation (the earliest is no lead either, and hubs named in
	 * one year all tie).
	 */
	public List<FigureRow> leadRows() {
		return rankedRows().stream()
			.filter((row) -> !row.indicator().isValueAYear())
			.filter((row) -> !row.plans())
			.toList();
	}

	/** The rows in which two or more of the hubs rank together. */
	public List<FigureRow> rankedRows() {
		return this.figureRows.stream()
			.filter((row) -> row.ranking().comparable())
			.filter((row) -> row.ranks().stream().filter(Objects::nonNull).count() >= 2)
			.toList();
	}

	/**
	 * The rows where the ranked hubs lie furthest apart: the first's value over the
	 * last's, for indicators where more is more; at most three, the largest first. A
	 * total is set only against hubs of the same scope: a province is many times a city
	 * because it holds cities, which says nothing.
	 */
	public List<Gap> largestGaps() {
		List<Gap> gaps = new ArrayList<>();
		for (FigureRow row : rankedRows()) {
			if (!row.indicator().isHigherIsBetter()) {
				continue;
			}
			Map<String, List<Integer>> byScope = new LinkedHashMap<>();
			for (int i = 0; i < row.cells().size(); i++) {
				if (row.rank(i) != null) {
					byScope
						.computeIfAbsent(row.indicator().isAmount() ? scope(this.columns.get(i).city()) : "",
								(k) -> new ArrayList<>())
						.add(i);
				}
			}
			byScope.values()
				.stream()
				.map((columns) -> gap(row, columns))
				.filter(Objects::nonNull)
				.max(Comparator.comparingDouble(Gap::ratio))
				.ifPresent(gaps::add);
		}
		gaps.sort(Comparator.comparingDouble(Gap::ratio).reversed());
		return gaps.subList(0, Math.min(3, gaps.size()));
	}

	private static String scope(City hub) {
		return hub.getLevel().isCity() ? "city" : hub.getLevel().isProvincial() ? "provincial" : "within a city";
	}

	/**
	 * The first and the last of these columns of the row, when a ratio says something.
	 */
	private static Gap gap(FigureRow row, List<Integer> columns) {
		int top = -1;
		int bottom = -1;
		for (int i : columns) {
			BigDecimal value = row.cells().get(i).getValueNumeric();
			if (top < 0 || value.compareTo(row.cells().get(top).getValueNumeric()) > 0) {
				top = i;
			}
			if (bottom < 0 || value.compareTo(row.cells().get(bottom).getValueNumeric()) < 0) {
				bottom = i;
			}
		}
		BigDecimal low = row.cells().get(bottom).getValueNumeric();
		// Over a lower bound ("≥ 33 EFLOPS") a ratio says nothing: the last may be
		// nearer. Nor between plans for different years (200 EFLOPS by 2027, 25 by
		// 2025): the figures are not one moment's.
		if (top == bottom || low.signum() <= 0 || row.cells().get(bottom).isLowerBound()
				|| plansForDifferentYears(row.cells().get(top), row.cells().get(bottom))) {
			return null;
		}
		return new Gap(row, top, bottom, row.cells().get(top).getValueNumeric().doubleValue() / low.doubleValue(),
				row.cells().get(top).isLowerBound());
	}

	/**
	 * The compared hubs that are not cities, when cities are compared too: what their
	 * totals hold is said beside the comparison.
	 */
	public List<City> notCitiesAmongCities() {
		List<City> hubs = this.columns.stream().map(Column::city).toList();
		if (hubs.stream().noneMatch((hub) -> hub.getLevel().isCity())) {
			return List.of();
		}
		return hubs.stream().filter((hub) -> !hub.getLevel().isCity()).toList();
	}

	private static boolean plansForDifferentYears(Figure a, Figure b) {
		return (a.getKind() == FigureKind.TARGET || b.getKind() == FigureKind.TARGET)
				&& !Objects.equals(a.getTargetYear(), b.getTargetYear());
	}

	/**
	 * A row's first and last ranked hub, and how many times the one the other is: at
	 * least that many when the first's figure is a lower bound.
	 */
	public record Gap(FigureRow row, int top, int bottom, double ratio, boolean atLeast) {

		/**
		 * The ratio rounded for reading: one decimal under ten, whole above; rounded down
		 * where it is a least ("at least 2.1 times" for 2.18: rounded up it would claim
		 * more than the figures give).
		 */
		public String times() {
			BigDecimal exact = BigDecimal.valueOf(this.ratio);
			RoundingMode rounding = this.atLeast ? RoundingMode.DOWN : RoundingMode.HALF_UP;
			return (this.ratio < 10) ? exact.setScale(1, rounding).toPlainString()
					: String.format(Locale.ROOT, "%,d", exact.setScale(0, rounding).longValueExact());
		}

		/**
		 * The sources of the two figures, each once: two hubs' figures often come from
		 * one article.
		 */
		public List<Source> sources() {
			Source first = this.row.cells().get(this.top).getSource();
			Source last = this.row.cells().get(this.bottom).getSource();
			return first.getId().equals(last.getId()) ? List.of(first) : List.of(first, last);
		}

	}

	/**
	 * The query value of this comparison without one of its hubs, for the "Remove" links.
	 */
	public String paramWithout(int index) {
		List<String> slugs = new ArrayList<>(this.request.slugs());
		slugs.remove(index);
		return String.join(",", slugs);
	}

	/**
	 * The query value of this comparison with one hub a place earlier, for the "Move
	 * left" links: any order is a few clicks away, without script.
	 */
	public String paramMovedLeft(int index) {
		List<String> slugs = new ArrayList<>(this.request.slugs());
		java.util.Collections.swap(slugs, index, index - 1);
		return String.join(",", slugs);
	}

	/** "Beijing, Shanghai and Guizhou" ("北京、上海和贵州" for readers of Chinese). */
	public String title() {
		return InterfaceText.list(this.columns.stream()
			.map((c) -> InterfaceText.name(c.city().getName(), c.city().getNameZh()))
			.toList());
	}

	/**
	 * "Zhongguancun is part of Beijing": said whenever a hub is compared with one of its
	 * own sub-areas.
	 */
	public List<String> subAreaNotes() {
		List<String> notes = new ArrayList<>();
		for (Column column : this.columns) {
			City parent = column.city().getParent();
			if (parent != null && this.columns.stream().anyMatch((c) -> c.city().getId().equals(parent.getId()))) {
				notes.add(InterfaceText.message("compare.subAreaNote",
						"{0} is part of {1}: what our sources name in {0} counts for {1} too.",
						InterfaceText.name(column.city().getName(), column.city().getNameZh()),
						InterfaceText.name(parent.getName(), parent.getNameZh())));
			}
		}
		return notes;
	}

	/**
	 * Disputes about what the comparison shows (a figure, an amount) or that say data is
	 * wrong: shown in full.
	 */
	public List<Dispute> specificDisputes() {
		Set<Dispute> specific = new LinkedHashSet<>();
		for (FigureRow row : this.figureRows) {
			row.cells()
				.stream()
				.filter(Objects::nonNull)
				.forEach((f) -> specific.addAll(this.disputes.forFigure(f.getId())));
		}
		for (Column column : this.columns) {
			column.incentives().forEach((i) -> specific.addAll(this.disputes.forIncentive(i.getId())));
		}
		return this.disputes.getAll().stream().filter((d) -> specific.contains(d) || d.isContradiction()).toList();
	}

	/**
	 * The other caveats on these hubs (general ones, about the sources as a whole): once,
	 * collapsed, at the foot.
	 */
	public List<Dispute> generalDisputes() {
		List<Dispute> specific = specificDisputes();
		return this.disputes.getAll().stream().filter((d) -> !specific.contains(d)).toList();
	}

	public int sourceNumber(Source source) {
		return this.sources.indexOf(source) + 1;
	}

	/** One compared hub. */
	public record Column(City city, List<City> subAreas, List<Incentive> incentives, List<Dispute> notableDisputes) {
	}

	/** One indicator across the hubs; a null cell is a hub with no data. */
	public record FigureRow(Indicator indicator, List<Figure> cells, Ranking ranking, BarChart chart,
			List<Integer> ranks, List<String> apart, List<AlsoReported> also) {

		/** The hub's rank in the row, or null where not ranked. */
		public Integer rank(int column) {
			return this.ranks.get(column);
		}

		/**
		 * Whether the row ranks plans (targets, and forecasts of a year not over): its
		 * first is the highest plan, not a lead, and no lead is counted in it. A plan
		 * that stands apart from the reported figures ranked makes no row of plans.
		 */
		public boolean plans() {
			return IntStream.range(0, this.cells.size())
				.filter((i) -> this.ranks.get(i) != null)
				.mapToObj(this.cells::get)
				.anyMatch(Comparability::isTarget);
		}

		/**
		 * Whether the hub's figure is ranked in the row ("yes"), or why not: the row's
		 * reason when the row ranks no one, no data, or why its figure stands apart.
		 */
		public String rankedOrWhy(int column) {
			Figure figure = this.cells.get(column);
			if (figure == null) {
				return InterfaceText.message("compare.page.noData", "no data");
			}
			if (!this.ranking.comparable()) {
				// Hubs counted in different ways: each says how it counts.
				boolean definitionsDiffer = this.cells.stream()
					.filter(Objects::nonNull)
					.map(Figure::getDefinitionLabel)
					.distinct()
					.count() > 1;
				return (definitionsDiffer && figure.getDefinitionLabel() != null)
						? InterfaceText.message("rank.countedAs", "counted as: {0}", figure.getDefinitionLabel())
						: this.ranking.reason();
			}
			return (this.ranks.get(column) != null) ? InterfaceText.message("csv.compare.rankedYes", "yes")
					: this.apart.get(column);
		}

		/**
		 * The figures of one hub reported beside the one shown, with why each stands
		 * apart.
		 */
		public List<AlsoReported> alsoFor(int column) {
			return this.also.stream().filter((a) -> a.column() == column).toList();
		}

		/** How many of the compared hubs have a figure for the indicator. */
		public long hubsWithData() {
			return this.cells.stream().filter(Objects::nonNull).count();
		}

	}

	/**
	 * Another figure of a hub for the row's indicator, and why it is not the one ranked.
	 */
	public record AlsoReported(int column, Figure figure, String reason) {
	}

	/**
	 * A count across the hubs, optionally one slice of a larger count (one sector of the
	 * companies).
	 */
	public record CountRow(String label, boolean slice, List<Integer> values, String anchor) {
	}

}
