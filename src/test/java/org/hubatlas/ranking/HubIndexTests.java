package org.hubatlas.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hubatlas.figure.HubFigurePicks.Standing;
import org.hubatlas.figure.Indicator;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The index: values normalised within each ranked group, weighted means over what a hub
 * has, hubs short of half the weight apart, and the range of ranks when a weight moves by
 * half.
 */
class HubIndexTests {

	private final Indicator companies = indicator(1, "ai-companies", true);

	private final Indicator output = indicator(2, "ai-industry-output", true);

	private final Indicator since = indicator(3, "ai-pilot-zone", false);

	private static Indicator indicator(long id, String code, boolean higherIsBetter) {
		Indicator indicator = new Indicator(code, code, "units", higherIsBetter, null, (int) id);
		ReflectionTestUtils.setField(indicator, "id", id);
		return indicator;
	}

	private static Standing at(Indicator indicator, long hub, long value, int rank, int of) {
		return new Standing(indicator.getId(), hub, hub * 100 + indicator.getId(), BigDecimal.valueOf(value), false,
				rank, of, 1);
	}

	@Test
	void theBestValueScoresOneTheWorstZeroAndTheRestInProportion() {
		Map<Long, Map<Long, Double>> normalised = HubIndex.normalise(
				List.of(new HubIndex.Weight(this.companies, 1), new HubIndex.Weight(this.since, 1)),
				Map.of(1L,
						List.of(at(this.companies, 1, 2400, 1, 3), at(this.companies, 2, 1400, 2, 3),
								at(this.companies, 3, 400, 3, 3)),
						3L, List.of(at(this.since, 1, 2019, 1, 2), at(this.since, 2, 2021, 2, 2))));
		assertThat(normalised.get(1L)).containsEntry(1L, 1.0).containsEntry(3L, 0.0);
		assertThat(normalised.get(1L).get(2L)).isCloseTo(0.5, within(1e-9));
		// Lower is better: the earliest designation scores best.
		assertThat(normalised.get(3L)).containsEntry(1L, 1.0).containsEntry(2L, 0.0);
	}

	@Test
	void aHubShortOfHalfTheWeightIsApartAndTheOthersAreWeightedMeansOverWhatTheyHave() {
		Map<Long, List<Standing>> rankings = Map.of(1L,
				List.of(at(this.companies, 1, 2400, 1, 3), at(this.companies, 2, 1400, 2, 3),
						at(this.companies, 3, 400, 3, 3)),
				2L, List.of(at(this.output, 1, 300, 1, 2), at(this.output, 2, 100, 2, 2)));
		HubIndex.Result result = HubIndex
			.score(List.of(new HubIndex.Weight(this.companies, 1), new HubIndex.Weight(this.output, 3)), rankings);
		// Hub 3 has AI companies only: a quarter of the weight, so not enough data.
		assertThat(result.notEnough()).extracting(HubIndex.Score::hubId).containsExactly(3L);
		assertThat(result.notEnough().get(0).coverage()).isEqualTo(0.25);
		assertThat(result.scored()).extracting(HubIndex.Score::hubId).containsExactly(1L, 2L);
		HubIndex.Score second = result.scored().get(1);
		// (1 × 0.5 + 3 × 0) / 4, out of 100.
		assertThat(second.score()).isCloseTo(12.5, within(1e-9));
		assertThat(second.parts()).extracting(HubIndex.Part::points).containsExactly(50L, 0L);
		assertThat(result.scored().get(0).score()).isEqualTo(100.0);
	}

	@Test
	void exactlyHalfTheWeightIsEnough() {
		Map<Long, List<Standing>> rankings = Map.of(1L,
				List.of(at(this.companies, 1, 2400, 1, 2), at(this.companies, 2, 1400, 2, 2)), 2L,
				List.of(at(this.output, 1, 300, 1, 1)));
		HubIndex.Result result = HubIndex
			.score(List.of(new HubIndex.Weight(this.companies, 1), new HubIndex.Weight(this.output, 1)), rankings);
		assertThat(result.scored()).extracting(HubIndex.Score::hubId).containsExactly(1L, 2L);
		assertThat(result.notEnough()).isEmpty();
	}

	@Test
	void theRankRangeIsTheBestAndWorstRankAsAnyOneWeightMovesByHalf() {
		// Hub 1 leads in companies, hub 2 in output; with equal weights they tie at 50,
		// so moving either weight by half puts either first.
		Map<Long, List<Standing>> rankings = Map.of(1L,
				List.of(at(this.companies, 1, 2000, 1, 3), at(this.companies, 2, 1000, 2, 3),
						at(this.companies, 3, 0, 3, 3)),
				2L, List.of(at(this.output, 2, 200, 1, 3), at(this.output, 1, 100, 2, 3), at(this.output, 3, 0, 3, 3)));
		HubIndex.Result result = HubIndex
			.score(List.of(new HubIndex.Weight(this.companies, 1), new HubIndex.Weight(this.output, 1)), rankings);
		HubIndex.Score one = result.scored().stream().filter((s) -> s.hubId() == 1).findFirst().orElseThrow();
		HubIndex.Score three = result.scored().stream().filter((s) -> s.hubId() == 3).findFirst().orElseThrow();
		assertThat(one.rank()).isEqualTo(1);
		assertThat(one.bestRank()).isEqualTo(1);
		assertThat(one.worstRank()).isEqualTo(2);
		assertThat(one.stable()).isFalse();
		assertThat(three.bestRank()).isEqualTo(3);
		assertThat(three.worstRank()).isEqualTo(3);
		assertThat(three.stable()).isTrue();
	}

}
