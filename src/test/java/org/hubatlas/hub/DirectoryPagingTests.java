package org.hubatlas.hub;

import java.util.regex.Pattern;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory shows a hundred hubs a page whatever their number, in the order and with
 * the filters asked for, and says how many there are in all.
 */
@EditingTest
class DirectoryPagingTests {

	private static final Pattern ROW = Pattern.compile("<th data-label=\"[^\"]*\" scope=\"row\">");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

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

	private static final Pattern ROW_IN_MAP_TABLE = Pattern.compile("<tr>\\s*<th scope=\"row\"");

}
