package org.hubatlas.hub;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With more hubs than fit on the home page, it shows the best-documented ones and sends
 * readers to the directory.
 */
@EditingTest
class HomeWithManyHubsTests {

	/** A dot on the map: a link to the hub named for screen readers. */
	private static final java.util.regex.Pattern DOT = java.util.regex.Pattern
		.compile("<a href=\"/cities/[^\"]+\" aria-label=");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

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

}
