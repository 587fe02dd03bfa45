package org.hubatlas.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hubatlas.common.InterfaceText;

/**
 * Decides whether the values of one comparison row can be ranked: only the same unit and
 * definition, the same kind (targets with targets, actuals with actuals), years close
 * enough, and no lower bound that could overtake the leader.
 */
public final class RankingRules {

	/** Values further apart in time than this are not ranked against each other. */
	static final int MAX_YEAR_GAP = 2;

	private RankingRules() {
	}

	/**
	 * @param values one entry per column; null where the hub has no data
	 * @param higherIsBetter whether the largest value leads
	 */
	public static Ranking assess(List<RankInput> values, boolean higherIsBetter) {
		List<Integer> present = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				present.add(i);
			}
		}
		if (present.size() < 2) {
			return Ranking.notComparable(present.isEmpty() ? InterfaceText.message("rank.noData", "no hub has data")
					: InterfaceText.message("rank.onlyOne", "only one hub has data"));
		}
		for (int i : present) {
			if (values.get(i).value() == null) {
				return Ranking.notComparable(InterfaceText.message("rank.noNumber",
						"no number to compare for \u201c{0}\u201d", values.get(i).display()));
			}
		}
		Set<String> units = new LinkedHashSet<>();
		present.forEach((i) -> units.add(Objects.requireNonNullElse(values.get(i).unit(), "")));
		if (units.size() > 1) {
			return Ranking
				.notComparable(InterfaceText.message("rank.units", "different units: {0}", String.join(" vs ", units)));
		}
		Set<String> definitions = new LinkedHashSet<>();
		present.forEach((i) -> definitions.add(Objects.requireNonNullElse(values.get(i).definition(), "as defined")));
		if (definitions.size() > 1) {
			return Ranking.notComparable(InterfaceText.message("rank.definitions", "different definitions: {0}",
					String.join(" vs ", definitions)));
		}
		long targets = present.stream().filter((i) -> values.get(i).target()).count();
		if (targets > 0 && targets < present.size()) {
			return Ranking.notComparable(InterfaceText.message("rank.targetVsActual", "target vs actual"));
		}
		List<Integer> years = present.stream().map((i) -> values.get(i).year()).toList();
		if (years.contains(null)) {
			return Ranking.notComparable(InterfaceText.message("rank.yearUnknown", "year not known for every hub"));
		}
		int earliest = years.stream().min(Integer::compare).orElseThrow();
		int latest = years.stream().max(Integer::compare).orElseThrow();
		if (latest - earliest > MAX_YEAR_GAP) {
			return Ranking.notComparable(InterfaceText.message("rank.years", "different years: {0} vs {1}",
					String.valueOf(earliest), String.valueOf(latest)));
		}

		BigDecimal best = null;
		for (int i : present) {
			BigDecimal v = values.get(i).value();
			if (best == null || (higherIsBetter ? v.compareTo(best) > 0 : v.compareTo(best) < 0)) {
				best = v;
			}
		}
		Set<Integer> leaders = new LinkedHashSet<>();
		for (int i : present) {
			if (values.get(i).value().compareTo(best) == 0) {
				leaders.add(i);
			}
		}
		if (higherIsBetter) {
			for (int i : present) {
				if (!leaders.contains(i) && values.get(i).lowerBound()) {
					return Ranking.notComparable("\u201c" + values.get(i).display()
							+ "\u201d is only a lower bound and could be the highest");
				}
			}
		}
		if (leaders.size() == present.size()) {
			return new Ranking(true, InterfaceText.message("rank.tieAll", "tie: every hub has the same value"),
					Set.copyOf(leaders));
		}
		return new Ranking(true, (leaders.size() > 1) ? InterfaceText.message("rank.tie", "tie for the lead") : null,
				Set.copyOf(leaders));
	}

}
