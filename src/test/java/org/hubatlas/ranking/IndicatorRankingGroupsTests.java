package org.hubatlas.ranking;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorDefinition;
import org.hubatlas.figure.Qualifier;
import org.hubatlas.figure.TestFigures;
import org.hubatlas.ranking.IndicatorRanking.Entry;
import org.hubatlas.ranking.IndicatorRanking.Group;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which figures rank together: same kind, same definition (or one the catalogue groups
 * with it), close years.
 */
class IndicatorRankingGroupsTests {

	private final Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, null, 1);

	private final Source source = new Source("s", "A page", "2025", DatePrecision.YEAR);

	private final Map<Long, City> hubs = new HashMap<>();

	private long nextId = 1;

	private final IndicatorDefinition major = new IndicatorDefinition(this.companies, "ai-enterprises-above-size",
			"major AI enterprises", null, null, 0);

	private Figure figure(String hub, long value, int year, FigureKind kind, IndicatorDefinition definition) {
		City city = this.hubs.values().stream().filter((c) -> c.getName().equals(hub)).findFirst().orElseGet(() -> {
			City created = new City(hub.toLowerCase(), hub, CityLevel.AREA);
			ReflectionTestUtils.setField(created, "id", this.nextId++);
			this.hubs.put(created.getId(), created);
			return created;
		});
		Figure figure = new Figure(Subject.city(city.getId()), this.companies, BigDecimal.valueOf(value),
				String.valueOf(value), kind, this.source, "q");
		TestFigures.date(figure, Qualifier.NONE, String.valueOf(year), (kind == FigureKind.TARGET) ? null : year,
				(kind == FigureKind.TARGET) ? year : null, definition);
		ReflectionTestUtils.setField(figure, "id", this.nextId++);
		return figure;
	}

	private static List<String> hubsOf(Group group) {
		return group.entries()
			.stream()
			.map((e) -> e.hub().getName() + (e.rank() != null ? "#" + e.rank() : ""))
			.toList();
	}

	@Test
	void theKindMostHubsShareIsRankedAndTheRestStandApartWithTheReason() {
		List<Figure> figures = List.of(figure("Shenzhen", 2200, 2025, FigureKind.ACTUAL, null),
				figure("Hangzhou", 500, 2024, FigureKind.ACTUAL, null),
				figure("Wuhan", 650, 2022, FigureKind.ACTUAL, null),
				figure("Hangzhou", 300, 2023, FigureKind.ACTUAL, null),
				figure("Jinan", 500, 2026, FigureKind.TARGET, null),
				figure("Shanghai", 394, 2025, FigureKind.ACTUAL, this.major));
		List<Group> groups = IndicatorRankingService.group(this.companies, figures, this.hubs);

		assertThat(groups.get(0).ranked()).isTrue();
		assertThat(hubsOf(groups.get(0))).containsExactly("Shenzhen#1", "Hangzhou#2");
		assertThat(groups).extracting(Group::title)
			.containsExactly("Reported values", "Older figures", "Earlier figures for the same hubs",
					"Reported values \u2014 counted as: major AI enterprises", "Targets and forecasts");
		assertThat(hubsOf(groups.get(1))).containsExactly("Wuhan");
		assertThat(groups.get(4).reason()).isEqualTo("Targets and forecasts are not ranked against reported values.");
	}

	@Test
	void definitionsThatCountAsAnotherAreRankedWithIt() {
		IndicatorDefinition key = new IndicatorDefinition(this.companies, "key-ai-enterprises", "key AI enterprises",
				null, "ai-enterprises-above-size", 1);
		List<Figure> figures = List.of(figure("Shanghai", 394, 2025, FigureKind.ACTUAL, this.major),
				figure("Beijing", 1048, 2024, FigureKind.ACTUAL, key));
		List<Group> groups = IndicatorRankingService.group(this.companies, figures, this.hubs);
		assertThat(groups).hasSize(1);
		assertThat(hubsOf(groups.get(0))).containsExactly("Beijing#1", "Shanghai#2");
		assertThat(key.group()).isEqualTo("ai-enterprises-above-size");
		assertThat(this.major.group()).isEqualTo("ai-enterprises-above-size");
	}

	@Test
	void equalValuesShareARank() {
		List<Figure> figures = List.of(figure("A", 10, 2025, FigureKind.ACTUAL, null),
				figure("B", 10, 2025, FigureKind.ACTUAL, null), figure("C", 5, 2025, FigureKind.ACTUAL, null));
		List<Entry> entries = IndicatorRankingService.group(this.companies, figures, this.hubs).get(0).entries();
		assertThat(entries).extracting(Entry::rank).containsExactly(1, 1, 3);
	}

}
