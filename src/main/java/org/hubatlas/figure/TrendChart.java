package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn as inline SVG by the server: years along, values up from zero,
 * each point labelled with its value as the page words it, so the chart reads without
 * colour; a plan (targets) drawn dashed and labelled apart. The table beside it is its
 * text alternative.
 */
public record TrendChart(List<Line> lines, int firstYear, int lastYear, BigDecimal top) {

	public static final int WIDTH = 560;

	public static final int HEIGHT = 230;

	static final int LEFT = 44;

	static final int RIGHT = 70;

	static final int TOP = 22;

	static final int BOTTOM = 34;

	/** One value of a line: its year, number and the words the page shows for it. */
	public record Dot(int year, BigDecimal value, String text) {
	}

	/** One line: whose it is, its values in year order, and whether it is a plan. */
	public record Line(String label, List<Dot> dots, boolean plan, int index) {
	}

	/** The chart of some lines; null when no line has two points or more together. */
	public static TrendChart of(List<Line> lines) {
		List<Line> drawn = lines.stream().filter((line) -> !line.dots().isEmpty()).toList();
		if (drawn.isEmpty()) {
			return null;
		}
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		BigDecimal top = BigDecimal.ZERO;
		for (Line line : drawn) {
			for (Dot dot : line.dots()) {
				first = Math.min(first, dot.year());
				last = Math.max(last, dot.year());
				top = top.max(dot.value());
			}
		}
		return new TrendChart(List.copyOf(drawn), first, last, top);
	}

