package org.hubatlas.search;

import java.util.ArrayList;
import java.util.List;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index reads companies, incentives and statements a batch at a time: records on
 * either side of a batch's edge and in the last, part-filled batch are all found, with
 * the hubs and subjects their result lines name.
 */
@EditingTest
class SearchIndexBatchesTests {

	private static final int COMPANIES = 2 * SearchDocuments.BATCH + 50;

	private static final int INCENTIVES = SearchDocuments.BATCH + 10;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void addManyRecords() {
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

	@AfterEach
	void removeThem() {
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
