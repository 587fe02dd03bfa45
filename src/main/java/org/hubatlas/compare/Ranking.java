package org.hubatlas.compare;

import java.util.Set;

/**
 * Whether a comparison row can honestly be ranked and, if so, which columns lead.
 *
 * @param comparable whether the values can be ranked
 * @param reason why not, in words for the reader ("different years: 2018 vs 2025"); for a
 * tie, that it is one
 * @param leaders the indexes of the leading columns (several on a tie), empty when not
 * comparable
 */
public record Ranking(boolean comparable, String reason, Set<Integer> leaders) {

	static Ranking notComparable(String reason) {
		return new Ranking(false, reason, Set.of());
	}

	public boolean leads(int index) {
		return this.leaders.contains(index);
	}

}
