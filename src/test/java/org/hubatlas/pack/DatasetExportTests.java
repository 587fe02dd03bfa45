package org.hubatlas.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole dataset as one data pack: every hub and figure, importable again unchanged.
 */
@SiteTest
class DatasetExportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PackImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDatasetIsOnePackThatImportsBackWithoutAnyChange() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/data/hub-atlas-pack.yaml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("hub-atlas-pack.yaml");
		byte[] pack = response.getContentAsByteArray();
		Map<String, List<Map<String, Object>>> parsed = new Yaml().load(new String(pack, StandardCharsets.UTF_8));
		assertThat(parsed.get("hubs")).hasSize(count("select count(*) from city"));
		assertThat(parsed.get("indicators")).hasSize(count("select count(*) from indicator"));
		Map<String, Object> meta = new Yaml()
			.<Map<String, Map<String, Object>>>load(new String(pack, StandardCharsets.UTF_8))
			.get("meta");
		int notCarried = ((List<?>) meta.getOrDefault("not_carried", List.of())).size();
		assertThat(parsed.get("entries"))
			.hasSize(count("select count(*) from figure where city_id is not null") - notCarried);
		// Only seed-article figures dated without a year stay out, and the pack lists
		// them.
		assertThat(notCarried).isLessThanOrEqualTo(count("select count(*) from figure where seed_ref is not null"));
		assertThat(parsed.get("entries")).anySatisfy((entry) -> assertThat(entry).containsEntry("hub", "beijing")
			.containsKeys("quote", "source", "value_as_written", "as_of"));

		// Read by the importer, the pack is exactly what the portal holds: nothing to
		// create, change or refuse (preview writes nothing).
		PackReport report = this.importer.preview("hub-atlas-pack.yaml", pack);
		assertThat(report.refused()).isEmpty();
		assertThat(report.rows().stream().filter((row) -> row.outcome() != PlanRow.Outcome.UNCHANGED).limit(8))
			.as("rows the pack would create or change")
			.isEmpty();
		assertThat(report.count(PlanRow.Outcome.CREATE)).isZero();
		assertThat(report.count(PlanRow.Outcome.CHANGE)).isZero();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
