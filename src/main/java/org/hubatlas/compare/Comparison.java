package org.hubatlas.compare;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.Indicator;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.source.Source;

/**
 * Hubs side by side: figures aligned by indicator, counts, incentive amounts, sources and
 * disputes.
 */
public record Comparison(CompareRequest request, List<Column> columns, List<FigureRow> figureRows,
		List<Indicator> indicatorsWithoutData, List<CountRow> countRows, List<BarChart> countCharts,
		List<Source> sources, Disputes disputes) {

	/**
	 * The query value of this comparison without one of its hubs, for the "Remove" links.
	 */
	public String paramWithout(int index) {
		List<String> slugs = new java.util.ArrayList<>(this.request.slugs());
		slugs.remove(index);
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
		List<String> notes = new java.util.ArrayList<>();
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
		java.util.Set<Dispute> specific = new java.util.LinkedHashSet<>();
		for (FigureRow row : this.figureRows) {
			row.cells()
				.stream()
				.filter(java.util.Objects::nonNull)
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
			List<Integer> ranks, List<AlsoReported> also) {

		/** The hub's rank in the row, or null where not ranked. */
		public Integer rank(int column) {
			return this.ranks.get(column);
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
			return this.cells.stream().filter(java.util.Objects::nonNull).count();
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
