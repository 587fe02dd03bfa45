package org.hubatlas.ranking;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ranking of many hubs shows its first hundred rows and the thirty leaders in its
 * chart, and all on request.
 */
@EditingTest
class LongRankingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aLongRankingShowsItsFirstHundredRowsAndAllOnRequest() throws Exception {
		long indicator = this.jdbc.queryForObject("select id from indicator where code = 'computing-power'",
				Long.class);
		long source = this.jdbc.queryForObject("select min(id) from source", Long.class);
		for (int i = 1; i <= 110; i++) {
			this.jdbc.update("insert into city (slug, name, level) values (?, ?, 'COUNTY')", "long-ranking-" + i,
					"Long Ranking Hub " + i);
			long city = this.jdbc.queryForObject("select id from city where slug = ?", Long.class, "long-ranking-" + i);
			this.jdbc.update("insert into figure (city_id, indicator_id, value_numeric, value_as_written, qualifier, "
					+ "figure_kind, as_of_label, as_of_year, source_id, quote) values (?, ?, ?, ?, 'NONE', 'ACTUAL', "
					+ "'2025', 2025, ?, 'Test quote')", city, indicator, 1000 + i, (1000 + i) + " PFLOPS", source);
		}
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
	}

}
