package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin form: a valid submit saves and redirects with a flash; each bad field is
 * refused beside the field.
 */
// These tests change data: a context (and database) of their own, so that no other test
// class sees the changes.
@EditingTest
class AdminEditorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private static long beijing;

	private static long seed003;

	private static long indicator;

	@BeforeEach
	void ids() {
		beijing = this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class);
		seed003 = this.jdbc.queryForObject("select id from source where slug = 'seed-003'", Long.class);
		indicator = this.jdbc.queryForObject("select id from indicator where code = 'computing-power'", Long.class);
	}

	private static Map<String, String> params(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** A valid submission for each editor, with the table and column where it lands. */
	static Stream<Arguments> validSubmissions() {
		return Stream.of(
				Arguments.of("/admin/cities", "city", "name", "Test Hub",
						params("name", "Test Hub", "slug", "test-hub", "level", "AREA", "nameZh", "测试")),
				Arguments.of("/admin/companies", "company", "name", "Test Company",
						params("name", "Test Company", "slug", "test-company", "kind", "STARTUP", "foundedYear", "2020",
								"sectors", "Robotics, Artificial intelligence")),
				Arguments.of("/admin/universities", "university", "name", "Test Institute",
						params("name", "Test Institute", "slug", "test-institute", "kind", "RESEARCH_INSTITUTE")),
				Arguments.of("/admin/incentives", "incentive", "title", "Test Subsidy",
						params("title", "Test Subsidy", "slug", "test-subsidy", "level", "MUNICIPAL", "kind", "SUBSIDY",
								"amountAsWritten", "1 billion yuan", "amountValue", "1000000000", "currency", "CNY")),
				Arguments.of("/admin/sources", "source", "title", "Test Article",
						params("title", "Test Article", "slug", "test-article", "publishedLabel", "2025",
								"datePrecision", "YEAR", "url", "https://example.org/article")),
				Arguments.of("/admin/figures", "figure", "value_as_written", "90 exaflops",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "90 exaflops",
								"valueNumeric", "90", "qualifier", "NONE", "kind", "ACTUAL", "sourceId", "SEED003",
								"quote", "reaching 90 exaflops")),
				Arguments.of("/admin/statements", "statement", "paraphrase", "A test statement.",
						params("subject", "city:BEIJING", "paraphrase", "A test statement.", "quote", "a test quote",
								"nature", "EDITORIAL", "sourceId", "SEED003")));
	}

	/** For each editor, a bad value for one field and the message shown beside it. */
	static Stream<Arguments> invalidFields() {
		return Stream.of(
				Arguments.of("/admin/cities", params("name", "", "slug", "ok-slug", "level", "AREA"), "name", "",
						"Enter the hub&#39;s name."),
				Arguments.of("/admin/cities", params("name", "Kept Name", "slug", "Bad Slug", "level", "AREA"), "slug",
						"Bad Slug", "Use lower-case letters"),
				Arguments.of("/admin/cities", params("name", "Kept Name", "slug", "beijing", "level", "AREA"), "slug",
						"beijing", "Another hub already has this slug."),
				Arguments.of("/admin/cities", params("name", "Kept Name", "slug", "ok-slug", "level", ""), "level", "",
						"Choose a level."),
				Arguments.of("/admin/cities",
						params("name", "Kept Name", "slug", "ok-slug", "level", "AREA", "parentId", "999999"),
						"parentId", "", "Choose a hub from the list."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "foundedYear", "abc"),
						"foundedYear", "abc", "Enter a whole number"),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "foundedYear", "1200"),
						"foundedYear", "1200", "Enter a year between 1800 and 2100."),
				// A hidden character in an identifier is named, not silently removed.
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "nul\u0000byte", "kind", "STARTUP"), "slug", "",
						"It holds U+0000 (NULL), a character that cannot be seen or typed"),
				Arguments.of("/admin/companies", params("name", "Kept Name", "slug", "deepseek", "kind", "STARTUP"),
						"slug", "deepseek", "Another company already has this slug."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "hqCityId", "999999"),
						"hqCityId", "", "Choose a hub from the list."),
				Arguments.of("/admin/companies", params("name", "Kept Name", "slug", "ok-co", "kind", "NOT_A_KIND"),
						"kind", "", "That value is not valid here."),
				Arguments.of("/admin/universities",
						params("name", "Kept Name", "slug", "peking-university", "kind", "UNIVERSITY"), "slug",
						"peking-university", "Another institution already has this slug."),
				Arguments.of("/admin/universities", params("name", "Kept Name", "slug", "ok-uni", "kind", ""), "kind",
						"", "Choose a kind."),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN",
								"amountValue", "2.1 billion"),
						"amountValue", "2.1 billion", "Enter the amount as a plain number"),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN",
								"amountAsWritten", "5 yuan", "amountValue", "5"),
						"currency", "", "An amount needs its currency."),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN", "currency",
								"dollars"),
						"currency", "dollars", "Use a three-letter currency code"),
				// Whitespace where a hub's id belongs is a field message, not a server
				// error.
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN", "cityIds",
								"   \t  "),
						"cityIds", "", "Choose hubs from the list."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "presenceCityIds", "  "),
						"presenceCityIds", "", "Choose hubs from the list."),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN",
								"announcedYear", "3000"),
						"announcedYear", "3000", "Enter a year between 1900 and 2100."),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2025", "datePrecision",
								"YEAR", "url", "not a url"),
						"url", "not a url", "Enter a full web address"),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "", "datePrecision", "YEAR"),
						"publishedLabel", "", "Say when it was published"),
				Arguments.of("/admin/figures",
						params("subject", "city:999999", "indicatorId", "INDICATOR", "valueAsWritten", "Kept value",
								"kind", "ACTUAL", "qualifier", "NONE", "sourceId", "SEED003", "quote", "q"),
						"subject", "", "Choose what the figure is about from the list."),
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "Kept value",
								"valueNumeric", "over 2,400", "kind", "ACTUAL", "qualifier", "NONE", "sourceId",
								"SEED003", "quote", "q"),
						"valueNumeric", "over 2,400", "Enter a plain number"),
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "Kept value",
								"kind", "ACTUAL", "qualifier", "NONE", "sourceId", "SEED003", "quote", ""),
						"quote", "", "Quote the words of the source"),
				Arguments.of("/admin/statements",
						params("paraphrase", "Kept statement", "quote", "q", "nature", "EDITORIAL", "sourceId",
								"999999"),
						"sourceId", "", "Choose a source from the list."),
				Arguments.of("/admin/statements", params("paraphrase", "Kept statement", "quote", "", "nature",
						"EDITORIAL", "sourceId", "SEED003"), "quote", "", "Quote the words of the source"));
	}

	private MockHttpServletRequestBuilder submit(String url, Map<String, String> params) {
		MockHttpServletRequestBuilder request = post(url).with(user("editor").roles("ADMIN")).with(csrf());
		params.forEach((name, value) -> request.param(name,
				value.replace("BEIJING", String.valueOf(beijing))
					.replace("SEED003", String.valueOf(seed003))
					.replace("INDICATOR", String.valueOf(indicator))));
		return request;
	}

	@ParameterizedTest(name = "{0} saves a valid form")
	@MethodSource("validSubmissions")
	void validSubmitSavesRecordsItAndRedirects(String base, String table, String column, String value,
			Map<String, String> params) throws Exception {
		this.mvc.perform(submit(base, params))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(base + "/*"))
			.andExpect(flash().attribute("flash", containsString("created")));
		assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
				Integer.class, value))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from revision where entity_type = ? and action = 'CREATE' "
				+ "and username = 'editor'", Integer.class, table))
			.isPositive();
	}

	@ParameterizedTest(name = "{0}: bad {2} is refused")
	@MethodSource("invalidFields")
	void invalidFieldIsShownBesideTheFieldWithTheInputKeptAndNothingSaved(String base, Map<String, String> params,
			String field, String keptValue, String message) throws Exception {
		int revisionsBefore = this.jdbc.queryForObject("select count(*) from revision", Integer.class);
		String body = this.mvc.perform(submit(base, params))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nothing was saved."), containsString(message))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The message stands in the help text the field points at.
		assertThat(body).contains("aria-describedby=\"" + field + "-help\"");
		if (!keptValue.isEmpty()) {
			assertThat(body).contains("value=\"" + keptValue + "\"");
		}
		String other = params.containsKey("name") ? "Kept Name" : params.containsKey("title") ? "Kept Title"
				: params.containsKey("valueAsWritten") ? "Kept value" : "Kept statement";
		if (params.containsValue(other)) {
			assertThat(body).as("the other fields keep their input").contains(other);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isEqualTo(revisionsBefore);
	}

	@ParameterizedTest
	@MethodSource("editPages")
	void editFormsShowTheSavedValuesAndTheirHistorySection(String url, String expected) throws Exception {
		this.mvc.perform(get(url).with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(expected), containsString("History"))));
	}

	static Stream<Arguments> editPages() {
		return Stream.of(Arguments.of("/admin/cities/1", "value=\"beijing\""),
				Arguments.of("/admin/companies/1", "value=\"liulishuo\""),
				Arguments.of("/admin/sources/1", "Where is China"),
				Arguments.of("/admin/figures/1", "selected=\"selected\""),
				Arguments.of("/admin/statements/1", "selected=\"selected\""));
	}

	@ParameterizedTest(name = "{0} lists its records with search, a new button and pages")
	@CsvSource({ "/admin/cities?q=beij, Hubs, New hub, Beijing",
			"/admin/companies?q=deep, Companies, New company, DeepSeek",
			"/admin/universities?q=zhejiang, Universities and institutes, New institution, Zhejiang University",
			"/admin/incentives?q=hangzhou, Incentives, New incentive, Hangzhou",
			"/admin/sources?q=competition, Sources, New source, Competition in China",
			"/admin/figures?q=over, Key figures, New key figure, 'over 2,400'",
			"/admin/statements?q=deepseek, Statements, New statement, each with the verbatim quote",
			"/admin/indicators?q=ai, Indicators, New indicator, AI companies",
			"/admin/disputes?q=world, Disputes, New dispute, The World AI Conference is held in Shanghai" })
	void listPagesShareTheirFrame(String url, String heading, String newButton, String row) throws Exception {
		this.mvc.perform(get(url).with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>" + heading + "</h1>"), containsString(">" + newButton + "</a>"),
						containsString("role=\"search\""), containsString("<caption"), containsString(row))));
	}

}
