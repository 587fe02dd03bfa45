package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageLinks;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The hub directory, its spreadsheet and a hub's profile with the services mocked: the
 * directory's filters and order are parsed from the address and handed to the service,
 * kept in the pager's and the download's links, and a malformed filter, order or page is
 * a 400 page naming the parameter; an unknown hub and a page beyond the last are 404
 * pages.
 */
@SignInGuardsMocked
@WebMvcTest(CityPagesController.class)
@Import({ SecurityConfig.class, DisplayNames.class })
class CityPagesControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HubDirectoryService directory;

	@MockitoBean
	private CityProfileService profiles;

	private static City hub(long id, String slug, String name, String nameZh, CityLevel level) {
		City city = new City(slug, name, level);
		city.addMissing(nameZh, null, null);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static HubSummary summary(City city, int companies, int institutions, int incentives) {
		return new HubSummary(city, List.of(), companies, institutions, incentives, 0, List.of(), Map.of(), Set.of());
	}

	private final HubSummary beijing = summary(hub(1, "beijing", "Beijing", "北京", CityLevel.MUNICIPALITY), 12, 5, 3);

	private final HubSummary shanghai = summary(hub(2, "shanghai", "Shanghai", "上海", CityLevel.MUNICIPALITY), 9, 4, 2);

	@Test
	void theDirectoryShowsEveryHubInNameOrderByDefault() throws Exception {
		given(this.directory.summaries(null, null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of(this.beijing, this.shanghai));
		this.mvc.perform(get("/cities"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/directory"))
			.andExpect(model().attribute("hubs", contains(this.beijing, this.shanghai)))
			.andExpect(model().attribute("total", 2))
			.andExpect(model().attribute("levels", List.of(CityLevel.values())))
			.andExpect(model().attribute("level", nullValue()))
			.andExpect(model().attribute("pilot", ""))
			.andExpect(model().attribute("sort", "name"))
			.andExpect(model().attribute("dir", "asc"))
			.andExpect(model().attribute("csvHref", "/cities.csv?sort=name&dir=asc"))
			.andExpect(model().attribute("pages", new PageLinks(1, 1, 2, 1, 2, null, null)))
			.andExpect(content().string(containsString("/cities/shanghai")));
	}

	@Test
	void theFiltersAndOrderAreParsedHandedToTheServiceAndKeptInTheDownloadLink() throws Exception {
		given(this.directory.summaries(CityLevel.MUNICIPALITY, true, HubDirectoryService.SortKey.AI_COMPANIES, true))
			.willReturn(List.of(this.shanghai));
		this.mvc
			.perform(get("/cities").param("level", "municipality")
				.param("pilot", "YES")
				.param("sort", "ai-companies")
				.param("dir", "desc"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/directory"))
			.andExpect(model().attribute("hubs", contains(this.shanghai)))
			.andExpect(model().attribute("level", CityLevel.MUNICIPALITY))
			.andExpect(model().attribute("pilot", "yes"))
			.andExpect(model().attribute("sort", "ai-companies"))
			.andExpect(model().attribute("dir", "desc"))
			.andExpect(model().attribute("csvHref",
					"/cities.csv?level=municipality&pilot=yes&sort=ai-companies&dir=desc"));
		verify(this.directory).summaries(CityLevel.MUNICIPALITY, true, HubDirectoryService.SortKey.AI_COMPANIES, true);
	}

	@Test
	void theSecondPageShowsTheHubsBeyondTheFirstHundredWithALinkBack() throws Exception {
		List<HubSummary> many = new ArrayList<>();
		for (int i = 1; i <= CityPagesController.DIRECTORY_PAGE_SIZE + 1; i++) {
			many.add(summary(hub(i, "hub-" + i, "Hub " + i, null, CityLevel.DISTRICT), 0, 0, 0));
		}
		given(this.directory.summaries(CityLevel.DISTRICT, null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(many);
		this.mvc.perform(get("/cities").param("level", "district").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/directory"))
			.andExpect(model().attribute("hubs", contains(many.get(100))))
			.andExpect(model().attribute("total", 101))
			.andExpect(model().attribute("pages",
					new PageLinks(2, 2, 101, 101, 101, "/cities?level=district&sort=name&dir=asc&page=1", null)));
	}

	@Test
	void aPageBeyondTheLastIs404() throws Exception {
		given(this.directory.summaries(null, null, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of(this.beijing, this.shanghai));
		this.mvc.perform(get("/cities").param("page", "2"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404));
	}

	@ParameterizedTest
	@CsvSource({ "level, bogus", "pilot, maybe", "sort, bogus", "dir, up", "page, 0", "page, two" })
	void aMalformedDirectoryParameterIs400NamingIt(String parameter, String value) throws Exception {
		this.mvc.perform(get("/cities").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 400))
			.andExpect(model().attribute("message", containsString("'" + parameter + "'")));
		verifyNoInteractions(this.directory);
	}

	@Test
	void theDownloadIsTheDirectoryWithTheSameFiltersAsCsv() throws Exception {
		given(this.directory.summaries(CityLevel.MUNICIPALITY, null, HubDirectoryService.SortKey.COMPANIES, true))
			.willReturn(List.of(this.beijing, this.shanghai));
		this.mvc
			.perform(get("/cities.csv").param("level", "municipality").param("sort", "companies").param("dir", "desc"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-hubs.csv")))
			.andExpect(content().string(containsString("Beijing,北京,Municipality,")))
			.andExpect(content().string(containsString(",12,5,3,/cities/beijing\r\n")))
			.andExpect(content().string(endsWith(",9,4,2,/cities/shanghai\r\n")));
		verify(this.directory).summaries(CityLevel.MUNICIPALITY, null, HubDirectoryService.SortKey.COMPANIES, true);
	}

	@Test
	void theDownloadAskedForAsJsonIs406NotAnEmptyObject() throws Exception {
		this.mvc.perform(get("/cities.csv").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().string(not(containsString("{}"))));
		verifyNoInteractions(this.directory);
	}

	@Test
	void aHubsDownloadAskedForAsAPageIs406NotAHubNamedAfterTheFile() throws Exception {
		this.mvc.perform(get("/cities/beijing.csv").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().string(not(containsString("beijing.csv"))));
		verifyNoInteractions(this.profiles);
	}

	@Test
	void aMalformedDownloadOrderIs400NamingIt() throws Exception {
		this.mvc.perform(get("/cities.csv").param("dir", "up"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'dir'")));
		verifyNoInteractions(this.directory);
	}

	@Test
	void aHubsProfileShowsWhatTheServiceLoadedAndDescribesTheHub() throws Exception {
		City hefei = hub(7, "hefei", "Hefei", "合肥", CityLevel.PREFECTURE_CITY);
		hefei.addMissing(null, "Hefei hosts iFlytek and a national AI pilot zone.", null);
		CityProfile profile = new CityProfile(hefei, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				Disputes.none(), List.of(), List.of(this.beijing.city()),
				List.of(new CityProfile.Suggestion(this.beijing.city(), 4)), List.of(), List.of());
		given(this.profiles.profile("hefei")).willReturn(profile);
		this.mvc.perform(get("/cities/hefei"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/profile"))
			.andExpect(model().attribute("profile", sameInstance(profile)))
			.andExpect(model().attribute("metaDescription", "Hefei hosts iFlytek and a national AI pilot zone."))
			.andExpect(content().string(containsString("/compare?cities=hefei,beijing")))
			// The hub's data to take away: its figures as CSV and as a pack, and the API.
			.andExpect(content().string(allOf(containsString("href=\"/cities/hefei.csv\""),
					containsString("href=\"/data/hub-atlas-pack.yaml?hub=hefei\""),
					containsString("href=\"/api/hubs/hefei\""))));
	}

	@Test
	void aReaderOfChineseReadsTheChineseSummaryAndTheEnglishOneMarkedAsEnglishWhereItIsMissing() throws Exception {
		City hefei = hub(7, "hefei", "Hefei", "合肥", CityLevel.PREFECTURE_CITY);
		hefei.addMissing(null, "Hefei hosts iFlytek.", "合肥是科大讯飞的所在地。");
		City jinan = hub(8, "jinan", "Jinan", "济南", CityLevel.PREFECTURE_CITY);
		jinan.addMissing(null, "Jinan is a national AI pilot zone.", null);
		for (City hub : List.of(hefei, jinan)) {
			given(this.profiles.profile(hub.getSlug()))
				.willReturn(new CityProfile(hub, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
						Disputes.none(), List.of(), List.of(), List.of(), List.of(), List.of()));
		}
		this.mvc.perform(get("/cities/hefei").header("Accept-Language", "zh-Hans"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"lead\">合肥是科大讯飞的所在地。</p>")))
			.andExpect(content().string(not(containsString("Hefei hosts iFlytek."))))
			.andExpect(model().attribute("metaDescription", "合肥是科大讯飞的所在地。"));
		this.mvc.perform(get("/cities/jinan").header("Accept-Language", "zh-Hans"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<p class=\"lead\" lang=\"en\">Jinan is a national AI pilot zone.</p>")));
		this.mvc.perform(get("/cities/hefei"))
			.andExpect(content().string(containsString("<p class=\"lead\">Hefei hosts iFlytek.</p>")));
	}

	@Test
	void anUnknownHubIs404() throws Exception {
		given(this.profiles.profile("atlantis")).willThrow(new NotFoundException("hub", "atlantis"));
		this.mvc.perform(get("/cities/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", "There is no hub called \u201catlantis\u201d."))
			.andExpect(model().attributeDoesNotExist("profile"));
	}

	@Test
	void theDirectoryListsNoHubWhenNoneMatches() throws Exception {
		given(this.directory.summaries(CityLevel.COUNTY, false, HubDirectoryService.SortKey.NAME, false))
			.willReturn(List.of());
		this.mvc.perform(get("/cities").param("level", "county").param("pilot", "no"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/directory"))
			.andExpect(model().attribute("hubs", hasSize(0)))
			.andExpect(model().attribute("total", 0))
			.andExpect(model().attribute("pilot", "no"));
	}

}
