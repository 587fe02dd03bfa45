package org.hubatlas.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.PageLinks;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The map page with the map mocked: every hub a dot, the table beside it a hundred hubs
 * at a time with a pager that keeps the indicator the dots are sized by, a 400 page
 * naming a bad {@code size} or {@code page}, and a 404 page beyond the last page.
 */
@SignInGuardsMocked
@WebMvcTest(HubMapController.class)
@Import({ SecurityConfig.class, FigureText.class, DisplayNames.class })
class HubMapControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HubMapService maps;

	private static City hub(long id, String slug, String name) {
		City city = new City(slug, name, CityLevel.PREFECTURE_CITY);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static final HubMap.Frame FRAME = new HubMap.Frame(380, 200, 300, 380);

	/** A hub's dot with its label to the right. */
	private static HubMap.Dot dot(City hub, double x, double y, double radius, Figure figure) {
		return new HubMap.Dot(hub, x, y, radius, false, figure != null, figure, null,
				new HubMap.Label(hub.getName(), x + radius + 2, y - 10, 40, 20, x + radius + 7, y, "start", null));
	}

	/** Beijing and Hefei on the map, Xiong'an without coordinates; dots of one size. */
	private static HubMap plainMap() {
		List<HubMap.Dot> dots = List.of(dot(hub(1, "beijing", "Beijing"), 610.2, 240.5, 6, null),
				dot(hub(2, "hefei", "Hefei"), 640.8, 330.1, 6, null));
		return new HubMap(dots, List.of(hub(3, "xiongan", "Xiong'an")), null, List.of(aiCompanies()), null,
				Disputes.none(), FRAME, 11);
	}

	private static Indicator aiCompanies() {
		Indicator indicator = new Indicator("ai-companies", "AI companies", "companies", true,
				"Companies whose main business is artificial intelligence.", 1);
		ReflectionTestUtils.setField(indicator, "id", 5L);
		return indicator;
	}

	/** 150 hubs sized by their AI companies: two pages of the table. */
	private static HubMap sizedMapOf150Hubs() {
		Indicator indicator = aiCompanies();
		Source source = new Source("caict-2024", "China AI development report 2024", "March 2024", DatePrecision.MONTH);
		ReflectionTestUtils.setField(source, "id", 11L);
		List<HubMap.Dot> dots = new ArrayList<>();
		for (int i = 1; i <= 150; i++) {
			City hub = hub(i, "hub-" + i, String.format("Hub %03d", i));
			Figure figure = new Figure(Subject.city(i), indicator, BigDecimal.valueOf(10L * i), String.valueOf(10 * i),
					FigureKind.ACTUAL, source, "Hub " + i + " has " + (10 * i) + " AI companies.");
			ReflectionTestUtils.setField(figure, "id", 1000L + i);
			dots.add(dot(hub, 400 + i, 300, 3 + i / 30.0, figure));
		}
		return new HubMap(dots, List.of(), indicator, List.of(indicator),
				new HubMap.Legend("AI companies", null, false, 2023, 2024, "10 companies", 3, "1,500 companies", 8, 0),
				Disputes.none(), FRAME, 11);
	}

	@Test
	void theMapShowsEveryHubAsADotWithTheTableBeside() throws Exception {
		HubMap map = plainMap();
		given(this.maps.map(null)).willReturn(map);
		this.mvc.perform(get("/map"))
			.andExpect(status().isOk())
			.andExpect(view().name("map/page"))
			.andExpect(model().attribute("map", sameInstance(map)))
			.andExpect(model().attribute("rows", map.dots()))
			.andExpect(model().attribute("pages", new PageLinks(1, 1, 2, 1, 2, null, null)))
			.andExpect(content().string(containsString("href=\"/cities/xiongan\"")));
	}

	/** The dots come in drawing order; the table lists the hubs by name. */
	@Test
	void theTableListsTheHubsByName() throws Exception {
		HubMap.Dot hefei = dot(hub(2, "hefei", "Hefei"), 640.8, 330.1, 6, null);
		HubMap.Dot beijing = dot(hub(1, "beijing", "Beijing"), 610.2, 240.5, 6, null);
		HubMap map = new HubMap(List.of(hefei, beijing), List.of(), null, List.of(aiCompanies()), null, Disputes.none(),
				FRAME, 11);
		given(this.maps.map(null)).willReturn(map);
		this.mvc.perform(get("/map"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rows", List.of(beijing, hefei)));
	}

	/**
	 * A hub whose figures do not rank with the others says so and links to why; a hub
	 * with none says "no data".
	 */
	@Test
	void aHubWithFiguresApartIsNotCalledWithoutData() throws Exception {
		Indicator indicator = aiCompanies();
		HubMap.Dot hefei = dot(hub(2, "hefei", "Hefei"), 640.8, 330.1, 6, null);
		HubMap.Dot wuhan = dot(hub(3, "wuhan", "Wuhan"), 600.8, 330.1, 6, null);
		HubMap map = new HubMap(List.of(hefei, wuhan), List.of(), indicator, List.of(indicator),
				new HubMap.Legend("AI companies", null, false, 2023, 2024, "10 companies", 3, "1,500 companies", 8, 0),
				Disputes.none(), FRAME, 11, java.util.Set.of(2L));
		Document page = sizedByAiCompanies(map);
		assertThat(page.select("tbody tr:contains(Hefei) td a[href=/indicators/ai-companies]").text())
			.isEqualTo("not ranked with these: see why");
		assertThat(page.select("tbody tr:contains(Wuhan)").text()).contains("no data");
	}

	/**
	 * The dot sizes' key is drawn inside the map, under its frame and in its units, so
	 * that its dots keep the map's sizes at any width; the map without sizes has none.
	 */
	@Test
	void theSizeKeyIsDrawnInTheMapsOwnUnits() throws Exception {
		Indicator indicator = aiCompanies();
		HubMap.Dot hefei = dot(hub(2, "hefei", "Hefei"), 640.8, 330.1, 6, null);
		HubMap.Dot anhui = new HubMap.Dot(hub(3, "anhui", "Anhui"), 640.8, 330.1, 13, true, false, null, null,
				new HubMap.Label("Anhui", 600, 300, 40, 20, 620, 310, "middle", null));
		HubMap map = new HubMap(List.of(hefei, anhui), List.of(), indicator, List.of(indicator),
				new HubMap.Legend("AI companies", null, false, 2023, 2024, "10 companies", 3, "1,500 companies", 8, 0),
				Disputes.none(), FRAME, 11);
		Document page = sizedByAiCompanies(map);
		HubMap.SizeKey key = map.sizeKey();
		assertThat(page.select("svg[role=group]").attr("viewBox")).isEqualTo(FRAME.x() + " " + FRAME.y() + " "
				+ FRAME.width() + " " + (Math.round((FRAME.height() + key.height()) * 10) / 10.0));
		assertThat(key.y()).isEqualTo(FRAME.y() + FRAME.height());
		assertThat(page.select("svg[role=group] .size-key circle").eachAttr("r")).containsExactly("3.0", "8.0");
		assertThat(page.select("svg[role=group] .size-key text").eachText()).containsExactly("10 companies",
				"1,500 companies");
		assertThat(page.select(".map-legend svg circle[r=3.0], .map-legend svg circle[r=8.0]")).isEmpty();
		assertThat(page.select(".map-legend").text())
			.contains("the smallest dot, 10 companies, and the largest, " + "1,500 companies")
			.contains("a ring around its capital, its area sized as the dots are");
		assertThat(new HubMap(List.of(hefei), List.of(), null, List.of(indicator), null, Disputes.none(), FRAME, 11)
			.sizeKey()).isNull();
	}

	/** The map page sized by AI companies, drawing this map. */
	private Document sizedByAiCompanies(HubMap map) throws Exception {
		given(this.maps.map("ai-companies")).willReturn(map);
		return Jsoup.parse(this.mvc.perform(get("/map").param("size", "ai-companies"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** A reader of Chinese finds each hub in the table by its Chinese name first. */
	@Test
	void aReaderOfChineseReadsTheHubsChineseNameFirst() throws Exception {
		City hefei = hub(2, "hefei", "Hefei");
		ReflectionTestUtils.setField(hefei, "nameZh", "合肥");
		HubMap map = new HubMap(List.of(dot(hefei, 640.8, 330.1, 6, null)), List.of(), null, List.of(aiCompanies()),
				null, Disputes.none(), FRAME, 11);
		given(this.maps.map(null)).willReturn(map);
		Document page = Jsoup.parse(this.mvc.perform(get("/map").locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("tbody th a").text()).isEqualTo("合肥");
		assertThat(page.select("tbody th span[lang=en]").text()).isEqualTo("Hefei");
	}

	@Test
	void theTableComesAHundredHubsAtATimeAndThePagerKeepsTheDotSize() throws Exception {
		HubMap map = sizedMapOf150Hubs();
		given(this.maps.map("ai-companies")).willReturn(map);
		this.mvc.perform(get("/map").param("size", "ai-companies").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("map/page"))
			.andExpect(model().attribute("rows", map.dots().subList(100, 150)))
			.andExpect(model().attribute("pages",
					new PageLinks(2, 2, 150, 101, 150, "/map?size=ai-companies&page=1", null)));
	}

	@Test
	void theFirstPageLinksToTheNextWithTheDotSize() throws Exception {
		HubMap map = sizedMapOf150Hubs();
		given(this.maps.map("ai-companies")).willReturn(map);
		this.mvc.perform(get("/map").param("size", "ai-companies"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rows", map.dots().subList(0, HubMapController.TABLE_PAGE_SIZE)))
			.andExpect(model().attribute("pages",
					new PageLinks(1, 2, 150, 1, 100, null, "/map?size=ai-companies&page=2")));
	}

	@Test
	void anUnknownSizeIs400NamingTheParameter() throws Exception {
		given(this.maps.map("planets")).willThrow(BadRequestException.oneOf("size", List.of("ai-companies")));
		this.mvc.perform(get("/map").param("size", "planets"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'size'")));
	}

	@Test
	void aPageThatIsNoNumberIs400NamingTheParameter() throws Exception {
		given(this.maps.map(null)).willReturn(plainMap());
		this.mvc.perform(get("/map").param("page", "last"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'page'")));
	}

	@Test
	void aPageBeyondTheLastIs404() throws Exception {
		given(this.maps.map(null)).willReturn(plainMap());
		this.mvc.perform(get("/map").param("page", "2"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404));
	}

}
