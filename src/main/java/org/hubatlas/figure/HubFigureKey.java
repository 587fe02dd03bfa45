package org.hubatlas.figure;

/**
 * What is needed of a figure about a hub to pick it for the hub's summary, read without
 * loading the figure; {@code yearEstimated} when its only year is its source's estimated
 * one (as {@link Figure#isYearEstimated}), {@code exact} when its number is neither a
 * bound nor a rounding.
 */
record HubFigureKey(long id, long cityId, long indicatorId, FigureKind kind, Integer targetYear, Integer asOfYear,
		long sourceId, String definitionGroup, java.math.BigDecimal value, String asOfLabel, boolean yearEstimated,
		boolean exact) {

	/** Without a definition or a number: as the picks of a hub's summary see it. */
	HubFigureKey(long id, long cityId, long indicatorId, FigureKind kind, Integer targetYear, Integer asOfYear,
			long sourceId) {
		this(id, cityId, indicatorId, kind, targetYear, asOfYear, sourceId, null, java.math.BigDecimal.ONE, null, false,
				true);
	}

	boolean hasNumber() {
		return this.value != null;
	}

}
