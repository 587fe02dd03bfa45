package org.hubatlas.compare;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingRulesTests {

	private static RankInput actual(long value, int year) {
		return new RankInput(BigDecimal.valueOf(value), "exaflops", false, year, false, value + " exaflops");
	}

	private static RankInput target(long value, int year) {
		return new RankInput(BigDecimal.valueOf(value), "exaflops", true, year, false, value + " exaflops");
	}

	private static List<RankInput> row(RankInput... values) {
		return Arrays.asList(values);
	}

	@Test
	void higherValueLeadsWhenUnitKindAndYearMatch() {
		Ranking ranking = RankingRules.assess(row(actual(85, 2025), actual(100, 2024)), true);
		assertThat(ranking.comparable()).isTrue();
		assertThat(ranking.leaders()).containsExactly(1);
		assertThat(ranking.reason()).isNull();
	}

	@Test
	void lowerValueLeadsWhenLowerIsBetter() {
		Ranking ranking = RankingRules.assess(row(actual(15, 2018), actual(10, 2018)), false);
		assertThat(ranking.leaders()).containsExactly(1);
	}

	@Test
	void missingValuesAreSkippedNotCountedAsZero() {
		Ranking ranking = RankingRules.assess(row(null, actual(85, 2025), actual(90, 2025), null), true);
		assertThat(ranking.comparable()).isTrue();
		assertThat(ranking.leaders()).containsExactly(2);
		assertThat(ranking.leads(0)).isFalse();
	}

	@Test
	void oneValueAloneIsNotRanked() {
		Ranking ranking = RankingRules.assess(row(actual(85, 2025), null), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).isEqualTo("only one hub has data");
		assertThat(ranking.leaders()).isEmpty();
	}

	@Test
	void noValuesAtAllIsNotRanked() {
		assertThat(RankingRules.assess(row(null, null), true).reason()).isEqualTo("no hub has data");
	}

	@Test
	void differentUnitsAreNotRanked() {
		RankInput usd = new RankInput(BigDecimal.valueOf(2_100_000_000L), "USD", false, 2018, false, "$2.1 billion");
		RankInput cny = new RankInput(BigDecimal.valueOf(1_000_000_000L), "CNY", false, 2018, false, "1 billion yuan");
		Ranking ranking = RankingRules.assess(row(usd, cny), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).isEqualTo("different units: USD vs CNY");
	}

	@Test
	void yearsFarApartAreNotRanked() {
		Ranking ranking = RankingRules.assess(row(actual(2400, 2025), actual(400, 2018)), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).isEqualTo("different years: 2018 vs 2025");
	}

	@Test
	void yearsTwoApartAreStillRanked() {
		assertThat(RankingRules.assess(row(actual(1, 2023), actual(2, 2025)), true).comparable()).isTrue();
	}

	@Test
	void targetsAreNotRankedAgainstActuals() {
		Ranking ranking = RankingRules.assess(row(target(100, 2025), actual(85, 2025)), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).isEqualTo("target vs actual");
	}

	@Test
	void targetsAreRankedAgainstTargets() {
		assertThat(RankingRules.assess(row(target(100, 2025), target(120, 2025)), true).leaders()).containsExactly(1);
	}

	@Test
	void equalValuesAreATieWithEveryHubLeading() {
		Ranking ranking = RankingRules.assess(row(actual(85, 2025), actual(85, 2025)), true);
		assertThat(ranking.comparable()).isTrue();
		assertThat(ranking.leaders()).hasSizeGreaterThan(1);
		assertThat(ranking.leaders()).containsExactlyInAnyOrder(0, 1);
		assertThat(ranking.reason()).isEqualTo("tie: every hub has the same value");
	}

	@Test
	void twoSharingTheLeadIsATieForTheLead() {
		Ranking ranking = RankingRules.assess(row(actual(85, 2025), actual(85, 2025), actual(10, 2025)), true);
		assertThat(ranking.leaders()).containsExactlyInAnyOrder(0, 1);
		assertThat(ranking.reason()).isEqualTo("tie for the lead");
	}

	@Test
	void aLowerBoundBehindTheLeaderIsNotRanked() {
		RankInput over = new RankInput(BigDecimal.valueOf(2400), "companies", false, 2025, true, "over 2,400");
		RankInput exact = new RankInput(BigDecimal.valueOf(2500), "companies", false, 2025, false, "2,500");
		Ranking ranking = RankingRules.assess(row(over, exact), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).contains("over 2,400").contains("lower bound");
	}

	@Test
	void aLowerBoundInTheLeadStillLeads() {
		RankInput over = new RankInput(BigDecimal.valueOf(2400), "companies", false, 2025, true, "over 2,400");
		RankInput exact = new RankInput(BigDecimal.valueOf(1000), "companies", false, 2025, false, "1,000");
		assertThat(RankingRules.assess(row(over, exact), true).leaders()).containsExactly(0);
	}

	@Test
	void aValueWithoutANumberIsNotRanked() {
		RankInput words = new RankInput(null, "CNY", false, 2025, false, "several billion yuan");
		Ranking ranking = RankingRules.assess(row(words, actual(1, 2025)), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).contains("several billion yuan");
	}

	@Test
	void valuesCountedByDifferentDefinitionsAreNotRanked() {
		RankInput major = new RankInput(BigDecimal.valueOf(394), "companies", false, 2025, false,
				"394 major AI enterprises", "major AI enterprises");
		RankInput all = new RankInput(BigDecimal.valueOf(2200), "companies", false, 2025, true, "more than 2,200",
				null);
		Ranking ranking = RankingRules.assess(java.util.Arrays.asList(major, all), true);
		assertThat(ranking.comparable()).isFalse();
		assertThat(ranking.reason()).isEqualTo("different definitions: major AI enterprises vs as defined");
	}

}
