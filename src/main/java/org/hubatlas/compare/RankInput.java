package org.hubatlas.compare;

import java.math.BigDecimal;

/**
 * One hub's value in a comparison row, as the ranking rules see it.
 *
 * @param value the number, or null when the source gives none
 * @param unit what the number counts (exaflops, CNY)
 * @param target whether the value is a target rather than a measured or estimated actual
 * @param year the year the value refers to
 * @param lowerBound whether the source gives only a lower bound ("over 2,400", "exceed
 * 100")
 * @param display the value as written, for the reasons shown to readers
 * @param definition what exactly the source counts, when it says (null: as the indicator
 * defines it)
 */
public record RankInput(BigDecimal value, String unit, boolean target, Integer year, boolean lowerBound, String display,
		String definition) {

	/** A value counted as the indicator defines it. */
	public RankInput(BigDecimal value, String unit, boolean target, Integer year, boolean lowerBound, String display) {
		this(value, unit, target, year, lowerBound, display, null);
	}

}
