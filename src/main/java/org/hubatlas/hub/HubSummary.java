package org.hubatlas.hub;

import java.util.List;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.figure.Figure;

/**
 * A hub as the directory and the home page show it: counts include its sub-areas.
 *
 * @param figureCount figures about the hub itself
 * @param leading its first two figures in the order its page lists them (the home page's
 * card shows them)
 * @param headline its newest figure for each headline indicator it has one for
 */
public record HubSummary(City city, List<City> subAreas, int companies, int institutions, int incentives,
		int figureCount, List<Figure> leading, Map<String, Figure> headline, java.util.Set<String> ranked) {

	/**
	 * The headline figure for an indicator when it ranks with other hubs' (the
	 * indicator's main group): what the directory sorts by; null otherwise.
	 */
	public Figure rankedFigure(String indicatorCode) {
		return this.ranked.contains(indicatorCode) ? this.headline.get(indicatorCode) : null;
	}

	/**
	 * The indicators the directory shows and sorts by, each with the hub's newest figure.
	 */
	public static final List<String> HEADLINE_INDICATORS = List.of("ai-pilot-zone", "ai-companies",
			"ai-industry-output", "computing-power-intelligent");

	/**
	 * The hub's figure for a headline indicator: the one that ranks with other hubs'
	 * where it has one, else its newest (a target only when there is nothing else); or
	 * null.
	 */
	public Figure newest(String indicatorCode) {
		return this.headline.get(indicatorCode);
	}

	/** Whether the sources name the hub a national AI innovation pilot zone. */
	public boolean pilotZone() {
		return this.headline.containsKey("ai-pilot-zone");
	}

}
