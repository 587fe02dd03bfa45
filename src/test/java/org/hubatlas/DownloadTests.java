package org.hubatlas;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every public list, ranking and comparison as CSV, with the page's filters. */
@SiteTest
class DownloadTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private List<String> lines(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"hub-atlas-");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).as("byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
		return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8).lines().toList();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	@Test
	void everyListDownloadsEveryRowWithItsChineseNames() throws Exception {
		List<String> hubs = lines("/cities.csv");
		assertThat(hubs.get(0)).startsWith("Hub,Chinese name,Level,");
		assertThat(hubs).hasSize(1 + count("select count(*) from city"));
		assertThat(hubs).anyMatch((line) -> line.startsWith("Beijing,北京,Municipality,"));
		assertThat(lines("/companies.csv")).hasSize(1 + count("select count(*) from company"))
			.anyMatch((line) -> line.startsWith("DeepSeek,深度求索,Startup,"));
		assertThat(lines("/universities.csv")).hasSize(1 + count("select count(*) from university"))
			.anyMatch((line) -> line.startsWith("Zhejiang University,浙江大学,"));
		assertThat(lines("/incentives.csv")).hasSize(1 + count("select count(*) from incentive"));
		assertThat(lines("/sources.csv")).hasSize(1 + count("select count(*) from source"));
		assertThat(lines("/statements.csv").get(0)).startsWith("Statement,Quote,Nature,About,");
	}

	@Test
	void aDownloadKeepsTheListsFiltersAndOrder() throws Exception {
		List<String> startups = lines("/companies.csv?kind=startup");
		assertThat(startups).hasSize(1 + count("select count(*) from company where kind = 'STARTUP'"));
		assertThat(startups.subList(1, startups.size())).allMatch((line) -> line.contains(",Startup,"));
		List<String> pilotZones = lines("/cities.csv?pilot=yes&sort=name&dir=desc");
		assertThat(pilotZones.subList(1, pilotZones.size())).noneMatch((line) -> line.split(",")[7].isEmpty());
		this.mvc.perform(get("/companies.csv").param("kind", "planet"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The parameter &#39;kind&#39; must be one of")));
		this.mvc.perform(get("/companies").param("kind", "startup"))
			.andExpect(content().string(containsString("href=\"/companies.csv?kind=startup\"")));
	}

	@Test
	void aRankingAndAComparisonCarryEachFiguresSourceAndDate() throws Exception {
		List<String> ranking = lines("/indicators/ai-companies.csv");
		assertThat(ranking.get(0)).startsWith("Rank,Hub,Chinese name,Group,")
			.contains("Value as written", "As of (year)", "Source", "Source address");
		assertThat(ranking).anyMatch((line) -> line.contains(",Beijing,北京,"));
		List<String> comparison = lines("/compare.csv?cities=shanghai,shenzhen");
		assertThat(comparison.get(0)).startsWith("Indicator,Hub,Chinese name,");
		assertThat(comparison).anyMatch((line) -> line.startsWith("AI industry output,Shanghai,上海,"));
		this.mvc.perform(get("/compare.csv")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare.csv").param("cities", "atlantis,beijing")).andExpect(status().isNotFound());
		this.mvc.perform(get("/indicators/no-such-indicator.csv")).andExpect(status().isNotFound());
	}

}
