package org.hubatlas.hub;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;

/** A hub as the directory and the home page show it: counts include its sub-areas. */
public record HubSummary(City city, List<City> subAreas, int companies, int institutions, int incentives,
		List<Figure> figures) {

	/**
	 * The indicators the directory shows and sorts by, each with the hub's newest figure.
	 */
	public static final List<String> HEADLINE_INDICATORS = List.of("ai-pilot-zone", "ai-companies",
			"ai-industry-output", "computing-power-intelligent");

	/**
	 * The hub's newest figure for the indicator (a target only when there is nothing
	 * else), or null.
	 */
	public Figure newest(String indicatorCode) {
		Figure newest = null;
		for (Figure figure : this.figures) {
			if (!figure.getIndicator().getCode().equals(indicatorCode)) {
				continue;
			}
			if (newest == null || rank(figure) > rank(newest)) {
				newest = figure;
			}
		}
		return newest;
	}

	private static int rank(Figure figure) {
		int year = (figure.getEffectiveYear() != null) ? figure.getEffectiveYear() : 0;
		return year * 2 + ((figure.getKind() == FigureKind.TARGET) ? 0 : 1);
	}

	/** Whether the sources name the hub a national AI innovation pilot zone. */
	public boolean pilotZone() {
		return newest("ai-pilot-zone") != null;
	}

}
