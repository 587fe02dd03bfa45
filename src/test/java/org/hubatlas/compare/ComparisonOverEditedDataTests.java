package org.hubatlas.compare;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison over data the seed does not have, added here: a row that can be ranked
 * marks its leader in words and in its chart, and with many hubs the picker is four text
 * fields sharing one list of suggestions, where what a reader types leads to the
 * comparison's address.
 */
@EditingTest
class ComparisonOverEditedDataTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

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

}