	/**
	 * One hub's series as a chart: its reported values as one line, named for the hub,
	 * and its plan (targets) as a dashed line apart.
	 */
	public static TrendChart of(Trends.Series series, String label, String planLabel) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(label, dots(series.points()), false, 0));
		if (!series.plan().isEmpty()) {
			lines.add(new Line(planLabel, dots(series.plan()), true, 1));
		}
		return of(lines);
	}

	/** A series' points as dots, each worded as the page words its figure. */
	public static List<Dot> dots(List<Trends.Point> points) {
		return points.stream().map((p) -> new Dot(p.year(), p.value(), FigureText.of(p.figure()))).toList();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public double x(int year) {
		double span = Math.max(1, this.lastYear - this.firstYear);
		double plot = WIDTH - LEFT - RIGHT;
		return (this.lastYear == this.firstYear) ? LEFT + plot / 2 : LEFT + plot * (year - this.firstYear) / span;
	}

	public double y(BigDecimal value) {
		double plot = HEIGHT - TOP - BOTTOM;
		if (this.top.signum() <= 0) {
			return TOP + plot;
		}
		return TOP + plot * (1 - value.doubleValue() / this.top.doubleValue());
	}

	/**
	 * Where a point's label stands: above the point, unless the line runs up through the
	 * side the label's text reaches (rightwards from the first year, leftwards from the
	 * last, both ways between), then below it, where there is room above the zero line.
	 */
	public double labelY(Line line, Dot dot) {
		double y = y(dot.value());
		int at = line.dots().indexOf(dot);
		Dot before = (at > 0) ? line.dots().get(at - 1) : null;
		Dot after = (at >= 0 && at < line.dots().size() - 1) ? line.dots().get(at + 1) : null;
		boolean reachesRight = dot.year() != this.lastYear || this.firstYear == this.lastYear;
		boolean reachesLeft = dot.year() != this.firstYear || this.firstYear == this.lastYear;
		boolean upRight = after != null && y(after.value()) < y - 2;
		boolean upLeft = before != null && y(before.value()) < y - 2;
		boolean below = (reachesRight && reachesLeft)
				? (upRight && upLeft || upRight && before == null || upLeft && after == null)
				: (reachesRight ? upRight : upLeft);
		return (below && y + LABEL_BELOW <= baseline() - 2) ? y + LABEL_BELOW : y - LABEL_ABOVE;
	}

	/**
	 * A value's label as drawn: where its text starts, ends or is centred, and its
	 * baseline.
	 */
	public record ValueLabel(Dot dot, double x, double y, String anchor) {
	}

	/**
	 * The labels of a line's dots, each where it stands clear of the labels of the dots
	 * before it, of this line and the lines before: at {@link #labelY} when that is free,
	 * else on the other side of its dot, else stacked further above. Close values a year
	 * apart ("12.52 million people", "12.62 million people") no longer print over each
	 * other. Widths are estimated for the phone's larger text.
	 */
	public List<ValueLabel> labels(Line line) {
		List<double[]> placed = new ArrayList<>();
		List<ValueLabel> labels = new ArrayList<>();
		for (Line each : this.lines) {
			for (Dot dot : each.dots()) {
				String anchor = anchor(dot);
				double x = x(dot.year());
				double width = (dot.text().length() + (each.plan() ? 8 : 0)) * CHAR_WIDTH;
				double left = switch (anchor) {
					case "start" -> x;
					case "end" -> x - width;
					default -> x - width / 2;
				};
				double usual = labelY(each, dot);
				double other = (usual > y(dot.value())) ? y(dot.value()) - LABEL_ABOVE
						: Math.min(y(dot.value()) + LABEL_BELOW, baseline() - 2);
				List<Double> tries = new ArrayList<>(List.of(usual, other));
				for (int k = 1; k <= 4; k++) {
					tries.add(Math.min(usual, other) - k * LABEL_HEIGHT);
				}
				double y = tries.stream()
					.filter((candidate) -> placed.stream().noneMatch((box) -> overlaps(box, left, width, candidate)))
					.findFirst()
					.orElse(usual);
				placed.add(new double[] { left, width, y });
				if (each == line) {
					labels.add(new ValueLabel(dot, x, y, anchor));
				}
			}
			if (each == line) {
				break;
			}
		}
		return labels;
	}

	private static boolean overlaps(double[] box, double left, double width, double y) {
		return left < box[0] + box[1] && box[0] < left + width && Math.abs(box[2] - y) < LABEL_HEIGHT;
	}

	/**
	 * Where a label's text hangs from its point: from the first year rightwards, the last
	 * leftwards.
	 */
	private String anchor(Dot dot) {
		if (this.firstYear == this.lastYear) {
			return "middle";
		}
		return (dot.year() == this.firstYear) ? "start" : (dot.year() == this.lastYear) ? "end" : "middle";
	}

	/** A label's height on a phone, where its text is largest (17 px). */
	static final int LABEL_HEIGHT = 18;

	/** An average character's width on a phone, in the chart's units. */
	static final double CHAR_WIDTH = 8.5;

	/** How far above a point its label's baseline stands. */
	static final int LABEL_ABOVE = 9;

	/** How far below a point its label's baseline stands when it goes below. */
	static final int LABEL_BELOW = 18;

	/** The y of the zero line. */
	public double baseline() {
		return HEIGHT - BOTTOM;
	}

	/** The years to mark along the bottom: every year when few, else about six. */
	public List<Integer> years() {
		int span = this.lastYear - this.firstYear;
		int step = Math.max(1, (int) Math.ceil(span / 6.0));
		List<Integer> years = new ArrayList<>();
		for (int year = this.firstYear; year <= this.lastYear; year += step) {
			years.add(year);
		}
		if (years.get(years.size() - 1) != this.lastYear) {
			years.add(this.lastYear);
		}
		return years;
	}

	/** The line's path through its dots ("M x y L x y …"). */
	public String path(Line line) {
		StringBuilder path = new StringBuilder();
		for (Dot dot : line.dots()) {
			path.append(path.isEmpty() ? "M" : " L")
				.append(String.format(Locale.ROOT, "%.1f %.1f", x(dot.year()), y(dot.value())));
		}
		return path.toString();
	}

	/**
	 * Whether the chart draws more than one line that is no plan (a legend is needed).
	 */
	public boolean legend() {
		return this.lines.stream().filter((line) -> !line.plan()).count() > 1;
	}

}
