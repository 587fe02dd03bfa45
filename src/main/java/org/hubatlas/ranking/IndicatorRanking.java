package org.hubatlas.ranking;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.compare.BarChart;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.Indicator;

/**
 * One indicator across the hubs: the figures that can honestly be ranked together,
 * ranked, and the others in groups that say why they stand apart (a target, another
 * definition, an older year, an earlier figure for the same hub).
 */
public record IndicatorRanking(Indicator indicator, List<Group> groups, BarChart chart, Disputes disputes,
		String summary) {

	/** The first group is the ranked one when {@link Group#ranked()}. */
	public Group main() {
		return this.groups.get(0);
	}

	public int hubCount() {
		return (int) this.groups.stream()
			.flatMap((g) -> g.entries().stream())
			.map((e) -> e.hub().getId())
			.distinct()
			.count();
	}

	/**
	 * @param title what the group holds ("Ranked", "Targets", "Counted differently: …")
	 * @param reason why it is not ranked with the first group, or why it is not ranked at
	 * all; null when ranked
	 * @param ranked whether ranks are shown
	 */
	public record Group(String title, String reason, boolean ranked, List<Entry> entries) {
	}

	/**
	 * A hub's figure in a group, with its rank when the group is ranked (equal values
	 * share a rank).
	 */
	public record Entry(Integer rank, City hub, Figure figure) {

		public boolean leads() {
			return this.rank != null && this.rank == 1;
		}

	}

}
