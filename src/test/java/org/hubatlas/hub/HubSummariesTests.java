package org.hubatlas.hub;

import java.util.Arrays;
import java.util.List;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hub summaries are worked out once per version of the data and shared, yet an
 * admin's save shows in them at once.
 */
@EditingTest
class HubSummariesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** Companies named in our sources for the hub, as the directory's download says. */
	private int companiesIn(String hub) throws Exception {
		String csv = this.mvc.perform(get("/cities.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
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

}
