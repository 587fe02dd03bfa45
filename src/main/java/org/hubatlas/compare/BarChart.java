package org.hubatlas.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the server: one bar per hub, each
 * labelled with its hub and its value as written, so it reads without colour. Hubs
 * without data get a "no data" label and no bar.
 */
public record BarChart(String id, String title, String unit, List<Bar> bars) {

	static final int LABEL_WIDTH = 130;

	static final int BAR_AREA = 240;

	static final int ROW_HEIGHT = 34;

	public int height() {
		return this.bars.size() * ROW_HEIGHT + 8;
	}

	public int width() {
		return LABEL_WIDTH + BAR_AREA + 280;
	}

	/** Where the hub names end and the bars begin. */
	public int barX() {
		return LABEL_WIDTH;
	}

	public record Bar(String label, String display, BigDecimal value, boolean leader, int index) {

		public int y() {
			return this.index * ROW_HEIGHT + 4;
		}

		public boolean hasData() {
			return this.value != null;
		}

	}

	/**
	 * Bar lengths relative to the largest value; the view reads them from
	 * {@link #length(Bar)}.
	 */
	public int length(Bar bar) {
		BigDecimal max = this.bars.stream()
			.map(Bar::value)
			.filter((v) -> v != null)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		if (bar.value() == null || bar.value().signum() <= 0 || max.signum() <= 0) {
			return 0;
		}
		return Math.max(2,
				bar.value().multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue());
	}

	public static BarChart of(String id, String title, String unit, List<String> labels, List<String> displays,
			List<BigDecimal> values, Ranking ranking) {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			bars.add(new Bar(labels.get(i), displays.get(i), values.get(i), ranking != null && ranking.leads(i), i));
		}
		return new BarChart(id, title, unit, List.copyOf(bars));
	}

}
