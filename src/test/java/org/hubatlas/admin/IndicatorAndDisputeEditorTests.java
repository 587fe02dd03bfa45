package org.hubatlas.admin;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicator catalogue and the disputes are edited like every other record. */
@EditingTest
class IndicatorAndDisputeEditorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anIndicatorIsCreatedWithItsKeyAndATakenKeyIsAFieldMessage() throws Exception {
		this.mvc
			.perform(post("/admin/indicators").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Robotaxi fleets")
				.param("code", "robotaxi-fleets")
				.param("unit", "vehicles")
				.param("higherIsBetter", "true")
				.param("sortOrder", "900"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select unit from indicator where code = 'robotaxi-fleets'", String.class))
			.isEqualTo("vehicles");
		this.mvc
			.perform(post("/admin/indicators").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Another")
				.param("code", "ai-companies")
				.param("unit", "companies")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another indicator already has this key.")));
	}

	/** The robot-makers indicator's form with this list of definitions. */
	private org.springframework.test.web.servlet.ResultActions saveRobotMakers(Long id, String definitions)
			throws Exception {
		var request = post((id == null) ? "/admin/indicators" : "/admin/indicators/" + id)
			.with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("name", "Robot makers")
			.param("nameZh", "机器人企业")
			.param("code", "robot-makers")
			.param("unit", "companies")
			.param("higherIsBetter", "true")
			.param("sortOrder", "900")
			.param("definitions", definitions);
		if (id != null) {
			request.param("version", String
				.valueOf(this.jdbc.queryForObject("select version from indicator where id = ?", Long.class, id)));
		}
		return this.mvc.perform(request);
	}

	@Test
	void theIndicatorEditorEditsItsListOfDefinitions() throws Exception {
		// An indicator of its own, so that the shipped packs' lists stay as they are.
		saveRobotMakers(null,
				"all-robot-makers | All robot makers | 全部机器人企业\nlisted-robot-makers | Listed robot makers")
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from indicator where code = 'robot-makers'", Long.class);
		assertThat(this.jdbc.queryForList(
				"select def_key from indicator_definition where indicator_id = ? order by sort_order", String.class,
				id))
			.containsExactly("all-robot-makers", "listed-robot-makers");
		this.mvc.perform(get("/admin/indicators/" + id).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("all-robot-makers | All robot makers | 全部机器人企业"), containsString("机器人企业"))));

		// A malformed line is a message beside the field, with what was typed kept.
		saveRobotMakers(id, "all-robot-makers | All robot makers\nNot A Key | label").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Line 2: start with a key of lower-case letters"),
					containsString("Not A Key | label"))));

		// A definition that counts as another is added; one no figure uses is dropped.
		saveRobotMakers(id, "all-robot-makers | All robot makers\nrobot-firms | Robot firms | 机器人公司 | all-robot-makers")
			.andExpect(redirectedUrl("/admin/indicators/" + id));
		assertThat(this.jdbc.queryForList("select def_key || ':' || coalesce(counts_as, '-') from indicator_definition "
				+ "where indicator_id = ? order by sort_order", String.class, id))
			.containsExactly("all-robot-makers:-", "robot-firms:all-robot-makers");

		// A definition figures count by cannot be taken off the list.
		this.jdbc.update("insert into figure (city_id, indicator_id, definition_id, value_numeric, value_as_written, "
				+ "qualifier, figure_kind, as_of_year, source_id, quote) values ((select id from city where slug = 'hefei'), "
				+ "?, (select id from indicator_definition where def_key = 'robot-firms'), 12, '12', 'NONE', 'ACTUAL', "
				+ "2024, (select min(id) from source), 'twelve robot firms')", id);
		saveRobotMakers(id, "all-robot-makers | All robot makers").andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot go: one figure counts by it")));
	}

	@Test
	void aFigureOfAnIndicatorCountedSeveralWaysMustNameOneOfItsDefinitions() throws Exception {
		long indicator = this.jdbc.queryForObject("select id from indicator where code = 'ai-companies'", Long.class);
		long otherDefinition = this.jdbc.queryForObject("select min(d.id) from indicator_definition d "
				+ "join indicator i on i.id = d.indicator_id where i.code = 'gdp'", Long.class);
		long hub = this.jdbc.queryForObject("select id from city where slug = 'hefei'", Long.class);
		long source = this.jdbc.queryForObject("select min(id) from source", Long.class);
		this.mvc
			.perform(post("/admin/figures").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("subject", "city:" + hub)
				.param("indicatorId", String.valueOf(indicator))
				.param("valueAsWritten", "1,200 companies")
				.param("valueNumeric", "1200")
				.param("qualifier", "NONE")
				.param("kind", "ACTUAL")
				.param("asOfYear", "2024")
				.param("sourceId", String.valueOf(source))
				.param("quote", "1,200 AI companies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("choose the one the source uses")));
		this.mvc
			.perform(post("/admin/figures").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("subject", "city:" + hub)
				.param("indicatorId", String.valueOf(indicator))
				.param("definitionId", String.valueOf(otherDefinition))
				.param("valueAsWritten", "1,200 companies")
				.param("valueNumeric", "1200")
				.param("qualifier", "NONE")
				.param("kind", "ACTUAL")
				.param("asOfYear", "2024")
				.param("sourceId", String.valueOf(source))
				.param("quote", "1,200 AI companies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the chosen indicator")));
	}

	@Test
	void anIndicatorThatFiguresAreMeasuredByCannotBeDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select id from indicator where code = 'ai-companies'", Long.class);
		this.mvc.perform(post("/admin/indicators/" + id + "/delete").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("figures are measured by it")));
		assertThat(this.jdbc.queryForObject("select count(*) from indicator where id = ?", Integer.class, id)).isOne();
	}

	@Test
	void aDisputeIsEditedAndItsHistoryKept() throws Exception {
		long id = this.jdbc.queryForObject("select id from dispute where slug = '003-waic-location'", Long.class);
		long version = this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
		this.mvc.perform(get("/admin/disputes/" + id).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Contradicts known facts"), containsString("History"))));
		this.mvc
			.perform(post("/admin/disputes/" + id).with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("slug", "003-waic-location")
				.param("title", "The World AI Conference is held in Shanghai, not Shenzhen")
				.param("severity", "HIGH")
				.param("type", "CONTRADICTS_PUBLIC_FACT")
				.param("issue", "The source places WAIC in Shenzhen; it is held in Shanghai every year.")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/disputes/" + id));
		assertThat(this.jdbc.queryForObject("select issue from dispute where id = ?", String.class, id))
			.startsWith("The source places WAIC");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where entity_type = 'dispute' and entity_id = ? and action = 'UPDATE'",
				Integer.class, id))
			.isOne();
		// Its links to what it affects stay.
		assertThat(
				this.jdbc.queryForObject("select count(*) from dispute_link where dispute_id = ?", Integer.class, id))
			.isPositive();
	}

}
