package org.hubatlas.hub;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.Qualifier;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.map.HubMap;
import org.hubatlas.map.HubMapService;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The home page with the services mocked: a card for each top-level hub (sub-areas are
 * left to their hub's card), the leader of a headline indicator only where two hubs rank,
 * the coverage line, the national statements split into a lead and the rest, the pair of
 * hubs worth comparing, the dispute badges asked for the cards' figures, and with more
 * hubs than cards the best-documented ones on the cards and on the map.
 */
@SignInGuardsMocked
@WebMvcTest(HomeController.class)
@Import({ SecurityConfig.class, DisplayNames.class, FigureText.class })
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HubDirectoryService directory;

	@MockitoBean
	private StatementService statements;

	@MockitoBean
	private HubMapService maps;

	@MockitoBean
	private FigureService figures;

	@MockitoBean
	private SourceService sources;

	@MockitoBean
	private DisputeService disputes;

	private final Indicator aiCompanies = new Indicator("ai-companies", "AI companies", "companies", true,
			"Companies whose main business is AI", 1);

	private final Source article = source(40, "China's AI hubs", "2025-03-02");

	private final City beijing = hub(1, "beijing", "Beijing", null);

	private final City shanghai = hub(2, "shanghai", "Shanghai", null);

	private final City zhongguancun = hub(3, "zhongguancun", "Zhongguancun", this.beijing);

	private static City hub(long id, String slug, String name, City parent) {
		City city = new City(slug, name, (parent != null) ? CityLevel.AREA : CityLevel.MUNICIPALITY);
		city.setParent(parent);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static Source source(long id, String title, String published) {
		Source source = new Source("source-" + id, title, published, DatePrecision.DAY);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

	private Figure aiCompanies(long id, City hub, String value) {
		Figure figure = new Figure(Subject.city(hub.getId()), this.aiCompanies, new BigDecimal(value), value,
				FigureKind.ACTUAL, this.article, hub.getName() + " counts " + value + " AI companies.");
		ReflectionTestUtils.setField(figure, "id", id);
		return figure;
	}

	private static HubSummary card(City city, int figureCount, Figure ranked) {
		List<Figure> leading = (ranked != null) ? List.of(ranked) : List.of();
		Map<String, Figure> headline = (ranked != null) ? Map.of("ai-companies", ranked) : Map.of();
		Set<String> ranks = (ranked != null) ? Set.of("ai-companies") : Set.of();
		return new HubSummary(city, List.of(), 3, 2, 1, figureCount, leading, headline, ranks);
	}

	private Statement national(long id, Nature nature) {
		Statement statement = new Statement(Subject.nationalContext(), this.article, "Quote " + id, "Paraphrase " + id,
				nature);
		ReflectionTestUtils.setField(statement, "id", id);
		return statement;
	}

	private static HubMap mapOf(List<City> hubs) {
		List<HubMap.Dot> dots = hubs.stream()
			.map((h) -> new HubMap.Dot(h, 10, 10, 4, false, false, null, null,
					new HubMap.Label(h.getName(), 16, 0, 40, 20, 20, 10, "start", null)))
			.toList();
		return new HubMap(dots, List.of(), null, List.of(), null, Disputes.none(), new HubMap.Frame(0, 0, 120, 120), 4);
	}

	/** A home page of Beijing and Shanghai, each with its figure of AI companies. */
	private void givenBeijingAndShanghaiLeading(Figure beijingCompanies, Figure shanghaiCompanies) {
		given(this.directory.summaries(null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of(card(this.beijing, 5, beijingCompanies), card(this.shanghai, 4, shanghaiCompanies)));
		given(this.figures.indicatorsByHub()).willReturn(Map.of());
		given(this.sources.newest()).willReturn(Optional.of(this.article));
		given(this.maps.map(null)).willReturn(mapOf(List.of(this.beijing, this.shanghai)));
		given(this.disputes.disputes(any())).willReturn(Disputes.none());
	}

	/** Two hubs with the same leading value share the lead: both are named, as tied. */
	@Test
	void hubsTiedForTheLeadAreNamedTogether() throws Exception {
		Figure beijingCompanies = aiCompanies(11, this.beijing, "2400");
		Figure shanghaiCompanies = aiCompanies(12, this.shanghai, "2400");
		givenBeijingAndShanghaiLeading(beijingCompanies, shanghaiCompanies);
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("leaders",
					hasEntry("ai-companies",
							new HomeController.Leader("ai-companies", List.of(this.beijing, this.shanghai),
									beijingCompanies, 2))))
			.andExpect(content()
				.string(containsString("Beijing and Shanghai: 2,400 companies each, tied first of 2 hubs ranked")));
	}

	/**
	 * Leaders whose figures are lower bounds ("more than 2,400" each) are not said to
	 * tie: either may lead.
	 */
	@Test
	void leadersTiedOnLowerBoundsAreNotSaidToTie() throws Exception {
		Figure beijingCompanies = aiCompanies(11, this.beijing, "2400");
		Figure shanghaiCompanies = aiCompanies(12, this.shanghai, "2400");
		for (Figure figure : List.of(beijingCompanies, shanghaiCompanies)) {
			ReflectionTestUtils.setField(figure, "qualifier", Qualifier.EXCEEDING);
		}
		givenBeijingAndShanghaiLeading(beijingCompanies, shanghaiCompanies);
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Beijing and Shanghai: ≥ 2,400 companies each, first of 2 hubs ranked on "
							+ "what the sources state; as these are lower bounds, either may lead"),
					not(containsString("tied first")))));
	}

	@Test
	void theHomePageHasACardPerTopLevelHubTheLeadersTheCoverageAndTheNationalStatements() throws Exception {
		Figure beijingCompanies = aiCompanies(11, this.beijing, "2400");
		Figure shanghaiCompanies = aiCompanies(12, this.shanghai, "1100");
		HubSummary beijingCard = card(this.beijing, 5, beijingCompanies);
		HubSummary shanghaiCard = card(this.shanghai, 4, shanghaiCompanies);
		given(this.directory.summaries(null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of(beijingCard, shanghaiCard, card(this.zhongguancun, 1, null)));
		given(this.figures.indicatorsByHub()).willReturn(Map.of(1L, Set.of(1L, 2L, 3L), 2L, Set.of(1L, 2L, 3L, 4L)));
		given(this.figures.count()).willReturn(92L);
		given(this.sources.count()).willReturn(70L);
		given(this.sources.newest()).willReturn(Optional.of(this.article));
		List<Statement> nationalContext = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			nationalContext.add(national(id, Nature.REPORTED_FACT));
		}
		nationalContext.add(national(7, Nature.FORECAST));
		given(this.statements.nationalContext()).willReturn(nationalContext);
		HubMap map = mapOf(List.of(this.beijing, this.shanghai));
		given(this.maps.map(null)).willReturn(map);
		given(this.disputes.disputes(any())).willReturn(Disputes.none());

		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/home"))
			.andExpect(model().attribute("hubs", contains(beijingCard, shanghaiCard)))
			.andExpect(model().attribute("hubsNotShown", 0))
			.andExpect(model().attribute("leaders", aMapWithSize(1)))
			.andExpect(model().attribute("leaders",
					hasEntry("ai-companies",
							new HomeController.Leader("ai-companies", List.of(this.beijing), beijingCompanies, 2))))
			.andExpect(model().attribute("coverage", new HomeController.Coverage(3, 92, 70, this.article)))
			.andExpect(model().attribute("nationalLead", nationalContext.subList(0, 5)))
			.andExpect(model().attribute("nationalMore", nationalContext.subList(5, 7)))
			.andExpect(model().attribute("map", sameInstance(map)))
			.andExpect(model().attribute("suggestion", contains(shanghaiCard, beijingCard)))
			.andExpect(model().attributeExists("cardDisputes", "noDisputes"))
			.andExpect(content().string(containsString("Beijing: 2,400 companies, first of 2 hubs ranked")));
		ArgumentCaptor<DisputeQuery> query = ArgumentCaptor.forClass(DisputeQuery.class);
		verify(this.disputes).disputes(query.capture());
		assertThat(ReflectionTestUtils.getField(query.getValue(), "figureIds")).isEqualTo(List.of(11L, 12L));
	}

	@Test
	void noHubLeadsAnIndicatorOnlyOneHubRanksAndNoPairIsSuggestedWithFewSharedIndicators() throws Exception {
		HubSummary beijingCard = card(this.beijing, 5, aiCompanies(11, this.beijing, "2400"));
		HubSummary shanghaiCard = card(this.shanghai, 0, null);
		given(this.directory.summaries(null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of(beijingCard, shanghaiCard));
		given(this.figures.indicatorsByHub()).willReturn(Map.of(1L, Set.of(1L, 2L), 2L, Set.of(1L, 2L)));
		given(this.sources.newest()).willReturn(Optional.empty());
		given(this.maps.map(null)).willReturn(mapOf(List.of(this.beijing, this.shanghai)));
		given(this.disputes.disputes(any())).willReturn(Disputes.none());

		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/home"))
			.andExpect(model().attribute("hubs", contains(beijingCard, shanghaiCard)))
			.andExpect(model().attribute("leaders", anEmptyMap()))
			.andExpect(model().attribute("suggestion", nullValue()))
			.andExpect(model().attribute("coverage", new HomeController.Coverage(2, 0, 0, null)))
			.andExpect(model().attribute("nationalLead", hasSize(0)))
			.andExpect(model().attribute("nationalMore", hasSize(0)));
	}

	@Test
	void withMoreHubsThanCardsTheBestDocumentedHubsGetTheCardsAndTheMap() throws Exception {
		List<HubSummary> all = new ArrayList<>();
		List<City> cities = new ArrayList<>();
		for (int i = 1; i <= HomeController.HOME_CARDS + 1; i++) {
			City city = hub(100 + i, "hub-" + i, String.format("Hub %02d", i), null);
			cities.add(city);
			all.add(card(city, i, null));
		}
		given(this.directory.summaries(null, HubDirectoryService.SortKey.NAME, false)).willReturn(all);
		given(this.maps.map(null)).willReturn(mapOf(cities));
		given(this.disputes.disputes(any())).willReturn(Disputes.none());

		MvcResult result = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/home"))
			.andExpect(model().attribute("hubs", hasSize(HomeController.HOME_CARDS)))
			.andExpect(model().attribute("hubs", not(hasItem(all.get(0)))))
			.andExpect(model().attribute("hubs", hasItem(all.get(HomeController.HOME_CARDS))))
			.andExpect(model().attribute("hubsNotShown", 1))
			.andReturn();
		HubMap shown = (HubMap) result.getModelAndView().getModel().get("map");
		assertThat(shown.dots()).hasSize(HomeController.HOME_CARDS)
			.noneMatch((dot) -> dot.hub() == cities.get(0))
			.anyMatch((dot) -> dot.hub() == cities.get(HomeController.HOME_CARDS));
	}

}
