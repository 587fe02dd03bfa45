package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Derived figures: one of a hub's figures over another of the same hub (the population at
 * most a year apart, GDP of the same year), never from targets, ranked by the rules of
 * every ranking.
 */
class DerivedTests {

	private final Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, null, 1);

	private final Indicator population = new Indicator("population", "Population", "people", true, null, 2);

	private final Source source = new Source("s", "A page", "2025", DatePrecision.YEAR);

	private final Derived.Ratio perMillion = Derived.byCode("ai-companies-per-million").orElseThrow();

	private long nextId = 1;

	private Figure figure(long hub, Indicator indicator, long value, int year, FigureKind kind) {
		Figure figure = new Figure(Subject.city(hub), indicator, BigDecimal.valueOf(value), String.valueOf(value), kind,
				this.source, "q");
		TestFigures.date(figure, Qualifier.NONE, String.valueOf(year), (kind == FigureKind.TARGET) ? null : year,
				(kind == FigureKind.TARGET) ? year : null, null);
		ReflectionTestUtils.setField(figure, "id", this.nextId++);
		return figure;
	}

	@Test
	void aDerivedValueIsItsTwoFiguresDividedAndScaled() {
		Figure beijing = figure(1, this.companies, 2400, 2024, FigureKind.ACTUAL);
		Figure residents = figure(1, this.population, 21_830_000, 2024, FigureKind.ACTUAL);
		List<Derived.Value> values = Derived.derive(this.perMillion, List.of(beijing), List.of(residents));
		assertThat(values).singleElement().satisfies((v) -> {
			assertThat(v.numerator()).isSameAs(beijing);
			assertThat(v.denominator()).isSameAs(residents);
			assertThat(v.value().doubleValue()).isEqualTo(2400 * 1_000_000.0 / 21_830_000, within(1e-9));
			assertThat(v.year()).isEqualTo(2024);
		});
	}

	@Test
	void theTwoFiguresAreAtMostAYearApartAndTheNearestStands() {
		Figure companies2024 = figure(1, this.companies, 2400, 2024, FigureKind.ACTUAL);
		Figure residents2022 = figure(1, this.population, 21_000_000, 2022, FigureKind.ACTUAL);
		assertThat(Derived.derive(this.perMillion, List.of(companies2024), List.of(residents2022))).isEmpty();
		Figure residents2023 = figure(1, this.population, 21_500_000, 2023, FigureKind.ACTUAL);
		Figure residents2025 = figure(1, this.population, 22_000_000, 2025, FigureKind.ACTUAL);
		Figure residents2024 = figure(1, this.population, 21_800_000, 2024, FigureKind.ACTUAL);
		assertThat(Derived.derive(this.perMillion, List.of(companies2024),
				List.of(residents2022, residents2023, residents2025, residents2024)))
			.singleElement()
			.extracting(Derived.Value::denominator)
			.isSameAs(residents2024);
		assertThat(Derived.derive(this.perMillion, List.of(companies2024), List.of(residents2023, residents2025)))
			.singleElement()
			.extracting(Derived.Value::denominator)
			.as("of two a year away, the newer")
			.isSameAs(residents2025);
		assertThat(Derived.derive(this.perMillion, List.of(companies2024), List.of(residents2023))).singleElement()
			.extracting(Derived.Value::divisorYearsAfter)
			.isEqualTo(-1);
	}

	@Test
	void ofOneHubsTwoDerivedFiguresOfOneYearTheExactRanksOverTheBound() {
		Figure exact = figure(1, this.companies, 2362, 2024, FigureKind.ACTUAL);
		Figure bound = figure(1, this.companies, 2300, 2024, FigureKind.ACTUAL);
		TestFigures.date(bound, Qualifier.EXCEEDING, "2024", 2024, null, null);
		List<Derived.Value> values = Derived.derive(this.perMillion, List.of(exact, bound),
				List.of(figure(1, this.population, 10_000_000, 2024, FigureKind.ACTUAL),
						figure(2, this.population, 5_000_000, 2024, FigureKind.ACTUAL)));
		assertThat(values).hasSize(2);
		assertThat(Derived.rank(values)).singleElement()
			.extracting((r) -> r.item().numerator())
			.as("the bound is the newer record, but the exact number of the same year ranks")
			.isSameAs(exact);
	}

	@Test
	void targetsAndOtherHubsFiguresAreNeverDividedAndTheRankingFollowsTheRules() {
		Figure target = figure(1, this.companies, 5000, 2027, FigureKind.TARGET);
		Figure otherHubsResidents = figure(2, this.population, 10_000_000, 2027, FigureKind.ACTUAL);
		assertThat(Derived.derive(this.perMillion, List.of(target), List.of(otherHubsResidents))).isEmpty();

		List<Derived.Value> values = Derived.derive(this.perMillion,
				List.of(figure(1, this.companies, 2400, 2024, FigureKind.ACTUAL),
						figure(2, this.companies, 1000, 2024, FigureKind.ACTUAL),
						figure(3, this.companies, 600, 2020, FigureKind.ACTUAL)),
				List.of(figure(1, this.population, 24_000_000, 2024, FigureKind.ACTUAL),
						figure(2, this.population, 5_000_000, 2024, FigureKind.ACTUAL),
						figure(3, this.population, 1_000_000, 2020, FigureKind.ACTUAL)));
		List<Comparability.Ranked<Derived.Value>> ranked = Derived.rank(values);
		// Hub 2: 200 per million, hub 1: 100; hub 3's 600 of 2020 is too old to rank.
		assertThat(ranked).extracting((r) -> r.item().hubId()).containsExactly(2L, 1L);
		assertThat(ranked).extracting(Comparability.Ranked::rank).containsExactly(1, 2);
		assertThat(Derived.apart(values, ranked)).extracting(Derived.Value::hubId).containsExactly(3L);
	}

}
