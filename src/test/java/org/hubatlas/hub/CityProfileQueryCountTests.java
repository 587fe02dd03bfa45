package org.hubatlas.hub;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A profile costs the same number of SQL statements however much a hub holds: no query
 * per row.
 */
@EditingTest
class CityProfileQueryCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private Statistics statistics;

	@BeforeEach
	void enableStatistics(@Autowired EntityManagerFactory emf) throws Exception {
		this.statistics = emf.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		// The statistics count every thread's statements: a search waits for the index
		// the application builds in the background after it starts, so that its reads are
		// not counted as a page's.
		this.mvc.perform(get("/search").param("q", "beijing")).andExpect(status().isOk());
	}

	private long statementsFor(String url) throws Exception {
		this.statistics.clear();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

	@Test
	void profileStatementCountDoesNotGrowWithData() throws Exception {
		// What the figures about hubs say in sum is kept per data version: worked out
		// by the first page that needs it (three statements), a lookup after that.
		raiseDataVersion();
		assertThat(statementsFor("/cities/shanghai")).isEqualTo(13);
		long beijing = statementsFor("/cities/beijing");
		long guangdong = statementsFor("/cities/guangdong");
		assertThat(beijing).isEqualTo(10);
		assertThat(guangdong).isEqualTo(beijing);

		// Twenty more companies, each with a sector and a presence, and twenty more
		// statements about Guangdong.
		Long guangdongId = this.jdbc.queryForObject("select id from city where slug = 'guangdong'", Long.class);
		for (int i = 0; i < 20; i++) {
			this.jdbc.update("insert into company (slug, name, kind, hq_city_id) values (?, ?, 'STARTUP', ?)",
					"extra-" + i, "Extra " + i, guangdongId);
			this.jdbc.update("insert into company_sector (company_id, sector) values "
					+ "((select id from company where slug = ?), 'Robotics')", "extra-" + i);
			this.jdbc.update(
					"insert into statement (city_id, source_id, quote, paraphrase, nature) values (?, 1, ?, 'p', 'EDITORIAL')",
					guangdongId, "quote " + i);
		}
		assertThat(statementsFor("/cities/guangdong")).isEqualTo(beijing);
	}

	@Test
	void directoryAndHomeUseAFixedNumberOfStatements() throws Exception {
		// The hub summaries both pages show are worked out once per version of the data:
		// nine statements when it has moved (hubs, companies by headquarters and by
		// presence, institutions, incentives, indicators, sources' years, the keys of the
		// figures with what the groups that rank together need, the figures picked), none
		// while it stands.
		raiseDataVersion();
		assertThat(statementsFor("/cities")).isEqualTo(9);
		assertThat(statementsFor("/cities?sort=ai-companies&dir=desc")).isZero();
		// The home page: the summaries, national statements, the map, the cards'
		// disputes, what the data covers (figures, sources, the newest source).
		raiseDataVersion();
		assertThat(statementsFor("/")).isEqualTo(17);
		assertThat(statementsFor("/")).isEqualTo(8);
	}

	private void raiseDataVersion() {
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	@Test
	void theMapAndARankingUseAFixedNumberOfStatementsWhateverTheNumberOfHubs() throws Exception {
		long map = statementsFor("/map?size=ai-companies");
		long ranking = statementsFor("/indicators/ai-companies");
		for (int i = 0; i < 10; i++) {
			this.jdbc.update("insert into city (slug, name, level, latitude, longitude) values (?, ?, 'AREA', 30, 110)",
					"extra-hub-" + i, "Extra hub " + i);
			this.jdbc.update("insert into figure (city_id, indicator_id, value_numeric, value_as_written, qualifier, "
					+ "figure_kind, as_of_year, source_id, quote) values ((select id from city where slug = ?), "
					+ "(select id from indicator where code = 'ai-companies'), ?, ?, 'NONE', 'ACTUAL', 2025, 1, 'q')",
					"extra-hub-" + i, 10 + i, String.valueOf(10 + i));
		}
		assertThat(statementsFor("/map?size=ai-companies")).isEqualTo(map).isLessThanOrEqualTo(6);
		assertThat(statementsFor("/indicators/ai-companies")).isEqualTo(ranking).isLessThanOrEqualTo(5);
	}

}
