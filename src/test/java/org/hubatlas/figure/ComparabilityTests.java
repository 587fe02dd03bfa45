package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the rules of which figures rank together, the ones every page and the API ask:
 * same indicator, same definition group, same kind, at most two years apart, each hub's
 * newest; lower bounds rank at their number, marked; figures without a number never rank.
 */
class ComparabilityTests {

	private final Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, null, 1);

	private final IndicatorDefinition all = new IndicatorDefinition(this.companies, "ai-enterprises", "AI companies",
			null, null, 0);

	private final IndicatorDefinition core = new IndicatorDefinition(this.companies, "ai-core-enterprises",
			"AI core enterprises", null, null, 1);

	private final IndicatorDefinition counted = new IndicatorDefinition(this.companies, "ai-firms-counted",
			"AI firms as one city counts them", null, "ai-enterprises", 2);

	private final Source source = new Source("s", "A page", "2025", DatePrecision.YEAR);

	private long nextId = 1;

	private Figure figure(long hub, Long value, int year, FigureKind kind, IndicatorDefinition definition,
			Qualifier qualifier) {
		Figure figure = new Figure(Subject.city(hub), this.companies,
				(value != null) ? BigDecimal.valueOf(value) : null, String.valueOf(value), kind, this.source, "q");
		TestFigures.date(figure, qualifier, String.valueOf(year), (kind == FigureKind.TARGET) ? null : year,
				(kind == FigureKind.TARGET) ? year : null, definition);
		ReflectionTestUtils.setField(figure, "id", this.nextId++);
		return figure;
	}

	private Figure actual(long hub, long value, int year, IndicatorDefinition definition) {
		return figure(hub, value, year, FigureKind.ACTUAL, definition, Qualifier.NONE);
	}

	@Test
	void theYearGapIsTwoYears() {
		assertThat(Comparability.MAX_YEAR_GAP).isEqualTo(2);
	}

	@Test
	void figuresRankOnlyWithinOneDefinitionGroupAndKind() {
		Figure a = actual(1, 2200, 2025, this.all);
		Figure b = actual(2, 1100, 2023, this.all);
		Figure c = actual(3, 700, 2024, this.core);
		Figure d = figure(4, 3000L, 2025, FigureKind.TARGET, this.all, Qualifier.NONE);
		List<Comparability.Group> groups = Comparability.groups(this.companies, List.of(a, b, c, d));

		Comparability.Group main = groups.get(0);
		assertThat(main.key()).isEqualTo("reported|ai-enterprises");
		assertThat(main.ranked()).extracting(Comparability.Entry::figure).containsExactly(a, b);
		assertThat(main.ranked()).extracting(Comparability.Entry::rank).containsExactly(1, 2);
		assertThat(Comparability.apart(c, main)).isEqualTo(Comparability.Apart.DEFINITION);
		assertThat(Comparability.apart(d, main)).isEqualTo(Comparability.Apart.KIND);
		// Reported values come before targets among groups that rank as many hubs.
		assertThat(groups).extracting(Comparability.Group::key)
			.containsExactly("reported|ai-enterprises", "reported|ai-core-enterprises", "target|ai-enterprises");
	}

	@Test
	void aSumOfMoneyOverPartOfAYearRanksOnlyWithSumsOverTheSamePart() {
		Indicator output = new Indicator("ai-industry-output", "AI industry output", "CNY", true, null, 2);
		Figure[] figures = new Figure[4];
		String[] asOf = { "2024", "2023", "2024-Q1-Q3", "2025-Q1-Q3" };
		for (int i = 0; i < figures.length; i++) {
			figures[i] = new Figure(Subject.city(i + 1), output, BigDecimal.valueOf(100 - i), "x", FigureKind.ACTUAL,
					this.source, "q");
			TestFigures.date(figures[i], Qualifier.NONE, asOf[i], Integer.valueOf(asOf[i].substring(0, 4)), null, null);
			ReflectionTestUtils.setField(figures[i], "id", this.nextId++);
		}
		List<Comparability.Group> groups = Comparability.groups(output, List.of(figures));
		assertThat(groups).extracting(Comparability.Group::key).containsExactly("reported|", "reported Q1-Q3|");
		assertThat(groups.get(0).ranked()).extracting(Comparability.Entry::figure)
			.containsExactly(figures[0], figures[1]);
		assertThat(groups.get(1).ranked()).extracting(Comparability.Entry::figure)
			.containsExactly(figures[2], figures[3]);
		assertThat(groups.get(1).partOfYear()).isEqualTo("Q1-Q3");
		assertThat(Comparability.apart(figures[2], groups.get(0))).isEqualTo(Comparability.Apart.PART_OF_YEAR);
		// A count "in the first half" is a count at its end; only sums of money are
		// split.
		assertThat(Comparability.partOfYear("companies", "2025-H1")).isNull();
		assertThat(Comparability.partOfYear("CNY", "2025-H1")).isEqualTo("H1");
		assertThat(Comparability.partOfYear("CNY", "2025-06")).isNull();
	}

	@Test
	void aDefinitionThatCountsAsAnotherRanksInItsGroup() {
		Figure a = actual(1, 2200, 2025, this.all);
		Figure b = actual(2, 900, 2024, this.counted);
		Comparability.Group main = Comparability.mainGroup(this.companies, List.of(a, b));
		assertThat(main.ranked()).hasSize(2);
		assertThat(this.counted.group()).isEqualTo("ai-enterprises");
	}

	@Test
	void eachHubRanksWithItsNewestAndFiguresMoreThanTwoYearsOlderStandApart() {
		Figure newest = actual(1, 2200, 2025, this.all);
		Figure earlier = actual(1, 1800, 2024, this.all);
		Figure inWindow = actual(2, 1100, 2023, this.all);
		Figure older = actual(3, 339, 2018, this.all);
		Comparability.Group main = Comparability.mainGroup(this.companies, List.of(newest, earlier, inWindow, older));
		assertThat(main.ranked()).extracting(Comparability.Entry::figure).containsExactly(newest, inWindow);
		assertThat(main.older()).containsExactly(older);
		assertThat(main.earlier()).containsExactly(earlier);
		assertThat(Comparability.apart(older, main)).isEqualTo(Comparability.Apart.OLDER);
		assertThat(Comparability.apart(earlier, main)).isEqualTo(Comparability.Apart.EARLIER);
		assertThat(main.latest()).isEqualTo(2025);
		assertThat(main.earliest()).isEqualTo(2023);
	}

	/**
	 * Of one year, the figure whose stated date is later is the newest, whichever was
	 * entered last (Guizhou's 92.6 EFLOPS of September over 56.9 of March); the keys the
	 * profile reads without loading figures agree.
	 */
	@Test
	void ofOneYearTheLaterStatedMonthIsTheNewest() {
		Figure september = actual(1, 926, 2025, this.all);
		TestFigures.date(september, Qualifier.NONE, "2025-09 (inferred)", 2025, null, this.all);
		Figure half = actual(1, 850, 2025, this.all);
		TestFigures.date(half, Qualifier.NONE, "2025-H1", 2025, null, this.all);
		Figure march = actual(1, 569, 2025, this.all);
		TestFigures.date(march, Qualifier.NONE, "2025-03", 2025, null, this.all);
		Figure other = actual(2, 500, 2025, this.all);
		List<Figure> figures = List.of(september, half, march, other);
		Comparability.Group main = Comparability.mainGroup(this.companies, figures);
		assertThat(main.ranked()).extracting(Comparability.Entry::figure).containsExactly(september, other);
		assertThat(main.earlier()).containsExactlyInAnyOrder(half, march);
		assertThat(Comparability.mainGroupIds(figures.stream()
			.map((f) -> new Comparability.Key(f.getId(), f.getSubject().getCityId(), Comparability.groupKey(f),
					Comparability.year(f), Comparability.newness(f), true))
			.toList(), false)).containsExactlyInAnyOrder(september.getId(), other.getId());
		assertThat(Comparability.when(2025, "2025-Q3", false)).isEqualTo(202509);
		assertThat(Comparability.when(2025, "2025-12-31", false)).isEqualTo(202512);
		assertThat(Comparability.when(2025, "2024-12", false)).as("a date of another year says nothing")
			.isEqualTo(202500);
		assertThat(Comparability.when(2025, "2025-06", true)).as("a target holds at its year").isEqualTo(202500);
	}

	/**
	 * A figure with no date of its own, on a page itself dated only "about 2025", is not
	 * known to be newer than a dated figure of 2024: the dated one is the hub's newest. A
	 * dated figure two years older still yields to it. The keys agree.
	 */
	@Test
	void aFigureDatedOnlyByItsSourcesEstimatedYearYieldsToADatedOneOfTheYearBefore() {
		Source guessed = new Source("g", "An undated page", "about 2025", DatePrecision.ESTIMATED);
		ReflectionTestUtils.setField(guessed, "publishedYear", 2025);
		Figure undated = new Figure(Subject.city(1), this.companies, BigDecimal.valueOf(2400), "over 2,400",
				FigureKind.ACTUAL, guessed, "q");
		TestFigures.date(undated, Qualifier.OVER, "not stated", null, null, this.all);
		ReflectionTestUtils.setField(undated, "id", 90L);
		Figure dated = actual(1, 2400, 2024, this.all);
		Figure other = actual(2, 2200, 2025, this.all);
		assertThat(undated.isYearEstimated()).isTrue();
		assertThat(dated.isYearEstimated()).isFalse();

		List<Figure> figures = List.of(undated, dated, other);
		Comparability.Group main = Comparability.mainGroup(this.companies, figures);
		assertThat(main.ranked()).extracting(Comparability.Entry::figure).containsExactly(dated, other);
		assertThat(main.earlier()).containsExactly(undated);
		assertThat(Comparability.mainGroupIds(keys(figures), false)).containsExactlyInAnyOrder(dated.getId(),
				other.getId());

		Figure twoYearsOlder = actual(1, 2000, 2023, this.all);
		assertThat(Comparability.mainGroup(this.companies, List.of(undated, twoYearsOlder, other)).ranked())
			.extracting(Comparability.Entry::figure)
			.containsExactly(undated, other);
	}

	/**
	 * Of two figures of one date, the exact number ranks over a bound or a rounding,
	 * whichever was entered later (Suzhou's 236.2 billion over "more than 230 billion");
	 * the keys agree.
	 */
	@Test
	void ofOneDateTheExactNumberRanksOverABound() {
		Figure exact = actual(1, 2362, 2024, this.all);
		Figure bound = figure(1, 2300L, 2024, FigureKind.ACTUAL, this.all, Qualifier.OVER);
		Figure other = actual(2, 2000, 2024, this.all);
		List<Figure> figures = List.of(exact, bound, other);
		assertThat(Comparability.mainGroup(this.companies, figures).ranked()).extracting(Comparability.Entry::figure)
			.containsExactly(exact, other);
		assertThat(Comparability.mainGroupIds(keys(figures), false)).containsExactlyInAnyOrder(exact.getId(),
				other.getId());
	}

	private static List<Comparability.Key> keys(List<Figure> figures) {
		return figures.stream()
			.map((f) -> new Comparability.Key(f.getId(), f.getSubject().getCityId(), Comparability.groupKey(f),
					Comparability.year(f), Comparability.newness(f), true))
			.toList();
	}

	@Test
	void aLowerBoundRanksAtItsNumberMarkedAsAFloor() {
		Figure over = figure(1, 2400L, 2024, FigureKind.ACTUAL, this.all, Qualifier.OVER);
		Figure exact = actual(2, 2500, 2024, this.all);
		Comparability.Group main = Comparability.mainGroup(this.companies, List.of(over, exact));
		assertThat(main.ranked()).extracting(Comparability.Entry::figure).containsExactly(exact, over);
		assertThat(main.ranked().get(1).atLeast()).isTrue();
		assertThat(main.ranked().get(0).atLeast()).isFalse();
	}

	@Test
	void aFigureWithoutANumberNeverRanksAndTiesShareARank() {
		Figure words = figure(1, null, 2025, FigureKind.ACTUAL, this.all, Qualifier.NONE);
		Figure a = actual(2, 10, 2025, this.all);
		Figure b = actual(3, 10, 2025, this.all);
		Figure c = actual(4, 5, 2025, this.all);
		Comparability.Group main = Comparability.mainGroup(this.companies, List.of(words, a, b, c));
		assertThat(main.ranked()).extracting(Comparability.Entry::rank).containsExactly(1, 1, 3);
		assertThat(main.entryFor(1)).isNull();
		assertThat(Comparability.apart(words, main)).isEqualTo(Comparability.Apart.NO_NUMBER);
	}

	@Test
	void whenLowerLeadsTheSmallestValueRanksFirst() {
		Indicator designated = new Indicator("ai-pilot-zone", "Pilot zone since", "year designated", false, null, 1);
		Figure early = new Figure(Subject.city(1), designated, BigDecimal.valueOf(2019), "2019", FigureKind.ACTUAL,
				this.source, "q");
		Figure late = new Figure(Subject.city(2), designated, BigDecimal.valueOf(2021), "2021", FigureKind.ACTUAL,
				this.source, "q");
		TestFigures.date(early, Qualifier.NONE, "2019", 2019, null, null);
		TestFigures.date(late, Qualifier.NONE, "2021", 2021, null, null);
		ReflectionTestUtils.setField(early, "id", 100L);
		ReflectionTestUtils.setField(late, "id", 101L);
		assertThat(Comparability.mainGroup(designated, List.of(late, early)).ranked())
			.extracting(Comparability.Entry::figure)
			.containsExactly(early, late);
	}

	/**
	 * A value that is a year ("designated in 2019") is a date, not a measurement that
	 * ages: the earliest designation leads however long before the newest it came.
	 */
	/**
	 * Totals grow with the hub (a province's hold its cities'); shares, rates and years
	 * read alike for a province and a city.
	 */
	@Test
	void anAmountIsATotalNotAShareARateOrAYear() {
		assertThat(new Indicator("gdp", "GDP", "CNY", true, null, 1).isAmount()).isTrue();
		assertThat(new Indicator("ai-companies", "AI companies", "companies", true, null, 1).isAmount()).isTrue();
		assertThat(new Indicator("rd-intensity", "R&D intensity", "percent of GDP", true, null, 1).isAmount())
			.isFalse();
		assertThat(new Indicator("patents", "Patents", "patents per 10,000 people", true, null, 1).isAmount())
			.isFalse();
		assertThat(new Indicator("ai-pilot-zone", "Pilot zone since", "year designated", false, null, 1).isAmount())
			.isFalse();
	}

	@Test
	void aYearDoesNotAgeOutOfItsRanking() {
		Indicator designated = new Indicator("ai-application-pilot-zone", "Application pilot zone since",
				"year designated", false, null, 1);
		List<Figure> figures = new java.util.ArrayList<>();
		long hub = 1;
		for (int year : new int[] { 2022, 2021, 2019 }) {
			Figure figure = new Figure(Subject.city(hub), designated, BigDecimal.valueOf(year), String.valueOf(year),
					FigureKind.ACTUAL, this.source, "q");
			TestFigures.date(figure, Qualifier.NONE, String.valueOf(year), year, null, null);
			ReflectionTestUtils.setField(figure, "id", 200 + hub++);
			figures.add(figure);
		}
		Comparability.Group main = Comparability.mainGroup(designated, figures);
		assertThat(main.older()).isEmpty();
		assertThat(main.ranked()).extracting((e) -> e.figure().getValueNumeric().intValue())
			.containsExactly(2019, 2021, 2022);
		assertThat(Comparability.mainGroupIds(figures.stream()
			.map((f) -> new Comparability.Key(f.getId(), f.getSubject().getCityId(), Comparability.groupKey(f),
					Comparability.year(f), Comparability.newness(f), true))
			.toList(), true)).hasSize(3);
	}

	/**
	 * An estimate of a year not over when its source came out is a forecast: it ranks
	 * with targets. An estimate made after the year (a preliminary count) is reported.
	 */
	@Test
	void anEstimateOfAYearNotOverWhenPublishedIsAForecast() {
		assertThat(Comparability.planned(FigureKind.ESTIMATE, 2025, "2025", 2025)).isTrue();
		assertThat(Comparability.planned(FigureKind.ESTIMATE, 2025, "2025-12-31", 2025)).isTrue();
		assertThat(Comparability.planned(FigureKind.ESTIMATE, 2026, "2026", 2025)).isTrue();
		assertThat(Comparability.planned(FigureKind.ESTIMATE, 2025, "2025", 2026)).isFalse();
		assertThat(Comparability.planned(FigureKind.ESTIMATE, 2023, "2023-06", 2023)).as("June was over by then")
			.isFalse();
		assertThat(Comparability.planned(FigureKind.ESTIMATE, null, null, 2025)).isFalse();
		assertThat(Comparability.planned(FigureKind.ACTUAL, 2025, "2025", 2025)).isFalse();
		assertThat(Comparability.planned(FigureKind.TARGET, 2025, null, 2024)).isTrue();
	}

}
