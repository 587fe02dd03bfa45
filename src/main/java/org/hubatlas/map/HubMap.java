package org.hubatlas.map;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubatlas.city.City;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.Indicator;

/**
 * Every hub with coordinates as a labelled dot (a province or region as a ring around its
 * capital); dots sized by the figures of the chosen indicator's main ranked group (equal
 * when none is chosen), pilot zones ringed. The frame fits the hubs. The same hubs as a
 * table.
 *
 * @param frame the part of the map shown: the hubs' extent with a margin
 * @param fontSize the labels' size, in map units
 */
public record HubMap(List<Dot> dots, List<City> unplaced, Indicator sizedBy, List<Indicator> sizeChoices, Legend legend,
		Disputes disputes, Frame frame, double fontSize, Set<Long> apart) {

	/** A map whose hubs have no figures apart from those that size the dots. */
	public HubMap(List<Dot> dots, List<City> unplaced, Indicator sizedBy, List<Indicator> sizeChoices, Legend legend,
			Disputes disputes, Frame frame, double fontSize) {
		this(dots, unplaced, sizedBy, sizeChoices, legend, disputes, frame, fontSize, Set.of());
	}

	/**
	 * Whether the hub has figures of the sizing indicator that do not rank with the
	 * others (counted another way, older, a target): not "no data".
	 */
	public boolean hasFiguresApart(City hub) {
		return this.apart.contains(hub.getId());
	}

	/** The SVG's view box: the frame, and the size key under it when dots are sized. */
	public String viewBox() {
		SizeKey key = sizeKey();
		return this.frame.x() + " " + this.frame.y() + " " + this.frame.width() + " "
				+ round(this.frame.height() + ((key != null) ? key.height() : 0));
	}

	/**
	 * The smallest and largest dot drawn under the map, in the map's own units, so that
	 * they keep the dots' sizes at every width the map is shown (a key drawn in pixels
	 * beside it matched them on a phone only); null when dots are not sized.
	 */
	public SizeKey sizeKey() {
		if (this.legend == null) {
			return null;
		}
		double pad = round(this.fontSize * 0.8);
		double small = this.legend.smallestRadius();
		double large = this.legend.largestRadius();
		double smallRow = Math.max(2 * small, this.fontSize * 1.4);
		double largeRow = Math.max(2 * large, this.fontSize * 1.4);
		double top = this.frame.y() + this.frame.height();
		double cx = round(this.frame.x() + pad + large);
		double smallY = round(top + pad + smallRow / 2);
		double largeY = round(top + pad + smallRow + pad / 2 + largeRow / 2);
		return new SizeKey(top, round(pad + smallRow + pad / 2 + largeRow + pad), cx, smallY, small, largeY, large,
				round(cx + large + pad));
	}

	/**
	 * The size key's band under the frame: where it starts and how high it is, the centre
	 * of its two dots and their radii, and where their values are written.
	 */
	public record SizeKey(double y, double height, double cx, double smallY, double smallRadius, double largeY,
			double largeRadius, double textX) {
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The part of the map shown, in map units. */
	public record Frame(double x, double y, double width, double height) {
	}

	/**
	 * @param radius the dot's radius, or the ring's for a province or region
	 * @param area whether the hub is a province or region, drawn as a ring
	 * @param sized whether the dot's size shows a figure (false: the plain dot)
	 * @param figure the figure that sizes the dot, or null
	 * @param pilotZone the hub's pilot-zone designation, or null when it is not one
	 */
	public record Dot(City hub, double x, double y, double radius, boolean area, boolean sized, Figure figure,
			Figure pilotZone, Label label) {
	}

	/**
	 * A hub's name on the map: the box it sits in (also its tap target), where its text
	 * is anchored, and the leader line to the dot when it had to move away, else null.
	 */
	public record Label(String text, double x, double y, double width, double height, double textX, double textY,
			String anchor, Line leader) {
	}

	public record Line(double x1, double y1, double x2, double y2) {
	}

	/**
	 * What the dot sizes show: the indicator, the definition its ranked group counts by
	 * (null where as the indicator defines), whether the group is of targets, its years,
	 * the dot sizes of the smallest and largest values as written, and how many hubs on
	 * the map have no figure in the group (drawn as plain dots).
	 */
	public record Legend(String indicator, String countedAs, boolean targets, int earliest, int latest, String smallest,
			double smallestRadius, String largest, double largestRadius, int unsized) {

		/** "2024" or "2022–2024". */
		public String years() {
			return (this.earliest == this.latest || this.earliest == 0) ? String.valueOf(this.latest)
					: this.earliest + "–" + this.latest;
		}

	}

	/** Whether a part of a hub is drawn on its hub (a smaller dot when not sized). */
	public boolean hasParts() {
		Set<Long> ids = this.dots.stream().map((dot) -> dot.hub().getId()).collect(Collectors.toSet());
		return this.dots.stream()
			.anyMatch((dot) -> dot.hub().getParent() != null && ids.contains(dot.hub().getParent().getId()));
	}

	/** Whether any hub is drawn as a ring. */
	public boolean hasAreas() {
		return this.dots.stream().anyMatch(Dot::area);
	}

	/**
	 * The same map with only these hubs' dots (the home page's, when there are more hubs
	 * than it shows); the frame, labels, legend and sizes stay those of every hub.
	 */
	public HubMap only(Set<Long> hubIds) {
		return new HubMap(this.dots.stream().filter((d) -> hubIds.contains(d.hub().getId())).toList(),
				this.unplaced.stream().filter((c) -> hubIds.contains(c.getId())).toList(), this.sizedBy,
				this.sizeChoices, this.legend, this.disputes, this.frame, this.fontSize, this.apart);
	}

}
