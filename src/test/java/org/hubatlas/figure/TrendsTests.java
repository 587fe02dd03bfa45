package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hub's series: reported values of one indicator and definition over two years or more,
 * a point a year, with compound growth per year; targets only ever as a plan beside it.
 */
class TrendsTests {

	private final Indicator output = new Indicator("ai-industry-output", "AI industry output", "CNY", true, null, 1);

	private final Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, null, 2);

	private final IndicatorDefinition total = new IndicatorDefinition(this.output, "ai-industry-scale-total",
			"Total scale", null, null, 0);

	private final IndicatorDefinition core = new IndicatorDefinition(this.output, "ai-core-industry-scale",
			"Core industry", null, null, 1);

	private final Source source = new Source("s", "A page", "2025", DatePrecision.YEAR);

	private long nextId = 1;

	private Figure figure(Indicator indicator, long value, int year, FigureKind kind, IndicatorDefinition definition,
			Qualifier qualifier) {
		Figure figure = new Figure(Subject.city(1), indicator, BigDecimal.valueOf(value), String.valueOf(value), kind,
				this.source, "q");
		TestFigures.date(figure, qualifier, String.valueOf(year), (kind == FigureKind.TARGET) ? null : year,
				(kind == FigureKind.TARGET) ? year : null, definition);
		ReflectionTestUtils.setField(figure, "id", this.nextId++);
		return figure;
	}

	private Figure actual(long value, int year, IndicatorDefinition definition) {
		return figure(this.output, value, year, FigureKind.ACTUAL, definition, Qualifier.NONE);
	}

	@Test
	void growthPerYearIsCompoundBetweenTheYearsOfTwoPoints() {
		// Beijing's AI industry: 186 billion in 2020, 250 billion in 2023.
		List<Trends.Series> series = Trends.of(List.of(actual(186, 2020, this.total), actual(250, 2023, this.total)));
		assertThat(series).singleElement().satisfies((s) -> {
			assertThat(s.points()).extracting(Trends.Point::year).containsExactly(2020, 2023);
			Trends.Growth growth = s.growthTo(2023);
			assertThat(growth.perYear()).isCloseTo(Math.pow(250.0 / 186.0, 1.0 / 3) - 1, within(1e-9));
			assertThat(growth.percent()).isEqualTo(10.4);
			assertThat(growth.approximate()).isFalse();
			assertThat(s.growthTo(2020)).isNull();
		});
	}

	/**
	 * A share changes by percentage points: Beijing's R&D intensity from 6.83 % to 6.73 %
	 * a year later is −0.10 points, not −1.5 %.
	 */
	@Test
	void aShareChangesByPercentagePointsAYear() {
		Indicator intensity = new Indicator("rd-intensity", "R&D intensity", "percent of GDP", true, null, 3);
		Figure before = figure(intensity, 683, 2023, FigureKind.ACTUAL, null, Qualifier.NONE);
		Figure after = figure(intensity, 673, 2024, FigureKind.ACTUAL, null, Qualifier.NONE);
		ReflectionTestUtils.setField(before, "valueNumeric", new BigDecimal("6.83"));
		ReflectionTestUtils.setField(after, "valueNumeric", new BigDecimal("6.73"));
		Trends.Growth growth = Trends.of(List.of(before, after)).get(0).growthTo(2024);
		assertThat(growth.points()).isTrue();
		assertThat(growth.percent()).isEqualTo(-0.10);
		assertThat(growth.shown()).isEqualTo("\u22120.10 percentage points");
		assertThat(Trends.of(List.of(actual(186, 2020, this.total), actual(250, 2023, this.total)))
			.get(0)
			.growthTo(2023)
			.shown()).isEqualTo("+10.4%");
	}

	/**
	 * A figure with no date of its own, on a page dated only "about 2025", is no point of
	 * 2025: the series stays with the dated years.
	 */
	@Test
	void aFigureDatedOnlyByItsPagesGuessIsNoPoint() {
		Source guessed = new Source("g", "An undated page", "about 2025", DatePrecision.ESTIMATED);
		ReflectionTestUtils.setField(guessed, "publishedYear", 2025);
		Figure undated = new Figure(Subject.city(1), this.output, BigDecimal.valueOf(260), "260", FigureKind.ACTUAL,
				guessed, "q");
		TestFigures.date(undated, Qualifier.NONE, "not stated", null, null, this.total);
		ReflectionTestUtils.setField(undated, "id", 99L);
		List<Trends.Series> series = Trends
			.of(List.of(actual(186, 2020, this.total), actual(250, 2023, this.total), undated));
		assertThat(series).singleElement()
			.satisfies((s) -> assertThat(s.points()).extracting(Trends.Point::year).containsExactly(2020, 2023));
	}

	@Test
	void aBoundOrAnEstimateMakesTheGrowthApproximate() {
		Figure over = figure(this.output, 250, 2023, FigureKind.ACTUAL, this.total, Qualifier.OVER);
		Figure estimate = figure(this.output, 300, 2024, FigureKind.ESTIMATE, this.total, Qualifier.NONE);
		Trends.Series s = Trends.of(List.of(actual(186, 2020, this.total), over, estimate)).get(0);
		// To "over 250" the growth is at least that; from it, it cannot be told.
		assertThat(s.growth()).singleElement().satisfies((g) -> {
			assertThat(g.toYear()).isEqualTo(2023);
			assertThat(g.approximate()).isTrue();
			assertThat(g.atLeast()).isTrue();
		});
		assertThat(s.growthTo(2024)).isNull();
		assertThat(s.overall().approximate()).isTrue();
		assertThat(s.overall().atLeast()).isFalse();
	}

	@Test
	void betweenTwoLowerBoundsThereIsNoGrowthToTell() {
		Figure before = figure(this.companies, 2400, 2023, FigureKind.ACTUAL, null, Qualifier.OVER);
		Figure after = figure(this.companies, 2400, 2024, FigureKind.ACTUAL, null, Qualifier.OVER);
		Trends.Series s = Trends.of(List.of(before, after)).get(0);
		assertThat(s.growth()).isEmpty();
		assertThat(s.overall()).isNull();
	}

	@Test
	void aSumOverPartOfAYearNeverJoinsASeriesOfWholeYears() {
		// Beijing's core AI industry: whole years, then the first half of 2025.
		Figure half = actual(186, 2025, this.total);
		TestFigures.date(half, Qualifier.NONE, "2025-H1", 2025, null, this.total);
		List<Trends.Series> series = Trends
			.of(List.of(actual(250, 2023, this.total), actual(300, 2024, this.total), half));
		assertThat(series).singleElement()
			.satisfies((s) -> assertThat(s.points()).extracting(Trends.Point::year).containsExactly(2023, 2024));
	}

	@Test
	void targetsNeverJoinTheSeriesAndStandApartAsItsPlan() {
		Figure target2025 = figure(this.output, 400, 2025, FigureKind.TARGET, this.total, Qualifier.NONE);
		Figure target2027 = figure(this.output, 600, 2027, FigureKind.TARGET, this.total, Qualifier.NONE);
		Trends.Series s = Trends
			.of(List.of(actual(186, 2020, this.total), target2025, actual(250, 2023, this.total), target2027))
			.get(0);
		assertThat(s.points()).extracting(Trends.Point::figure).noneMatch(Comparability::isTarget);
		assertThat(s.points()).extracting(Trends.Point::year).containsExactly(2020, 2023);
		assertThat(s.plan()).extracting(Trends.Point::figure).containsExactly(target2025, target2027);
		assertThat(s.growth()).extracting(Trends.Growth::toYear).containsExactly(2023);
	}

	@Test
	void aReportedValueAndATargetAloneMakeNoSeries() {
		assertThat(Trends.of(List.of(actual(186, 2020, this.total),
				figure(this.output, 400, 2025, FigureKind.TARGET, this.total, Qualifier.NONE))))
			.isEmpty();
	}

	@Test
	void definitionsMakeSeriesOfTheirOwnAndOneYearNeedsTwoYears() {
		List<Trends.Series> series = Trends.of(List.of(actual(186, 2020, this.total), actual(250, 2023, this.total),
				actual(300, 2024, this.core), actual(350, 2024, this.core)));
		assertThat(series).singleElement()
			.extracting(Trends.Series::definitionGroup)
			.isEqualTo("ai-industry-scale-total");
	}

	@Test
	void ofTwoFiguresOfOneYearTheExactOneStands() {
		Figure about = figure(this.companies, 2500, 2024, FigureKind.ACTUAL, null, Qualifier.ABOUT);
		Figure exact = figure(this.companies, 2400, 2024, FigureKind.ACTUAL, null, Qualifier.NONE);
		Figure earlier = figure(this.companies, 1048, 2022, FigureKind.ACTUAL, null, Qualifier.NONE);
		Trends.Series s = Trends.of(List.of(earlier, exact, about)).get(0);
		assertThat(s.points()).extracting(Trends.Point::figure).containsExactly(earlier, exact);
	}

	/**
	 * Of one year, the figure with the later stated month stands, bound or not (Guizhou's
	 * 2024: more than 57 EFLOPS at year-end, not 31.76 of May); the growth from a bound
	 * cannot be told.
	 */
	@Test
	void ofOneYearTheLaterStatedMonthStands() {
		Figure may = figure(this.companies, 3176, 2024, FigureKind.ACTUAL, null, Qualifier.NONE);
		TestFigures.date(may, Qualifier.NONE, "2024-05", 2024, null, null);
		Figure yearEnd = figure(this.companies, 5700, 2024, FigureKind.ACTUAL, null, Qualifier.OVER);
		TestFigures.date(yearEnd, Qualifier.OVER, "2024-12", 2024, null, null);
		Figure september = figure(this.companies, 9260, 2025, FigureKind.ACTUAL, null, Qualifier.NONE);
		TestFigures.date(september, Qualifier.NONE, "2025-09", 2025, null, null);
		Trends.Series s = Trends.of(List.of(yearEnd, may, september)).get(0);
		assertThat(s.points()).extracting(Trends.Point::figure).containsExactly(yearEnd, september);
		assertThat(Trends.growth(s.points().get(0), s.points().get(1))).isNull();
	}

	@Test
	void theChartDrawsThePlanApartAndLabelsEveryPoint() {
		Figure target = figure(this.output, 400, 2025, FigureKind.TARGET, this.total, Qualifier.NONE);
		Trends.Series s = Trends.of(List.of(actual(186, 2020, this.total), actual(250, 2023, this.total), target))
			.get(0);
		TrendChart chart = TrendChart.of(s, "Beijing", "plan");
		assertThat(chart.lines()).extracting(TrendChart.Line::plan).containsExactly(false, true);
		assertThat(chart.firstYear()).isEqualTo(2020);
		assertThat(chart.lastYear()).isEqualTo(2025);
		assertThat(chart.y(BigDecimal.valueOf(400))).isEqualTo(TrendChart.TOP);
		assertThat(chart.y(BigDecimal.ZERO)).isEqualTo(chart.baseline());
		assertThat(chart.path(chart.lines().get(0))).startsWith("M" + (int) chart.x(2020)).contains(" L");
		assertThat(chart.lines().get(0).dots()).extracting(TrendChart.Dot::text).doesNotContainNull();
	}

	private static TrendChart.Dot dot(int year, String value) {
		return new TrendChart.Dot(year, new BigDecimal(value), value);
	}

	private static TrendChart.Dot dot(int year, String value, String text) {
		return new TrendChart.Dot(year, new BigDecimal(value), text);
	}

	/**
	 * Close values a year apart, and values of several hubs in one year, get labels that
	 * do not print over each other (Hangzhou's population: 12.52 and 12.62 million).
	 */
	@Test
	void labelsStandClearOfEachOther() {
		TrendChart hangzhou = TrendChart.of(List.of(new TrendChart.Line(
				"Hangzhou", List.of(dot(2020, "11.94", "11.94 million people"),
						dot(2023, "12.52", "12.52 million people"), dot(2024, "12.62", "12.62 million people")),
				false, 0)));
		assertClear(hangzhou);
		TrendChart threeHubs = TrendChart
			.of(List.of(
					new TrendChart.Line("Shenzhen",
							List.of(dot(2023, "17.79", "17.79 million people"),
									dot(2024, "17.99", "17.99 million people")),
							false, 0),
					new TrendChart.Line("Hangzhou",
							List.of(dot(2023, "12.52", "12.52 million people"),
									dot(2024, "12.62", "12.62 million people")),
							false, 1),
					new TrendChart.Line("Guangdong", List.of(dot(2023, "127.06", "127.06 million people"),
							dot(2024, "127.8", "127.8 million people")), false, 2)));
		assertClear(threeHubs);
	}

	private static void assertClear(TrendChart chart) {
		List<double[]> boxes = new ArrayList<>();
		for (TrendChart.Line line : chart.lines()) {
			for (TrendChart.ValueLabel label : chart.labels(line)) {
				double width = label.dot().text().length() * 8.5;
				double left = switch (label.anchor()) {
					case "start" -> label.x();
					case "end" -> label.x() - width;
					default -> label.x() - width / 2;
				};
				for (double[] other : boxes) {
					boolean apart = left >= other[0] + other[1] || other[0] >= left + width
							|| Math.abs(other[2] - label.y()) >= 18;
					assertThat(apart).as("%s clear of the labels before it", label.dot().text()).isTrue();
				}
				boxes.add(new double[] { left, width, label.y() });
			}
		}
		assertThat(boxes).hasSize(chart.lines().stream().mapToInt((line) -> line.dots().size()).sum());
	}

	/**
	 * A label stands above its point unless the line rises through the side its text
	 * reaches; then below, where there is room above the zero line.
	 */
	@Test
	void aPointsLabelStandsOffTheLineRisingThroughIt() {
		TrendChart rising = TrendChart
			.of(List.of(new TrendChart.Line("Zhengzhou", List.of(dot(2021, "6.41"), dot(2023, "8.9")), false, 0)));
		TrendChart.Line up = rising.lines().get(0);
		assertThat(rising.labelY(up, up.dots().get(0))).isEqualTo(rising.y(new BigDecimal("6.41")) + 18);
		assertThat(rising.labelY(up, up.dots().get(1))).isEqualTo(rising.y(new BigDecimal("8.9")) - 9);
		TrendChart falling = TrendChart
			.of(List.of(new TrendChart.Line("Hub", List.of(dot(2021, "9"), dot(2023, "6")), false, 0)));
		TrendChart.Line down = falling.lines().get(0);
		assertThat(falling.labelY(down, down.dots().get(0))).isEqualTo(falling.y(new BigDecimal("9")) - 9);
		assertThat(falling.labelY(down, down.dots().get(1))).isEqualTo(falling.y(new BigDecimal("6")) + 18);
		// Near the zero line there is no room below: the label stays above.
		TrendChart fromZero = TrendChart
			.of(List.of(new TrendChart.Line("Hub", List.of(dot(2021, "0.1"), dot(2023, "50")), false, 0)));
		TrendChart.Line steep = fromZero.lines().get(0);
		assertThat(fromZero.labelY(steep, steep.dots().get(0))).isEqualTo(fromZero.y(new BigDecimal("0.1")) - 9);
	}

}
