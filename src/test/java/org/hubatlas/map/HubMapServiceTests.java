package org.hubatlas.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorDefinition;
import org.hubatlas.figure.Qualifier;
import org.hubatlas.figure.TestFigures;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Which figures size the map's dots: only the main ranked group of the chosen indicator
 * (Comparability's rule), so that Guangdong's registry count of half a million
 * "AI-related" firms never stands beside city counts in the hundreds; hubs outside the
 * group get the plain dot and the legend names the group, its definition and years.
 */
class HubMapServiceTests {

	private final CityService cities = mock(CityService.class);

	private final FigureService figures = mock(FigureService.class);

	private final DisputeService disputes = mock(DisputeService.class);

	private final Indicator aiCompanies = new Indicator("ai-companies", "AI companies", "companies", true,
			"Companies whose main business is artificial intelligence.", 1);

	private final IndicatorDefinition core = new IndicatorDefinition(this.aiCompanies, "ai-core", "AI core enterprises",
			"人工智能核心企业", null, 1);

	private final IndicatorDefinition registry = new IndicatorDefinition(this.aiCompanies, "ai-related-registry",
			"AI-related firms in the company registry", "工商登记的人工智能相关企业", null, 2);

	private final Source source = new Source("report", "A report", "2024", DatePrecision.YEAR);

	private static City hub(long id, String slug, String name, CityLevel level, String lat, String lon) {
		City city = new City(slug, name, level);
		ReflectionTestUtils.setField(city, "id", id);
		ReflectionTestUtils.setField(city, "latitude", new BigDecimal(lat));
		ReflectionTestUtils.setField(city, "longitude", new BigDecimal(lon));
		return city;
	}

	private Figure figure(long id, long hubId, String value, int year, IndicatorDefinition definition) {
		Figure figure = new Figure(Subject.city(hubId), this.aiCompanies, new BigDecimal(value), value,
				FigureKind.ACTUAL, this.source, "Quote " + id);
		TestFigures.date(figure, Qualifier.NONE, null, year, null, definition);
		ReflectionTestUtils.setField(figure, "id", id);
		return figure;
	}

	private HubMap mapSizedByAiCompanies() {
		ReflectionTestUtils.setField(this.aiCompanies, "id", 5L);
		given(this.cities.all())
			.willReturn(List.of(hub(1, "beijing", "Beijing", CityLevel.MUNICIPALITY, "39.9", "116.41"),
					hub(2, "shanghai", "Shanghai", CityLevel.MUNICIPALITY, "31.23", "121.47"),
					hub(3, "hangzhou", "Hangzhou", CityLevel.SUB_PROVINCIAL_CITY, "30.27", "120.16"),
					hub(4, "guangdong", "Guangdong", CityLevel.PROVINCE, "23.13", "113.26"),
					hub(5, "guangzhou", "Guangzhou", CityLevel.SUB_PROVINCIAL_CITY, "23.13", "113.26")));
		given(this.figures.indicators()).willReturn(List.of(this.aiCompanies));
		given(this.figures.hubCountsByIndicator()).willReturn(Map.of(5L, 4L));
		given(this.figures.forIndicatorAboutHubs(HubMapService.PILOT_ZONE)).willReturn(List.of());
		given(this.figures.forIndicatorAboutHubs("ai-companies"))
			.willReturn(List.of(figure(11, 1, "2400", 2024, this.core), figure(12, 2, "1100", 2024, this.core),
					figure(13, 3, "600", 2023, this.core), figure(14, 4, "489000", 2024, this.registry)));
		given(this.disputes.disputes(any())).willReturn(Disputes.none());
		return new HubMapService(this.cities, this.figures, this.disputes).map("ai-companies");
	}

	private static HubMap.Dot dot(HubMap map, String slug) {
		return map.dots().stream().filter((d) -> d.hub().getSlug().equals(slug)).findFirst().orElseThrow();
	}

	@Test
	void onlyTheMainRankedGroupSizesTheDots() {
		HubMap map = mapSizedByAiCompanies();
		assertThat(dot(map, "beijing").sized()).isTrue();
		assertThat(dot(map, "beijing").radius()).isEqualTo(HubMapService.MAX_RADIUS);
		assertThat(dot(map, "shanghai").radius()).isBetween(HubMapService.MIN_RADIUS, HubMapService.MAX_RADIUS);
		// Guangdong's registry count is another definition: not sized, a ring of the
		// fixed size; Guangzhou has no figure: the plain dot.
		assertThat(dot(map, "guangdong").sized()).isFalse();
		assertThat(dot(map, "guangdong").area()).isTrue();
		assertThat(dot(map, "guangdong").radius()).isEqualTo(HubMapService.RING_RADIUS);
		assertThat(dot(map, "guangzhou").sized()).isFalse();
		assertThat(dot(map, "guangzhou").radius()).isEqualTo(HubMapService.MIN_RADIUS);
		// Guangdong's figure is apart, not missing; Guangzhou has none.
		assertThat(map.hasFiguresApart(dot(map, "guangdong").hub())).isTrue();
		assertThat(map.hasFiguresApart(dot(map, "guangzhou").hub())).isFalse();
		assertThat(map.hasFiguresApart(dot(map, "beijing").hub())).isFalse();
	}

	@Test
	void theLegendNamesTheIndicatorTheDefinitionTheYearsAndTheHubsLeftPlain() {
		HubMap.Legend legend = mapSizedByAiCompanies().legend();
		assertThat(legend.indicator()).isEqualTo("AI companies");
		assertThat(legend.countedAs()).isEqualTo("AI core enterprises");
		assertThat(legend.targets()).isFalse();
		assertThat(legend.years()).isEqualTo("2023–2024");
		assertThat(legend.largest()).contains("2,400");
		assertThat(legend.unsized()).isEqualTo(2);
	}

	@Test
	void theRingIsDrawnUnderTheCapitalsDotAndTheFrameHoldsEveryHub() {
		HubMap map = mapSizedByAiCompanies();
		assertThat(map.dots().get(0).hub().getSlug()).isEqualTo("guangdong");
		HubMap.Frame f = map.frame();
		for (HubMap.Dot d : map.dots()) {
			assertThat(d.x() - d.radius()).isGreaterThanOrEqualTo(f.x());
			assertThat(d.x() + d.radius()).isLessThanOrEqualTo(f.x() + f.width());
			assertThat(d.y() - d.radius()).isGreaterThanOrEqualTo(f.y());
			assertThat(d.y() + d.radius()).isLessThanOrEqualTo(f.y() + f.height());
			assertThat(d.label().text()).isEqualTo(d.hub().getName());
		}
	}

	@Test
	void aPartOfAHubWithoutAFigureIsASmallerDotDrawnOnItsHub() {
		City beijing = hub(1, "beijing", "Beijing", CityLevel.MUNICIPALITY, "39.9", "116.41");
		City zhongguancun = hub(2, "zhongguancun", "Zhongguancun", CityLevel.DISTRICT, "39.98", "116.31");
		zhongguancun.setParent(beijing);
		given(this.cities.all()).willReturn(List.of(zhongguancun, beijing,
				hub(3, "shanghai", "Shanghai", CityLevel.MUNICIPALITY, "31.23", "121.47")));
		given(this.figures.indicators()).willReturn(List.of());
		given(this.figures.hubCountsByIndicator()).willReturn(Map.of());
		given(this.figures.forIndicatorAboutHubs(HubMapService.PILOT_ZONE)).willReturn(List.of());

		HubMap map = new HubMapService(this.cities, this.figures, this.disputes).map(null);

		// The same dot would hide Beijing's under Zhongguancun's, a few pixels away.
		assertThat(dot(map, "zhongguancun").radius()).isLessThan(dot(map, "beijing").radius());
		assertThat(map.dots().indexOf(dot(map, "zhongguancun"))).isGreaterThan(map.dots().indexOf(dot(map, "beijing")));
		assertThat(dot(map, "shanghai").radius()).isEqualTo(HubMapService.MIN_RADIUS);
		assertThat(map.hasParts()).isTrue();
	}

}
