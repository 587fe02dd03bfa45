package org.hubatlas.search;

import java.util.ArrayList;
import java.util.List;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search index follows the data: what an admin saves is found at once and a rename
 * replaces the old name, and the index, read a batch at a time, finds records on either
 * side of every batch's edge with the hubs and subjects their result lines name.
 */
@EditingTest
class SearchIndexTests {

	private static final int COMPANIES = 2 * SearchDocuments.BATCH + 50;

	private static final int INCENTIVES = SearchDocuments.BATCH + 10;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	// What an admin saves is found at once, and what they rename is no longer found by
	// its old name.

	@Test
	void aSavedCompanyIsFoundAtOnceAndARenameReplacesTheOldName() throws Exception {
		this.mvc.perform(get("/search").param("q", "Quillfeather")).andExpect(status().isOk());
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		this.mvc
			.perform(post("/admin/companies").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.param("name", "Quillfeather Robotics")
				.param("nameZh", "羽笔机器人")
				.param("slug", "quillfeather-robotics")
				.param("kind", "STARTUP")
				.param("summary", "A search test company.")
				.param("hqCityId", String.valueOf(hangzhou)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/search").param("q", "Quillfeather"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")));
		this.mvc.perform(get("/search").param("q", "羽笔"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")));
		long id = this.jdbc.queryForObject("select id from company where slug = 'quillfeather-robotics'", Long.class);
		long version = this.jdbc.queryForObject("select version from company where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/companies/" + id).with(user("editor").roles("ADMIN"))
				.with(csrf())
				.param("name", "Inkwell Robotics")
				.param("slug", "quillfeather-robotics")
				.param("kind", "STARTUP")
				.param("summary", "A search test company.")
				.param("hqCityId", String.valueOf(hangzhou))
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		// The address name is kept, so the old name is gone from the results but the page
		// is still found by it.
		this.mvc.perform(get("/search").param("q", "Inkwell"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")))
			.andExpect(content().string(containsString("<mark>Inkwell</mark> Robotics")))
			.andExpect(content().string(not(containsString("Quillfeather Robotics"))));
	}

	// The index reads companies, incentives and statements a batch at a time: records on
	// either side of a batch's edge and in the last, part-filled batch are all found,
	// with the hubs and subjects their result lines name.

	// The batches' records are added for the one test that needs them and removed after
	// it, whatever it found.
	private void addManyRecords() {
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= COMPANIES; i++) {
			rows.add(new Object[] { "batchwise-company-" + i, "Batchwise company " + i, hangzhou });
		}
		this.jdbc.batchUpdate("insert into company (slug, name, kind, hq_city_id) values (?, ?, 'STARTUP', ?)", rows);
		this.jdbc.update("insert into company_sector (company_id, sector) select id, 'Batchwise sector' from company "
				+ "where slug = 'batchwise-company-" + COMPANIES + "'");
		rows.clear();
		for (int i = 1; i <= INCENTIVES; i++) {
			rows.add(new Object[] { "batchwise-incentive-" + i, "Batchwise incentive " + i });
		}
		this.jdbc.batchUpdate("insert into incentive (slug, title, level, kind) values (?, ?, 'MUNICIPAL', 'SUBSIDY')",
				rows);
		this.jdbc.update("insert into incentive_city (incentive_id, city_id) select id, ? from incentive "
				+ "where slug like 'batchwise-incentive-%'", hangzhou);
		this.jdbc.update("insert into statement (company_id, source_id, quote, paraphrase, nature) select c.id, "
				+ "(select min(id) from source), 'Batchwise quote', 'Batchwise statement about the last company', "
				+ "'REPORTED_FACT' from company c where c.slug = 'batchwise-company-" + COMPANIES + "'");
		dataChanged();
	}

	private void removeThem() {
		this.jdbc.update("delete from statement where paraphrase like 'Batchwise%'");
		this.jdbc.update("delete from incentive_city where incentive_id in "
				+ "(select id from incentive where slug like 'batchwise-incentive-%')");
		this.jdbc.update("delete from incentive where slug like 'batchwise-incentive-%'");
		this.jdbc.update("delete from company where slug like 'batchwise-company-%'");
		dataChanged();
	}

	private void dataChanged() {
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	@Test
	void recordsInEveryBatchAreFoundWithTheirHubsAndSubjects() throws Exception {
		addManyRecords();
		try {
			findsEveryBatch();
		}
		finally {
			removeThem();
		}
	}

	private void findsEveryBatch() throws Exception {
		for (int i : new int[] { 1, SearchDocuments.BATCH, SearchDocuments.BATCH + 1, COMPANIES }) {
			assertThat(firstResult("Batchwise company " + i))
				.contains("href=\"/companies/batchwise-company-" + i + "\"")
				.contains("Hangzhou");
		}
		assertThat(firstResult("Batchwise sector")).contains("href=\"/companies/batchwise-company-" + COMPANIES + "\"");
		for (int i : new int[] { SearchDocuments.BATCH, INCENTIVES }) {
			assertThat(firstResult("Batchwise incentive " + i))
				.contains("href=\"/incentives/batchwise-incentive-" + i + "\"")
				.contains("Hangzhou");
		}
		assertThat(firstResult("Batchwise statement about the last company", "statements"))
			.contains("class=\"hit-context\">Batchwise company " + COMPANIES + " · ");
	}

	/** The first result of the page: its link and the line under it. */
	private String firstResult(String query) throws Exception {
		return firstResult(query, null);
	}

	/** The first result of one kind ({@code type} as in the address), or of any. */
	private String firstResult(String query, String type) throws Exception {
		String page = this.mvc.perform(get("/search").param("q", query).param("type", type))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int first = page.indexOf("class=\"hit-title\"");
		assertThat(first).as("a result for %s", query).isPositive();
		int end = page.indexOf("</li>", first);
		return page.substring(first, (end > 0) ? end : page.length());
	}

}
