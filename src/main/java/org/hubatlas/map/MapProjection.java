package org.hubatlas.map;

import java.math.BigDecimal;

/**
 * Where a point falls on the map: equirectangular over 70–140°E and 15–56°N, longitudes
 * scaled for latitude 35.5°, 800 pixels wide. The land outline (templates/map/land.html)
 * was drawn with the same numbers by src/map/generate_land_svg.py.
 */
final class MapProjection {

	static final double LON_MIN = 70;

	static final double LAT_MAX = 56;

	static final double LAT_MIN = 15;

	static final double WIDTH = 800;

	static final double KX = WIDTH / (140 - LON_MIN);

	static final double KY = KX / Math.cos(Math.toRadians(35.5));

	static final double HEIGHT = (LAT_MAX - LAT_MIN) * KY;

	private MapProjection() {
	}

	static double x(BigDecimal longitude) {
		return round((longitude.doubleValue() - LON_MIN) * KX);
	}

	static double y(BigDecimal latitude) {
		return round((LAT_MAX - latitude.doubleValue()) * KY);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
