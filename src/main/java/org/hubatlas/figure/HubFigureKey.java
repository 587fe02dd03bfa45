package org.hubatlas.figure;

/**
 * What a hub summary needs to know of a figure about a hub to pick it, without loading
 * it: its indicator, kind and years.
 *
 * @param id the figure
 * @param cityId the hub it is about
 * @param indicatorCode its indicator's code
 * @param kind reported, estimate or target
 * @param targetYear the year a target is for, or null
 * @param asOfYear the year it is as of, or null
 * @param sourceYear the year its source was published, or null
 */
public record HubFigureKey(long id, long cityId, String indicatorCode, FigureKind kind, Integer targetYear,
		Integer asOfYear, Integer sourceYear) {

	/** The same year as {@link Figure#getEffectiveYear()}. */
	public Integer effectiveYear() {
		if (this.targetYear != null) {
			return this.targetYear;
		}
		return (this.asOfYear != null) ? this.asOfYear : this.sourceYear;
	}

}
