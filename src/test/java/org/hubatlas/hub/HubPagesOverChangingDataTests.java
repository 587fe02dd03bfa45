package org.hubatlas.hub;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.hubatlas.compare.ComparisonService;
import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages over more records than the seed holds, added here, and over data that
 * changes: the home page shows the best-documented hubs and sends readers to the
 * directory; the directory, the map's table and the public lists come a page at a time
 * with their filters kept; a ranking and the index of more than a hundred hubs come a
 * hundred at a time; the comparison marks the leader of a row that can be ranked and,
 * with many hubs, lets readers type the hubs' names; and the hub summaries, worked out
 * once per version of the data, show an admin's save at once.
 */
@EditingTest
class HubPagesOverChangingDataTests {

	/** A dot on the map: a link to the hub named for screen readers. */
	private static final Pattern DOT = Pattern.compile("<a href=\"/cities/[^\"]+\" class=\"hub[^\"]*\" aria-label=");

	private static final Pattern ROW = Pattern.compile("<th data-label=\"[^\"]*\" scope=\"row\">");

	private static final Pattern ROW_IN_MAP_TABLE = Pattern.compile("<tr>\\s*<th scope=\"row\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	// With more hubs than fit on the home page, it shows the best-documented ones and
	// sends readers to the directory.

	/** A derived figure is worked out afresh when one of its two figures changes. */
	@Test
	void aDerivedRankingFollowsAnEditOfEitherFigure() throws Exception {
		String sql = "select f.id from figure f join indicator i on i.id = f.indicator_id join city c on c.id = f.city_id "
				+ "where i.code = 'population' and c.slug = 'beijing' and f.as_of_year = 2024";
		long population = this.jdbc.queryForObject(sql, Long.class);
		BigDecimal before = this.jdbc.queryForObject("select value_numeric from figure where id = ?", BigDecimal.class,
				population);
		String page = this.mvc.perform(get("/indicators/ai-companies-per-million"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 2,400 over 21.83 million is 109.9 a million: more than 109, not "more than
		// 110".
		assertThat(page).contains("more than 109 companies per million residents", "21.83 million people");
		try {
			this.jdbc.update("update figure set value_numeric = 24000000 where id = ?", population);
			this.jdbc.update("update data_version set version = version + 1 where id = 1");
			assertThat(this.mvc.perform(get("/indicators/ai-companies-per-million"))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("more than 100 companies per million residents", "24 million people")
				.doesNotContain("more than 109 companies per million residents");
		}
		finally {
			this.jdbc.update("update figure set value_numeric = ? where id = ?", before, population);
			this.jdbc.update("update data_version set version = version + 1 where id = 1");
		}
	}

	@Test
	void theHomePageShowsAtMostThirtyHubCardsAndLinksToAll() throws Exception {
		for (int i = 1; i <= 15; i++) {
			this.jdbc.update("insert into city (slug, name, level, latitude, longitude) values (?, ?, 'COUNTY', ?, ?)",
					"many-hubs-" + i, "Many Hubs Test " + i, 30 + i * 0.2, 110 + i * 0.2);
		}
		int topLevel = this.jdbc.queryForObject("select count(*) from city where parent_id is null", Integer.class);
		assertThat(topLevel).isGreaterThan(HomeController.HOME_CARDS);
		// Rows written behind the application's back: say the data changed, as every save
		// does, so that what was worked out for the older data is worked out again.
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home.split("class=\"card hub-card\"", -1)).hasSize(HomeController.HOME_CARDS + 1);
		assertThat(home).contains("see all " + topLevel + " hubs in the directory", "Beijing");
		// The map shows the cards' hubs only, and says so; the map page shows them all.
		assertThat(DOT.matcher(home).results().count()).isBetween(1L, (long) HomeController.HOME_CARDS);
		assertThat(home).contains("The map shows the " + HomeController.HOME_CARDS + " hubs listed below");
		String map = this.mvc.perform(get("/map")).andReturn().getResponse().getContentAsString();
		int placed = this.jdbc.queryForObject("select count(*) from city where latitude is not null", Integer.class);
		assertThat(DOT.matcher(map).results().count()).isEqualTo(placed);
	}

	// The directory shows a hundred hubs a page whatever their number, in the order and
	// with the filters asked for, and says how many there are in all.

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aHundredHubsAPageWithTheFiltersKept() throws Exception {
		for (int i = 1; i <= 130; i++) {
			this.jdbc.update("insert into city (slug, name, level) values (?, ?, 'DISTRICT')",
					String.format("paged-directory-%03d", i), String.format("Paged Directory %03d", i));
		}
		// Rows written behind the application's back: say the data changed, as every save
		// does, so that what was worked out for the older data is worked out again.
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		int districts = this.jdbc.queryForObject("select count(*) from city where level = 'DISTRICT'", Integer.class);
		assertThat(districts).isGreaterThan(CityPagesController.DIRECTORY_PAGE_SIZE);

		String first = page("/cities?level=district");
		assertThat(ROW.matcher(first).results().count()).isEqualTo(CityPagesController.DIRECTORY_PAGE_SIZE);
		assertThat(first).contains(districts + " hubs, sorted by", "1–100 of " + districts + " hubs · page 1 of 2",
				"href=\"/cities?level=district&amp;sort=name&amp;dir=asc&amp;page=2\"");

		String second = page("/cities?level=district&page=2");
		assertThat(ROW.matcher(second).results().count()).isEqualTo(districts - 100);
		assertThat(second).contains("Paged Directory 130").doesNotContain("Paged Directory 001<");
		assertThat(second).contains("page 2 of 2", "rel=\"prev\"");

		this.mvc.perform(get("/cities?level=district&page=3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cities?page=zero")).andExpect(status().isBadRequest());
	}

	@Test
	void theMapDrawsEveryHubAndTablesAHundredAPage() throws Exception {
		for (int i = 1; i <= 110; i++) {
			this.jdbc.update("insert into city (slug, name, level, latitude, longitude) values (?, ?, 'COUNTY', ?, ?)",
					String.format("mapped-hub-%03d", i), String.format("Mapped Hub %03d", i), 25 + i * 0.1,
					105 + i * 0.1);
		}
		int placed = this.jdbc.queryForObject("select count(*) from city where latitude is not null", Integer.class);
		String first = page("/map?size=ai-companies");
		assertThat(Pattern.compile("<circle class=\"dot").matcher(first).results().count()).as("every hub is a dot")
			.isGreaterThanOrEqualTo(placed);
		assertThat(ROW_IN_MAP_TABLE.matcher(first).results().count()).isEqualTo(100);
		int pages = (placed + 99) / 100;
		assertThat(first).contains("1–100 of " + placed + " hubs · page 1 of " + pages,
				"href=\"/map?size=ai-companies&amp;page=2\"");
		String last = page("/map?size=ai-companies&page=" + pages);
		assertThat(ROW_IN_MAP_TABLE.matcher(last).results().count()).isEqualTo(placed - 100L * (pages - 1));
		this.mvc.perform(get("/map?page=" + (pages + 1))).andExpect(status().isNotFound());
	}

	// The hub summaries are worked out once per version of the data and shared, yet an
	// admin's save shows in them at once.

	/** Companies named in our sources for the hub, as the directory's download says. */
	private int companiesIn(String hub) throws Exception {
		String csv = this.mvc.perform(get("/cities.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = Arrays.stream(csv.split("\r\n"))
			.filter((line) -> line.startsWith(hub + ","))
			.findFirst()
			.orElseThrow();
		// The last four columns: companies, institutions, incentives, page.
		List<String> cells = Arrays.asList(row.split(","));
		return Integer.parseInt(cells.get(cells.size() - 4));
	}

	@Test
	void aSavedCompanyCountsInTheDirectoryAtOnce() throws Exception {
		long wuhan = this.jdbc.queryForObject("select id from city where slug = 'wuhan'", Long.class);
		int before = companiesIn("Wuhan");
		assertThat(companiesIn("Wuhan")).isEqualTo(before);

		this.mvc
			.perform(post("/admin/companies").with(user(EditingTest.ADMIN).roles("ADMIN"))
				.with(csrf())
				.param("name", "Summaries Test Co")
				.param("slug", "summaries-test-co")
				.param("kind", "STARTUP")
				.param("hqCityId", String.valueOf(wuhan)))
			.andExpect(status().is3xxRedirection());

		assertThat(companiesIn("Wuhan")).isEqualTo(before + 1);
		assertThat(this.mvc.perform(get("/cities")).andReturn().getResponse().getContentAsString())
			.contains(">" + (before + 1) + "<");
	}

	@Test
	void aRowWrittenBehindTheApplicationsBackWaitsForTheNextVersion() throws Exception {
		long chengdu = this.jdbc.queryForObject("select id from city where slug = 'chengdu'", Long.class);
		int before = companiesIn("Chengdu");
		this.jdbc.update("insert into company (slug, name, kind, hq_city_id) values (?, ?, 'STARTUP', ?)",
				"summaries-behind-co", "Summaries Behind Co", chengdu);
		// Kept for the version it was worked out for: no pass over the data per page.
		assertThat(companiesIn("Chengdu")).isEqualTo(before);
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		assertThat(companiesIn("Chengdu")).isEqualTo(before + 1);
	}

	// The public lists come fifty at a time, filters kept from page to page.

	@Test
	void theListIsPagedWithItsFiltersKept() throws Exception {
		for (int i = 1; i <= 60; i++) {
			this.jdbc.update("insert into company (slug, name, kind) values (?, ?, 'COMPANY')", "paging-co-" + i,
					String.format("Paging Co %02d", i));
		}
		long spinoffs = this.jdbc.queryForObject("select count(*) from company where kind = 'COMPANY'", Long.class);
		String first = this.mvc.perform(get("/companies").param("kind", "company"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains(spinoffs + " companies named in our sources", "Paging Co 01", "page 1 of 2",
				"href=\"/companies?kind=company&amp;page=2\"");
		assertThat(first.split("<tr>", -1).length - 2).as("rows on the first page").isEqualTo(50);
		this.mvc.perform(get("/companies").param("kind", "company").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paging Co 60")))
			.andExpect(content().string(containsString("rel=\"prev\"")));
		this.mvc.perform(get("/companies").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a page number")));
	}

	@Test
	void institutionsAndIncentivesArePagedToo() throws Exception {
		for (int i = 1; i <= 55; i++) {
			this.jdbc.update("insert into university (slug, name, kind) values (?, ?, 'THINK_TANK')",
					"paging-tank-" + i, String.format("Paging Tank %02d", i));
			this.jdbc.update("insert into incentive (slug, title, level, kind) values (?, ?, 'DISTRICT', 'TALENT')",
					"paging-incentive-" + i, String.format("Paging Incentive %02d", i));
		}
		this.mvc.perform(get("/universities").param("kind", "think-tank"))
			.andExpect(content().string(containsString("page 1 of 2")))
			.andExpect(content().string(containsString("href=\"/universities?kind=think-tank&amp;page=2\"")));
		this.mvc.perform(get("/incentives").param("level", "district").param("kind", "talent").param("page", "2"))
			.andExpect(content().string(containsString("Paging Incentive 55")))
			.andExpect(content().string(containsString("page 2 of 2")))
			.andExpect(
					content().string(containsString("href=\"/incentives?level=district&amp;kind=talent&amp;page=1\"")));
	}

	// A row that can be ranked marks its leader in words and in its chart. The seed data
	// has no such row, so this test adds a comparable figure (to its own database only).

	@Test
	void comparableRowMarksTheLeaderAndIsCharted() throws Exception {
		this.jdbc
			.update("insert into figure (city_id, indicator_id, definition_id, value_numeric, value_as_written, qualifier, "
					+ "figure_kind, as_of_year, source_id, quote) values ((select id from city where slug = 'guizhou'), "
					+ "(select id from indicator where code = 'ai-companies'), (select d.id from indicator_definition d "
					+ "join indicator i on i.id = d.indicator_id where i.code = 'ai-companies' and d.def_key = 'ai-enterprises'), "
					+ "1000, '1,000', 'NONE', 'ACTUAL', 2025, (select id from source where slug = 'seed-003'), 'test quote')");
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		this.mvc.perform(get("/compare").param("cities", "guizhou,beijing"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("▲ leads"),
					containsString("more than 2,400 companies ▲ leads"), containsString("id=\"chart-ai-companies\""),
					containsString("more than 2,400 companies (leads)"), containsString("class=\"leader\""))));
	}

	// With many hubs the comparison picker is four text fields sharing one list of
	// suggestions (every hub once, not four times), and what a reader types, an English
	// or Chinese name in any case, leads to the comparison's address.

	@Test
	void typedNamesLeadToTheComparison() throws Exception {
		for (int i = 1; i <= ComparisonService.PICKER_SELECT_LIMIT + 1; i++) {
			this.jdbc.update("insert into city (slug, name, level) values (?, ?, 'COUNTY')",
					String.format("picker-hub-%03d", i), String.format("Picker Hub %03d", i));
		}
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		int hubs = this.jdbc.queryForObject("select count(*) from city", Integer.class);
		String page = this.mvc.perform(get("/compare").param("cities", "beijing,picker-hub-007"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<datalist id=\"hub-names\">", "list=\"hub-names\"", "value=\"Picker Hub 007\"",
				"value=\"Beijing\"", "<label for=\"pick-0\"");
		assertThat(page).doesNotContain("<select id=\"pick-0\"");
		assertThat(page.split("<option ", -1).length - 1).as("every hub once").isEqualTo(hubs);

		this.mvc.perform(get("/compare").param("cities", "beijing", "PICKER HUB 007", "", ""))
			.andExpect(redirectedUrl("/compare?cities=beijing,picker-hub-007"));
		this.mvc.perform(get("/compare").param("cities", "北京", "Zhongguancun (Beijing)", "inner mongolia"))
			.andExpect(redirectedUrl("/compare?cities=beijing,zhongguancun,inner-mongolia"));
		// A name no hub has is kept as typed, and the comparison says so.
		this.mvc.perform(get("/compare").param("cities", "Beijing", "Atlantis"))
			.andExpect(redirectedUrl("/compare?cities=beijing,Atlantis"));
		this.mvc.perform(get("/compare").param("cities", "beijing,Atlantis"))
			.andExpect(status().isNotFound())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).contains("atlantis"));
	}

	@Test
	void aLongRankingShowsItsFirstHundredRowsAndAllOnRequest() throws Exception {
		long indicator = this.jdbc.queryForObject("select id from indicator where code = 'computing-power'",
				Long.class);
		long source = this.jdbc.queryForObject("select min(id) from source", Long.class);
		for (int i = 1; i <= 110; i++) {
			this.jdbc.update("insert into city (slug, name, level) values (?, ?, 'PREFECTURE_CITY')",
					"long-ranking-" + i, "Long Ranking Hub " + i);
			long city = this.jdbc.queryForObject("select id from city where slug = ?", Long.class, "long-ranking-" + i);
			this.jdbc.update("insert into figure (city_id, indicator_id, value_numeric, value_as_written, qualifier, "
					+ "figure_kind, as_of_label, as_of_year, source_id, quote) values (?, ?, ?, ?, 'NONE', 'ACTUAL', "
					+ "'2025', 2025, ?, 'Test quote')", city, indicator, 1000 + i, (1000 + i) + " PFLOPS", source);
		}
		// Written past the application: pages cached at the data's version before are
		// stale.
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		String page = this.mvc.perform(get("/indicators/computing-power"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The first 100 of", "Show all of them", "all=yes")
			.doesNotContain("Long Ranking Hub 1<");
		this.mvc.perform(get("/indicators/computing-power").param("all", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Long Ranking Hub 1<")))
			.andExpect(content().string(containsString("Long Ranking Hub 110<")));
		this.mvc.perform(get("/indicators/computing-power").param("all", "please")).andExpect(status().isBadRequest());

		// The index weighed by that indicator alone: a hundred scored hubs a page, the
		// weights kept in the links to the next.
		String first = this.mvc.perform(get("/index").param("computing-power", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int scored = JsonPath.read(this.mvc.perform(get("/api/index").param("computing-power", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.scored.length()");
		assertThat(scored).isGreaterThan(100);
		assertThat(first.split("data-label=\"Score\"", -1).length - 1).isEqualTo(100);
		assertThat(first).contains("page 1 of 2", "computing-power=1&amp;page=2");
		String second = this.mvc.perform(get("/index").param("computing-power", "1").param("page", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("data-label=\"Score\"", -1).length - 1).isEqualTo(scored - 100);
		assertThat(second).contains("Long Ranking Hub 1<");
		this.mvc.perform(get("/index").param("computing-power", "1").param("page", "3"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/index").param("page", "two")).andExpect(status().isBadRequest());
	}

}
