package org.hubatlas.map;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.Indicator;

/**
 * Every hub with coordinates as a dot; dots sized by the hub's newest figure for the
 * chosen indicator (equal when none is chosen), pilot zones ringed. The same hubs as a
 * table.
 */
public record HubMap(List<Dot> dots, List<City> unplaced, Indicator sizedBy, List<Indicator> sizeChoices, Legend legend,
		Disputes disputes) {

	public double width() {
		return MapProjection.WIDTH;
	}

	public double height() {
		return Math.round(MapProjection.HEIGHT * 10) / 10.0;
	}

	/**
	 * @param figure the figure that sizes the dot, or null
	 * @param pilotZone the hub's pilot-zone designation, or null when it is not one
	 */
	public record Dot(City hub, double x, double y, double radius, Figure figure, Figure pilotZone) {
	}

	/** The dot sizes of the smallest and largest values, as written. */
	public record Legend(String smallest, double smallestRadius, String largest, double largestRadius) {
	}

	/**
	 * The same map with only these hubs' dots (the home page's, when there are more hubs
	 * than it shows); the legend and sizes stay those of every hub.
	 */
	public HubMap only(java.util.Set<Long> hubIds) {
		return new HubMap(this.dots.stream().filter((d) -> hubIds.contains(d.hub().getId())).toList(),
				this.unplaced.stream().filter((c) -> hubIds.contains(c.getId())).toList(), this.sizedBy,
				this.sizeChoices, this.legend, this.disputes);
	}

}
