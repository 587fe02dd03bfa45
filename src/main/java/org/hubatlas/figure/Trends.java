package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hubatlas.common.InterfaceText;

/**
 * How a hub's figures move over time: for each indicator and definition group in which
 * the hub has reported values (actual or estimated) with a number for two or more years,
 * one series of them, a point a year, with the growth per year between each two points.
 * The hub's targets of the same indicator and group are a plan beside it, never points of
 * the series. Worked out from figures already loaded: no query of its own.
 */
public final class Trends {

	private Trends() {
	}

	/**
	 * One year of a series: its figure. Of two figures of one year, the one the source
	 * gives exactly (no "over", no "about") stands, then the one entered later.
	 */
	public record Point(int year, Figure figure) {

		public BigDecimal value() {
			return this.figure.getValueNumeric();
		}

	}

	/**
	 * The change per year between two points: compound, over the years between them.
	 * Approximate when either figure is a bound or an estimate ("over", "about"); at
	 * least that much when only the later figure is a lower bound ("more than 2,400"
	 * after an exact count).
	 */
	public record Growth(int fromYear, int toYear, double perYear, boolean approximate, boolean atLeast,
			boolean points) {

		/**
		 * The growth per year in per cent, one decimal; for a share ({@code points}), the
		 * change per year in percentage points, two decimals.
		 */
		public double percent() {
			return this.points ? Math.round(this.perYear * 100) / 100.0 : Math.round(this.perYear * 1000) / 10.0;
		}

		/** As the trend tables show it: "+9.8%", "about −0.05 points". */
		public String shown() {
			String kind = this.points ? "trend.points" : "trend.growth";
			String english = this.points ? "{0,number,+0.00;\u22120.00} percentage points"
					: "{0,number,+0.0;\u22120.0}%";
			return this.atLeast ? InterfaceText.message(kind + "AtLeast", "at least " + english, percent())
					: this.approximate ? InterfaceText.message(kind + "About", "about " + english, percent())
							: InterfaceText.message(kind + "Exact", english, percent());
		}

	}

	/** A hub's series of one indicator and definition group, with its plan. */
	public record Series(Indicator indicator, String definitionGroup, List<Point> points, List<Point> plan) {

		public List<Growth> growth() {
			List<Growth> growth = new ArrayList<>();
			for (int i = 1; i < this.points.size(); i++) {
				Growth step = Trends.growth(this.points.get(i - 1), this.points.get(i));
				if (step != null) {
					growth.add(step);
				}
			}
			return growth;
		}

		/**
		 * The growth from the first point to the last, or null where it cannot be told.
		 */
		public Growth overall() {
			return (this.points.size() < 2) ? null
					: Trends.growth(this.points.get(0), this.points.get(this.points.size() - 1));
		}

		/** The growth per year from the point before the year's to it, or null. */
		public Growth growthTo(int year) {
			return growth().stream().filter((g) -> g.toYear() == year).findFirst().orElse(null);
		}

		public int firstYear() {
			return this.points.get(0).year();
		}

		public int lastYear() {
			return this.points.get(this.points.size() - 1).year();
		}

	}

	/**
	 * The growth between two points, or null when it cannot be told: a zero start, or a
	 * start that is only a lower bound (from "more than 2,400" to "more than 2,400" is
	 * not "about +0.0 %"). A share (R&D as a percent of GDP) changes by percentage points
	 * a year, not by a per cent of itself.
	 */
	static Growth growth(Point from, Point to) {
		if (from.value().signum() <= 0 || to.value().signum() < 0 || to.year() <= from.year()
				|| from.figure().isLowerBound()) {
			return null;
		}
		int years = to.year() - from.year();
		boolean share = from.figure().getIndicator().isShare();
		double perYear = share ? (to.value().doubleValue() - from.value().doubleValue()) / years
				: Math.pow(to.value().doubleValue() / from.value().doubleValue(), 1.0 / years) - 1;
		return new Growth(from.year(), to.year(), perYear, from.figure().isApproximate() || to.figure().isApproximate(),
				to.figure().isLowerBound(), share);
	}

	/** The series of one hub's figures, in the order of the indicators' catalogue. */
	public static List<Series> of(Collection<Figure> figures) {
		Map<String, List<Figure>> reported = new LinkedHashMap<>();
		Map<String, List<Figure>> targets = new LinkedHashMap<>();
		List<Figure> sorted = figures.stream()
			// A figure whose only year is its page's guess is no point of a year.
			.filter((f) -> f.getValueNumeric() != null && f.getEffectiveYear() != null && !f.isYearEstimated())
			.sorted(Comparator.comparingInt((Figure f) -> f.getIndicator().getSortOrder()).thenComparing(Figure::getId))
			.toList();
		for (Figure figure : sorted) {
			// A sum over part of a year never joins a series of whole years.
			if (Comparability.partOfYear(figure.getIndicator().getUnit(), figure.getAsOfLabel()) != null) {
				continue;
			}
			String key = figure.getIndicator().getId() + "|" + figure.getDefinitionGroup();
			(Comparability.isTarget(figure) ? targets : reported).computeIfAbsent(key, (k) -> new ArrayList<>())
				.add(figure);
		}
		List<Series> series = new ArrayList<>();
		reported.forEach((key, members) -> {
			List<Point> points = onePerYear(members);
			if (points.size() >= 2) {
				Figure first = members.get(0);
				series.add(new Series(first.getIndicator(), first.getDefinitionGroup(), points,
						onePerYear(targets.getOrDefault(key, List.of()))));
			}
		});
		return List.copyOf(series);
	}

	/**
	 * One figure a year: the one whose stated date is latest in it (a count at year-end
	 * over one of May, as the rankings choose), then an exact one over a bound.
	 */
	private static List<Point> onePerYear(List<Figure> figures) {
		Comparator<Figure> preferred = Comparator.comparingInt((Figure f) -> Comparability.newness(f))
			.thenComparing(Figure::getId);
		Map<Integer, Figure> byYear = new TreeMap<>();
		for (Figure figure : figures) {
			byYear.merge(figure.getEffectiveYear(), figure, (a, b) -> (preferred.compare(b, a) > 0) ? b : a);
		}
		List<Point> points = new ArrayList<>();
		byYear.forEach((year, figure) -> points.add(new Point(year, figure)));
		return List.copyOf(points);
	}

}
