package org.hubatlas;

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

/** The public lists come fifty at a time, filters kept from page to page. */
@EditingTest
class PublicListPagingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

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

}
