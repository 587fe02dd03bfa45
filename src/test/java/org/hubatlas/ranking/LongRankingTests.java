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
 * chart, and all on request; the index of many hubs shows them a hundred a page.
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

		// The index weighed by that indicator alone: a hundred scored hubs a page, the
		// weights kept in the links to the next.
		String first = this.mvc.perform(get("/index").param("computing-power", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int scored = com.jayway.jsonpath.JsonPath.read(this.mvc.perform(get("/api/index").param("computing-power", "1"))
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
