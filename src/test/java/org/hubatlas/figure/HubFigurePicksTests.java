package org.hubatlas.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HubFigurePicksTests {

	private static final long HUB = 7;

	private final Map<Long, Indicator> indicators = Map.of(1L,
			new Indicator("ai-companies", "AI companies", "companies", true, null, 20), 2L,
			new Indicator("ai-pilot-zone", "Pilot zone", "year", true, null, 10));

	private static HubFigureKey key(long id, long indicator, FigureKind kind, Integer target, Integer asOf,
			long source) {
		return new HubFigureKey(id, HUB, indicator, kind, target, asOf, source);
	}

	@Test
	void theNewestWinsAReportedFigureBeatsATargetOfItsYearAndATieKeepsTheFirstListed() {
		HubFigurePicks picks = new HubFigurePicks(
				List.of(key(1, 1, FigureKind.ACTUAL, null, 2023, 0), key(2, 1, FigureKind.TARGET, 2025, null, 0),
						key(3, 1, FigureKind.ACTUAL, null, 2025, 0), key(4, 1, FigureKind.ACTUAL, null, 2025, 0)),
				this.indicators, Map.of());
		assertThat(picks.newest(HUB)).containsExactly(Map.entry("ai-companies", 3L));
		assertThat(picks.count(HUB)).isEqualTo(4);
	}

	/**
	 * A hub's reported figure stands for it over a plan of a later year: the directory
	 * shows what was counted, a target only where nothing was.
	 */
	@Test
	void aReportedFigureBeatsALaterTargetAndATargetStandsWhereNothingIsReported() {
		HubFigurePicks picks = new HubFigurePicks(List.of(key(1, 1, FigureKind.TARGET, 2027, null, 0),
				key(2, 1, FigureKind.ACTUAL, null, 2024, 0), key(3, 2, FigureKind.TARGET, 2027, null, 0)),
				this.indicators, Map.of());
		assertThat(picks.newest(HUB)).containsOnly(Map.entry("ai-companies", 2L), Map.entry("ai-pilot-zone", 3L));
	}

	@Test
	void withoutYearsOfItsOwnAFigureTakesItsSourcesYear() {
		HubFigurePicks picks = new HubFigurePicks(
				List.of(key(1, 1, FigureKind.ACTUAL, null, 2024, 0), key(2, 1, FigureKind.ACTUAL, null, null, 9)),
				this.indicators, Map.of(9L, 2026));
		assertThat(picks.newest(HUB)).containsEntry("ai-companies", 2L);
	}

	/**
	 * A figure whose only year is its source's estimated one yields to a dated figure of
	 * the year before, as in the rankings.
	 */
	@Test
	void aFigureDatedOnlyByAnEstimatedSourceYearYieldsToADatedOne() {
		HubFigureKey undated = new HubFigureKey(2, HUB, 1, FigureKind.ACTUAL, null, null, 9, null,
				java.math.BigDecimal.TEN, "not stated", true, true);
		HubFigurePicks picks = new HubFigurePicks(List.of(key(1, 1, FigureKind.ACTUAL, null, 2024, 0), undated),
				this.indicators, Map.of(9L, 2025));
		assertThat(picks.newest(HUB)).containsEntry("ai-companies", 1L);
	}

	/**
	 * A card shows two facts: the first figure of the first indicator in the catalogue's
	 * order, then the first of another (not the first indicator's second figure).
	 */
	@Test
	void theFirstTwoAreOfTwoIndicatorsInTheIndicatorsOrderThenTheOrderEntered() {
		HubFigurePicks picks = new HubFigurePicks(List.of(key(5, 1, FigureKind.ACTUAL, null, 2024, 0),
				key(9, 2, FigureKind.ACTUAL, null, 2019, 0), key(6, 2, FigureKind.ACTUAL, null, 2020, 0)),
				this.indicators, Map.of());
		assertThat(picks.leading(HUB)).containsExactly(6L, 5L);
		assertThat(picks.newest(HUB)).containsOnly(Map.entry("ai-companies", 5L), Map.entry("ai-pilot-zone", 6L));
		assertThat(picks.indicatorsByHub()).containsOnly(Map.entry(HUB, Set.of(1L, 2L)));
		assertThat(picks.hubCountsByIndicator()).containsOnly(Map.entry(1L, 1L), Map.entry(2L, 1L));
		assertThat(picks.count(HUB + 1)).isZero();
		assertThat(picks.leading(HUB + 1)).isEmpty();
	}

	/**
	 * A card leads with figures that rank beside other hubs': a hub's only figure of an
	 * indicator no other hub has waits behind one that ranks, whatever the catalogue's
	 * order.
	 */
	@Test
	void figuresThatRankLeadBeforeOnesThatStandAlone() {
		HubFigurePicks picks = new HubFigurePicks(List.of(key(5, 2, FigureKind.ACTUAL, null, 2018, 0),
				new HubFigureKey(6, HUB, 1, FigureKind.ACTUAL, null, 2024, 0, null, java.math.BigDecimal.TEN, null,
						false, true),
				new HubFigureKey(7, HUB + 1, 1, FigureKind.ACTUAL, null, 2024, 0, null, java.math.BigDecimal.ONE, null,
						false, true)),
				this.indicators, Map.of());
		assertThat(picks.rankedByIndicator()).containsOnly(Map.entry(1L, Set.of(6L, 7L)));
		assertThat(picks.leading(HUB)).containsExactly(6L, 5L);
	}

}
