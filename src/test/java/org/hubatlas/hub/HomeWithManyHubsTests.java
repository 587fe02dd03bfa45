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

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theHomePageShowsAtMostThirtyHubCardsAndLinksToAll() throws Exception {
		for (int i = 1; i <= 15; i++) {
			this.jdbc.update("insert into city (slug, name, level) values (?, ?, 'COUNTY')", "many-hubs-" + i,
					"Many Hubs Test " + i);
		}
		int topLevel = this.jdbc.queryForObject("select count(*) from city where parent_id is null", Integer.class);
		assertThat(topLevel).isGreaterThan(HomeController.HOME_CARDS);
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home.split("class=\"card hub-card\"", -1)).hasSize(HomeController.HOME_CARDS + 1);
		assertThat(home).contains("see all " + topLevel + " hubs in the directory", "Beijing");
	}

}
