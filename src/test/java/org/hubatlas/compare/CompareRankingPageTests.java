package org.hubatlas.compare;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A row that can be ranked marks its leader in words and in its chart. The seed data has
 * no such row, so this test adds a comparable figure (to its own database only).
 */
@EditingTest
class CompareRankingPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

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

}
