package org.hubatlas.ranking;

import java.util.ArrayList;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;
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

	/**
	 * For an amount, what to know of the ranked hubs that are not cities: a province's
	 * total holds its cities', an area's is part of its city's. Empty when every ranked
	 * hub is a city, or the values are shares, rates or years.
	 */
	public List<String> scopeNotes() {
		if (this.groups.isEmpty() || !main().ranked() || !this.indicator.isAmount()) {
			return List.of();
		}
		List<City> ranked = main().entries().stream().map(Entry::hub).toList();
		List<String> provincial = names(ranked.stream().filter((hub) -> hub.getLevel().isProvincial()).toList());
		List<String> within = names(
				ranked.stream().filter((hub) -> !hub.getLevel().isCity() && !hub.getLevel().isProvincial()).toList());
		if (provincial.size() + within.size() == ranked.size()) {
			return List.of();
		}
		List<String> notes = new ArrayList<>();
		if (!provincial.isEmpty()) {
			notes.add(InterfaceText.message("ranking.scope.provincial",
					"{0}: {1,choice,0#|1#a province or region, whose total includes its cities\u2019|1<provinces or regions, whose totals include their cities\u2019}. Read {1,choice,0#|1#its rank|1<their ranks} beside cities with that in mind.",
					InterfaceText.list(provincial), provincial.size()));
		}
		if (!within.isEmpty()) {
			notes.add(InterfaceText.message("ranking.scope.withinCity",
					"{0}: {1,choice,0#|1#an area within a city, whose total is part of its city\u2019s|1<areas within cities, whose totals are part of their cities\u2019}.",
					InterfaceText.list(within), within.size()));
		}
		return List.copyOf(notes);
	}

	private static List<String> names(List<City> hubs) {
		return hubs.stream().map((hub) -> InterfaceText.name(hub.getName(), hub.getNameZh())).distinct().toList();
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
