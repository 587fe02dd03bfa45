package org.hubatlas.hub;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.figure.Figure;

/** A hub as the directory and the home page show it: counts include its sub-areas. */
public record HubSummary(City city, List<City> subAreas, int companies, int institutions, int incentives,
		List<Figure> figures) {
}
