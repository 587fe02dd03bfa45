package org.hubatlas.admin;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.figure.FigureForm;
import org.hubatlas.support.EditingTest;
import org.hubatlas.web.SiteLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin form, the indicator catalogue and the disputes included: a valid submit
 * saves and redirects with a flash; each bad field is refused beside the field, in
 * English or in Chinese; an indicator's definitions and a dispute are edited, and kept
 * where figures depend on them, like every other record.
 */
@EditingTest
class AdminEditorTests {

	private static final Cookie CHINESE = new Cookie(SiteLanguage.COOKIE, "zh-Hans");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RecordKinds kinds;

	private static long beijing;

	private static long seed003;

	/** A source whose date is printed, not estimated. */
	private static long dated;

	private static long indicator;

	// Every admin form: a valid submit saves and redirects with a flash; each bad field
	// is refused beside the field.

	@BeforeEach
	void ids() {
		beijing = this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class);
		seed003 = this.jdbc.queryForObject("select id from source where slug = 'seed-003'", Long.class);
		dated = this.jdbc.queryForObject("select min(id) from source where date_precision = 'DAY'", Long.class);
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
								"amountAsWritten", "1 billion yuan", "amountValue", "1000000000", "currency", "cny")),
				Arguments.of("/admin/sources", "source", "title", "Test Article",
						params("title", "Test Article", "slug", "test-article", "publishedLabel", "2025",
								"datePrecision", "YEAR", "url", "https://example.org/article")),
				// Dated after its source, whose date is estimated: that proves nothing.
				Arguments.of("/admin/figures", "figure", "value_as_written", "90 exaflops",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "90 exaflops",
								"valueNumeric", "90", "qualifier", "NONE", "kind", "ACTUAL", "asOfYear", "2026",
								"sourceId", "SEED003", "quote", "reaching 90 exaflops")),
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
						"foundedYear", "abc", "Enter a year, such as 2013."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "foundedYear", "1200"),
						"foundedYear", "1200", "Enter a year between 1800 and 2100."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "foundedYear",
								String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1)),
						"foundedYear", String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1),
						"A company cannot have been founded after "),
				// A name of no-break or zero-width spaces is no name: no one could see
				// it.
				Arguments.of("/admin/companies", params("name", "\u00a0\u200b", "slug", "ok-co", "kind", "STARTUP"),
						"name", "", "Enter the company&#39;s name."),
				// A hidden character in an identifier is named, not silently removed.
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "nul\u0000byte", "kind", "STARTUP"), "slug", "",
						"It holds U+0000 (NULL), a character that cannot be seen or typed"),
				Arguments.of("/admin/companies", params("name", "Kept Name", "slug", "deepseek", "kind", "STARTUP"),
						"slug", "deepseek", "Another company already has this slug."),
				Arguments.of("/admin/companies",
						params("name", "Kept Name", "slug", "ok-co", "kind", "STARTUP", "hqCityId", "999999"),
						"hqCityId", "", "Choose a hub from the list."),
				Arguments.of("/admin/companies", params("name", "deepseek", "slug", "ok-co", "kind", "STARTUP"), "name",
						"deepseek", "Another company already has this name"),
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
				// A date that is none, or after today, or not the year given, is refused.
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2024-13-45", "datePrecision",
								"DAY"),
						"publishedLabel", "2024-13-45", "is not a date: write it like 2024-03-21"),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2031-01-01", "datePrecision",
								"DAY"),
						"publishedLabel", "2031-01-01", "A page cannot have been published after today."),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2024", "datePrecision",
								"DAY"),
						"publishedLabel", "2024", "A date to the day is written like 2024-03-21."),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2023-05-01", "publishedYear",
								"2024", "datePrecision", "DAY"),
						"publishedYear", "2024", "The date as shown says 2023."),
				Arguments.of("/admin/sources",
						params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "about then", "publishedYear",
								"2099", "datePrecision", "ESTIMATED"),
						"publishedYear", "2099", "A page cannot have been published after "),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN", "currency",
								"XYZ"),
						"currency", "XYZ", "is not a currency code"),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN",
								"announcedYear", "2025", "targetYear", "2019"),
						"targetYear", "2019", "A target year cannot come before the year it was announced."),
				Arguments.of("/admin/incentives",
						params("title", "Kept Title", "slug", "ok-inc", "level", "NATIONAL", "kind", "PLAN",
								"announcedYear", "2099"),
						"announcedYear", "2099", "It cannot have been announced after "),
				// Each line of a dispute's outside reporting is published as a link.
				Arguments.of("/admin/disputes",
						params("title", "Kept Title", "slug", "ok-dispute", "severity", "LOW", "type", "AMBIGUITY",
								"issue", "Unclear.", "outsideReferences", "https://example.org/a\nnot a url"),
						"outsideReferences", "", "Line 2 is not a web address"),
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
				// The number, the words and the kind agree.
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "over 2,400",
								"valueNumeric", "5000", "kind", "ACTUAL", "qualifier", "OVER", "sourceId", "SEED003",
								"quote", "q"),
						"valueNumeric", "5000", "5000 is not a number the value as written gives"),
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "2,400",
								"valueNumeric", "-2400", "kind", "ACTUAL", "qualifier", "NONE", "sourceId", "SEED003",
								"quote", "q"),
						"valueNumeric", "-2400", "A count or an amount cannot be below zero."),
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "Kept value",
								"kind", "ACTUAL", "qualifier", "NONE", "targetYear", "2030", "sourceId", "SEED003",
								"quote", "q"),
						"targetYear", "2030", "Only a target has a target year"),
				Arguments.of("/admin/figures",
						params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "Kept value",
								"kind", "ACTUAL", "qualifier", "NONE", "asOfYear", "2099", "sourceId", "DATED", "quote",
								"q"),
						"asOfYear", "2099", "An actual figure cannot be as of a year after its source was published"),
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
					.replace("DATED", String.valueOf(dated))
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
		// The message stands in the help text the field points at, and the field says it
		// is wrong.
		assertThat(body).contains("aria-describedby=\"" + field + "-help\"");
		assertThat(Jsoup.parse(body).select("[aria-invalid=true]").eachAttr("name")).isNotEmpty().containsOnly(field);
		// The summary at the top links to the field, named by its label.
		assertThat(Jsoup.parse(body).select(".error-summary a").eachAttr("href")).isNotEmpty()
			.containsOnly("#" + field);
		assertThat(Jsoup.parse(body).getElementById(field)).as("what the summary links to").isNotNull();
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
				// A figure is read on the page of what it is about, at the figure.
				Arguments.of("/admin/figures/1", "href=\"/cities/beijing#figure-1\""),
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

	/**
	 * A page beyond a list's last is no page (a 404), not "page 99 of 2" with no rows.
	 */
	@Test
	void aListPageBeyondTheLastIsA404() throws Exception {
		this.mvc.perform(get("/admin/cities").param("page", "99").with(user("editor").roles("ADMIN")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/cities").param("page", "1").with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/cities").param("q", "no such hub").with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	/**
	 * The order of a list is chosen beside its search as well as by its headings, which a
	 * phone hides when the rows stack: the choice shows what is chosen and keeps the
	 * search.
	 */
	@Test
	void aListsOrderIsChosenBesideItsSearch() throws Exception {
		this.mvc
			.perform(get("/admin/figures").param("q", "beijing")
				.param("sort", "updated")
				.param("dir", "desc")
				.with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<select id=\"sort\" name=\"sort\">"),
					containsString("<option value=\"indicator\">"),
					containsString("<option value=\"updated\" selected=\"selected\">"),
					containsString("<option value=\"desc\" selected=\"selected\">"),
					containsString("name=\"q\" value=\"beijing\""))));
	}

	/**
	 * A search of the figures finds those about the hub it names, by its English or its
	 * Chinese name, beside those whose words match.
	 */
	@Test
	void aFigureSearchFindsTheFiguresAboutTheHubItNames() throws Exception {
		for (String q : List.of("Beijing", "北京")) {
			String like = "%" + q.toLowerCase(Locale.ROOT) + "%";
			Integer aboutBeijing = this.jdbc.queryForObject("select count(*) from figure f join indicator i "
					+ "on i.id = f.indicator_id where f.city_id = (select id from city where slug = 'beijing') "
					+ "and not (lower(f.quote) like ? or lower(f.value_as_written) like ? or lower(i.name) like ?)",
					Integer.class, like, like, like);
			Integer expected = this.jdbc.queryForObject(
					"select count(*) from figure f join indicator i "
							+ "on i.id = f.indicator_id where f.city_id = (select id from city where slug = 'beijing') "
							+ "or lower(f.quote) like ? or lower(f.value_as_written) like ? or lower(i.name) like ?",
					Integer.class, like, like, like);
			// Figures about Beijing whose own words do not name it: only the hub finds
			// them.
			assertThat(aboutBeijing).as(q).isPositive();
			String page = this.mvc.perform(get("/admin/figures").param("q", q).with(user("editor").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(q).contains("<caption>" + expected + " key figures</caption>");
		}
	}

	/**
	 * The statements list, searched for a company or a hub by any of its names, finds the
	 * statements about it beside those whose words match (two about Rajah & Tann say "the
	 * firm").
	 */
	@Test
	void aStatementSearchFindsTheStatementsAboutTheCompanyOrHubItNames() throws Exception {
		for (String q : List.of("Rajah", "Hangzhou", "杭州")) {
			String like = "%" + q.toLowerCase(Locale.ROOT) + "%";
			String words = "(lower(s.quote) like ? or lower(s.paraphrase) like ? or lower(s.paraphrase_zh) like ?)";
			String about = "(s.company_id in (select id from company where lower(name) like ? or lower(name_zh) like ?) "
					+ "or s.city_id in (select id from city where lower(name) like ? or lower(name_zh) like ?))";
			Integer onlyByWhatItIsAbout = this.jdbc.queryForObject(
					"select count(*) from statement s where " + about + " and not " + words, Integer.class, like, like,
					like, like, like, like, like);
			Integer expected = this.jdbc.queryForObject(
					"select count(*) from statement s where " + about + " or " + words, Integer.class, like, like, like,
					like, like, like, like);
			String page = this.mvc.perform(get("/admin/statements").param("q", q).with(user("editor").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(onlyByWhatItIsAbout).as(q).isPositive();
			assertThat(page).as(q).contains("<caption>" + expected + " statements</caption>");
		}
	}

	/**
	 * A company search finds it by its headquarters' hub too, and still finds a company
	 * without one by its name.
	 */
	@Test
	void aCompanySearchFindsItByItsHeadquartersHub() throws Exception {
		String inHefei = this.mvc
			.perform(get("/admin/companies").param("q", "hefei").with(user("chief").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(inHefei).select("tbody tr").eachText()).anyMatch((row) -> row.contains("iFlytek"));
		String homeless = this.jdbc.queryForObject("select min(name) from company where hq_city_id is null",
				String.class);
		String found = this.mvc.perform(get("/admin/companies").param("q", homeless).with(user("chief").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(found).select("tbody tr").eachText()).anyMatch((row) -> row.contains(homeless));
	}

	@Test
	void aSearchThatFindsNothingSaysSo() throws Exception {
		this.mvc.perform(get("/admin/cities").param("q", "no-such-hub").with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<caption>No hubs</caption>"),
					not(containsString("1 hub")), containsString("No hub matches."))));
	}

	/**
	 * A list page reads its records with what its table shows (a company's headquarters,
	 * a figure's indicator and source) in the same query: nothing is loaded record by
	 * record, whatever the page holds.
	 */
	@ParameterizedTest(name = "{0} loads nothing record by record")
	@ValueSource(strings = { "/admin/cities", "/admin/companies", "/admin/universities", "/admin/incentives",
			"/admin/sources", "/admin/figures", "/admin/statements", "/admin/indicators", "/admin/disputes" })
	void aListPageReadsItsRecordsWithWhatItsTableShows(String url, @Autowired EntityManagerFactory emf)
			throws Exception {
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		// The context is shared: its other tests find the statistics as they were.
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.mvc.perform(get(url).param("q", "a").with(user("editor").roles("ADMIN"))).andExpect(status().isOk());
			System.out.println("STATS " + url + " " + statistics.getPrepareStatementCount() + " fetch "
					+ statistics.getEntityFetchCount() + " coll " + statistics.getCollectionFetchCount());
			assertThat(statistics.getEntityFetchCount()).as("records loaded one by one").isZero();
			assertThat(statistics.getCollectionFetchCount()).as("collections loaded one by one").isZero();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	// The admin area in Chinese: labels, validation messages beside the fields, and
	// notices.

	@Test
	void validationMessagesAndNoticesAreInChinese() throws Exception {
		this.mvc
			.perform(post("/admin/cities").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE)
				.param("name", "")
				.param("slug", "Not A Slug"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入枢纽名称。"), containsString("请选择级别。"),
					containsString("请更正下方标出的字段。"), containsString("行政级别"),
					// the reader's input is kept
					containsString("value=\"Not A Slug\""))));
		this.mvc
			.perform(post("/admin/cities").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE)
				.param("name", "Language Test Hub")
				.param("slug", "language-test-hub")
				.param("level", "AREA"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "枢纽“Language Test Hub”已创建。"));
		this.mvc.perform(get("/admin").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-Hans\""), containsString("控制台"),
					containsString("href=\"/admin/cities\">枢纽</a>"), not(containsString(">Hubs<")))));
	}

	/** A change a pack made says so in the reader's language, with the pack's name. */
	@Test
	void aChangeFromAPackSaysSoInChinese() throws Exception {
		long deepseek = this.jdbc.queryForObject("select id from company where slug = 'deepseek'", Long.class);
		this.mvc.perform(get("/admin/companies/" + deepseek).with(user("chief").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("导入自数据包 60-translations-zh-2026.yaml"),
					not(containsString("imported from pack")))));
	}

	@Test
	void aChineseReaderSeesARecordNamedInChineseAndItsHistoryKeepsTheEnglishName() throws Exception {
		this.mvc
			.perform(post("/admin/cities").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE)
				.param("name", "Naming Test Hub")
				.param("nameZh", "命名测试枢纽")
				.param("slug", "naming-test-hub")
				.param("level", "AREA"))
			.andExpect(flash().attribute("flash", "枢纽“命名测试枢纽”已创建。"));
		long id = this.jdbc.queryForObject("select id from city where slug = 'naming-test-hub'", Long.class);
		this.mvc.perform(get("/admin/cities/" + id).with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(model().attribute("recordName", "命名测试枢纽"));
		this.mvc.perform(get("/admin/cities/" + id).with(user("editor").roles("ADMIN")))
			.andExpect(model().attribute("recordName", "Naming Test Hub"));
		this.mvc.perform(get("/admin/cities/" + id + "/delete").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(model().attribute("name", "命名测试枢纽"));
		this.mvc.perform(get("/admin").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(containsString("/admin/cities/" + id + "\">命名测试枢纽</a>")));
		this.mvc.perform(get("/admin").with(user("editor").roles("ADMIN")))
			.andExpect(content().string(containsString("/admin/cities/" + id + "\">Naming Test Hub</a>")));
		this.mvc
			.perform(post("/admin/cities/" + id + "/delete").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE))
			.andExpect(flash().attribute("flash", "枢纽“命名测试枢纽”已删除。"));
		assertThat(this.jdbc.queryForList(
				"select entity_name from revision where entity_type = 'city' and entity_id = ? order by id",
				String.class, id))
			.containsExactly("Naming Test Hub", "Naming Test Hub");
	}

	@Test
	void aChineseReaderFindsAndReadsTheListsByTheirChineseNames() throws Exception {
		// In the order of a Chinese list: by the pinyin of the names shown.
		for (String list : List.of("/admin/cities", "/admin/companies", "/admin/universities", "/admin/incentives")) {
			List<String> names = Jsoup
				.parse(this.mvc.perform(get(list).with(user("editor").roles("ADMIN")).cookie(CHINESE))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.select("main tbody tr > :first-child a")
				.eachText();
			assertThat(names).as(list).hasSizeGreaterThan(5).isSortedAccordingTo(ChineseOrder.NAMES);
		}
		this.mvc.perform(get("/admin/cities").param("q", "北京").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString(">北京</a>"), not(containsString(">Beijing</a>")),
					not(containsString(">上海</a>")))));
		this.mvc.perform(get("/admin/universities").param("q", "北京大学").with(user("editor").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString(">Peking University</a>"), containsString("Beijing"))));
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		this.mvc.perform(get("/admin/companies/new").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(containsString("<option value=\"" + hangzhou + "\">杭州</option>")));
		long companies = this.jdbc.queryForObject("select id from indicator where code = 'ai-companies'", Long.class);
		this.mvc.perform(get("/admin/figures/new").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<option value=\"city:" + hangzhou + "\">杭州</option>"),
					containsString("<option value=\"" + companies + "\">人工智能企业 (家)</option>"))));
		this.mvc.perform(
				get("/admin/indicators").param("q", "AI companies").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString(">家</td>"), not(containsString(">companies</td>")))));
		Map<String, Object> statement = this.jdbc
			.queryForMap("select id, paraphrase, paraphrase_zh from statement where paraphrase_zh is not null "
					+ "and length(paraphrase) < 80 and length(paraphrase_zh) < 80 order by id limit 1");
		this.mvc
			.perform(
					get("/admin/statements/" + statement.get("id")).with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(model().attribute("recordName", statement.get("paraphrase_zh")));
		this.mvc
			.perform(get("/admin/statements").param("q", (String) statement.get("paraphrase"))
				.with(user("editor").roles("ADMIN"))
				.cookie(CHINESE))
			.andExpect(content().string(containsString(">" + statement.get("paraphrase_zh") + "</a>")));
	}

	/**
	 * A source select lists its sources in the order of their labels, each by who
	 * published it (or its title), so that typing a publisher's first letters finds it.
	 */
	@Test
	void aSourceSelectListsSourcesByPublisherInOrder() throws Exception {
		String form = this.mvc.perform(get("/admin/figures/new").with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> labels = Jsoup.parse(form).select("select#sourceId option[value~=\\d+]").eachText();
		assertThat(labels).hasSizeGreaterThan(100)
			.isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH)::compare)
			.noneMatch((label) -> label.startsWith("no publisher named"));
	}

	/**
	 * The select's options are kept while the data stands: a source saved since then is
	 * offered at once, in its place.
	 */
	@Test
	void aSourceSavedSinceTheLastFormIsOfferedAtOnce() throws Exception {
		this.mvc.perform(get("/admin/statements/new").with(user("editor").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Aardvark Weekly"))));
		this.mvc
			.perform(post("/admin/sources").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.param("title", "Kept choices")
				.param("slug", "kept-choices")
				.param("publisher", "Aardvark Weekly")
				.param("publishedLabel", "2025")
				.param("datePrecision", "YEAR")
				.param("url", "https://example.org/kept-choices"))
			.andExpect(status().is3xxRedirection());
		String form = this.mvc.perform(get("/admin/statements/new").with(user("editor").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> labels = Jsoup.parse(form).select("select#sourceId option[value~=\\d+]").eachText();
		assertThat(labels).anyMatch((label) -> label.startsWith("Aardvark Weekly, 2025"))
			.isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH)::compare);
	}

	/**
	 * A long select offers a box that narrows it (the script reads its words from the
	 * select); a short one does not.
	 */
	@Test
	void aLongSelectOffersABoxThatNarrowsIt() throws Exception {
		org.jsoup.nodes.Document form = Jsoup
			.parse(this.mvc.perform(get("/admin/companies/new").with(user("editor").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.select("select#hqCityId").attr("data-filter")).isEmpty();
		assertThat(form.select("script[src*=/js/admin]")).hasSize(1);
		org.jsoup.nodes.Document figure = Jsoup
			.parse(this.mvc.perform(get("/admin/figures/new").with(user("editor").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(figure.select("select#sourceId").attr("data-filter")).isEqualTo("Type to narrow the list");
	}

	// The indicator catalogue and the disputes are edited like every other record.

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

	/**
	 * A second record of a page, or of a figure from the same source, is refused: each
	 * would count twice.
	 */
	@Test
	void aSecondRecordOfAPageOrOfAFigureIsRefused() throws Exception {
		String url = this.jdbc.queryForObject("select min(url) from source where url like 'http%'", String.class);
		// The same page written another way: the other scheme, a fragment, a trailing
		// slash.
		String otherWay = (url.startsWith("https://") ? "http://" + url.substring(8) : "https://" + url.substring(7))
				+ (url.endsWith("/") ? "" : "/") + "#part";
		this.mvc
			.perform(submit("/admin/sources",
					params("title", "Kept Title", "slug", "ok-src", "publishedLabel", "2025", "datePrecision", "YEAR",
							"url", otherWay)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another source is at this address: cite that one.")));
		Map<String, Object> held = this.jdbc
			.queryForMap("select city_id, indicator_id, value_numeric, value_as_written, "
					+ "figure_kind, as_of_year, source_id, quote, definition_id from figure where city_id is not null and as_of_year "
					+ "is not null and target_year is null and value_numeric is not null and figure_kind = 'ACTUAL' "
					+ "order by id fetch first 1 rows only");
		int figures = this.jdbc.queryForObject("select count(*) from figure", Integer.class);
		Map<String, String> same = params("subject", "city:" + held.get("city_id"), "indicatorId",
				String.valueOf(held.get("indicator_id")), "valueAsWritten", (String) held.get("value_as_written"),
				"valueNumeric", ((java.math.BigDecimal) held.get("value_numeric")).stripTrailingZeros().toPlainString(),
				"kind", "ACTUAL", "qualifier", "NONE", "asOfYear", String.valueOf(held.get("as_of_year")), "sourceId",
				String.valueOf(held.get("source_id")), "quote", (String) held.get("quote"));
		if (held.get("definition_id") != null) {
			same.put("definitionId", String.valueOf(held.get("definition_id")));
		}
		this.mvc.perform(submit("/admin/figures", same))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The same figure from the same source is already held")));
		assertThat(this.jdbc.queryForObject("select count(*) from figure", Integer.class)).isEqualTo(figures);
	}

	/**
	 * A refused save names everything to correct at once: a field's own rule (no quote)
	 * and the kind's (a number the words do not give).
	 */
	@Test
	void aRefusedSaveNamesEveryFaultAtOnce() throws Exception {
		String body = this.mvc
			.perform(submit("/admin/figures",
					params("subject", "city:BEIJING", "indicatorId", "INDICATOR", "valueAsWritten", "over 2,400",
							"valueNumeric", "5000", "kind", "ACTUAL", "qualifier", "OVER", "sourceId", "SEED003",
							"quote", "")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// In the order of the form's fields: the number stands above the quote.
		assertThat(Jsoup.parse(body).select(".error-summary a").eachAttr("href")).containsExactly("#valueNumeric",
				"#quote");
	}

	/**
	 * The unit of an indicator that measures figures stays: another would change what
	 * each of their numbers means.
	 */
	@Test
	void anIndicatorsUnitStaysWhileFiguresAreMeasuredInIt() throws Exception {
		Map<String, Object> held = this.jdbc.queryForMap("select id, name, code, unit, sort_order, version, "
				+ "higher_is_better from indicator where code = 'computing-power'");
		long figures = this.jdbc.queryForObject("select count(*) from figure where indicator_id = ?", Long.class,
				held.get("id"));
		assertThat(figures).isPositive();
		String definitions = String.join("\n", this.jdbc.queryForList(
				"select def_key || ' | ' || label || ' | ' || coalesce(label_zh, '') || ' | ' || coalesce(counts_as, '') "
						+ "from indicator_definition where indicator_id = ? order by sort_order",
				String.class, held.get("id")));
		String body = this.mvc
			.perform(post("/admin/indicators/" + held.get("id")).with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", (String) held.get("name"))
				.param("code", (String) held.get("code"))
				.param("unit", "PFLOPS")
				.param("higherIsBetter", String.valueOf(held.get("higher_is_better")))
				.param("sortOrder", String.valueOf(held.get("sort_order")))
				.param("definitions", definitions)
				.param("version", String.valueOf(held.get("version"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"PFLOPS\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).select(".field-error").eachText()).containsExactly(figures
				+ " figures are measured in \u201c" + held.get("unit")
				+ "\u201d: another unit would change what each number means. Move them to another indicator first.");
		assertThat(this.jdbc.queryForObject("select unit from indicator where id = ?", String.class, held.get("id")))
			.isEqualTo(held.get("unit"));
	}

	/** The robot-makers indicator's form with this list of definitions. */
	private ResultActions saveRobotMakers(Long id, String definitions) throws Exception {
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

	/**
	 * An actual figure is of a year that has come, whatever its source's date: a year
	 * still to come is refused beside the field, with the input kept, as is the same year
	 * on a target.
	 */
	@Test
	void anActualFigureOfAYearStillToComeIsRefused() throws Exception {
		long source = this.jdbc.queryForObject(
				"select min(id) from source where published_year is null or date_precision = 'ESTIMATED'", Long.class);
		String future = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 10);
		this.mvc.perform(hefeiGdp("ACTUAL", future, source))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "asOfYear", "valid.actualInTheFuture"))
			.andExpect(content().string(containsString("value=\"" + future + "\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from figure where as_of_year = ?", Integer.class,
				Integer.valueOf(future)))
			.isZero();
	}

	/**
	 * A target is for a year no earlier than the one it was set in; the refusal keeps the
	 * input.
	 */
	@Test
	void aTargetForAYearBeforeItWasSetIsRefused() throws Exception {
		long source = this.jdbc.queryForObject("select min(id) from source", Long.class);
		this.mvc.perform(hefeiGdp("TARGET", "2020", source).param("targetYear", "2010"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "targetYear", "valid.targetBeforeItsYear"))
			.andExpect(content().string(
					allOf(containsString("before the one it was set in (2020)"), containsString("value=\"2010\""))));
		assertThat(this.jdbc.queryForObject("select count(*) from figure where target_year = 2010", Integer.class))
			.isZero();
	}

	/** A new figure of Hefei's GDP from the admin form: of this kind, as of this year. */
	private MockHttpServletRequestBuilder hefeiGdp(String kind, String asOfYear, long source) {
		long indicator = this.jdbc.queryForObject("select id from indicator where code = 'gdp'", Long.class);
		long hub = this.jdbc.queryForObject("select id from city where slug = 'hefei'", Long.class);
		return post("/admin/figures").with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("subject", "city:" + hub)
			.param("indicatorId", String.valueOf(indicator))
			.param("valueAsWritten", "¥1.2 trillion")
			.param("valueNumeric", "1200000000000")
			.param("qualifier", "NONE")
			.param("kind", kind)
			.param("asOfYear", asOfYear)
			.param("sourceId", String.valueOf(source))
			.param("quote", "a GDP of 1.2 trillion yuan");
	}

	@Test
	void anIndicatorThatFiguresAreMeasuredByCannotBeDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select id from indicator where code = 'ai-companies'", Long.class);
		this.mvc.perform(post("/admin/indicators/" + id + "/delete").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<h2>Figures measured by it ("),
					// Each figure named and linked to its edit page, so the editor can
					// move it.
					containsString("<a href=\"/admin/figures/" + this.jdbc.queryForObject(
							"select min(id) from figure where indicator_id = ?", Long.class, id) + "\">"))));
		assertThat(this.jdbc.queryForObject("select count(*) from indicator where id = ?", Integer.class, id)).isOne();
	}

	@Test
	void eachAdminListSaysHowManyOfItsRecordsLackTheirChinese() throws Exception {
		this.jdbc.update("update company set summary_zh = null where slug in ('deepseek', 'sensetime')");
		long lacking = this.jdbc.queryForObject(
				"select count(*) from company where summary is not null and summary_zh is null", Long.class);
		assertThat(lacking).isGreaterThanOrEqualTo(2);
		this.mvc.perform(get("/admin/companies").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("withoutChinese", lacking))
			.andExpect(content().string(containsString(lacking + " records here lack their Chinese text")));
		long indicators = this.jdbc.queryForObject("select count(*) from indicator where name_zh is null or "
				+ "unit_zh is null or (definition is not null and definition_zh is null)", Long.class);
		this.mvc.perform(get("/admin/indicators").with(user("chief").roles("ADMIN")))
			.andExpect(model().attribute("withoutChinese", indicators));
		this.mvc.perform(get("/admin/sources").with(user("chief").roles("ADMIN")))
			.andExpect(model().attribute("withoutChinese", -1L))
			.andExpect(content().string(not(containsString("Chinese text"))));
	}

	/**
	 * What a figure is about is marked required, as its save requires it; a statement may
	 * be about China as a whole, so its subject is not.
	 */
	@Test
	void theSubjectOfAFigureIsMarkedRequiredAndAStatementsIsNot() throws Exception {
		Document figure = form("/admin/figures/new");
		assertThat(figure.select("label[for=subject] .required").text()).isEqualTo("(required)");
		assertThat(figure.select("select#subject").attr("aria-required")).isEqualTo("true");
		Document statement = form("/admin/statements/new");
		assertThat(statement.select("label[for=subject] .required")).isEmpty();
		assertThat(statement.select("select#subject").hasAttr("aria-required")).isFalse();
		// A source's reference is made from its title when left empty, an indicator's key
		// is not.
		Document source = form("/admin/sources/new");
		assertThat(source.select("label[for=slug] .required")).isEmpty();
		assertThat(source.select("label[for=title] .required").text()).isEqualTo("(required)");
		assertThat(form("/admin/indicators/new").select("label[for=code] .required").text()).isEqualTo("(required)");
	}

	/**
	 * A qualifier of none reads as the form writes it, in the reader's language, in a
	 * record's history and on the conflict page ("无", not "none").
	 */
	@Test
	void noQualifierIsShownInTheReadersLanguage() {
		FormChoices english = FormChoices.of(FigureForm.class, Map.of());
		assertThat(english.shown("qualifier", List.of("NONE"))).isEqualTo("none");
		FormChoices chinese = InterfaceText.in(Locale.forLanguageTag("zh-Hans"),
				() -> FormChoices.of(FigureForm.class, Map.of()));
		assertThat(chinese.shown("qualifier", List.of("NONE"))).isEqualTo("\u65e0");
	}

	/**
	 * Deleting a figure a dispute names takes it out of what the dispute affects: the
	 * confirmation says so and names the dispute, which stays.
	 */
	@Test
	void theDeletePageOfAFigureNamesTheDisputesItLeaves() throws Exception {
		Map<String, Object> link = this.jdbc.queryForMap("select l.figure_id, d.title from dispute_link l "
				+ "join dispute d on d.id = l.dispute_id where l.figure_id is not null order by l.id limit 1");
		Document page = form("/admin/figures/" + link.get("FIGURE_ID") + "/delete");
		assertThat(page.select("main .callout").text()).contains("Deleting it also takes this figure out of");
		assertThat(page.select("main .reference-group a").eachText()).contains((String) link.get("TITLE"));
		assertThat(page.select("main form button.danger")).as("still deletable").isNotEmpty();
		Document unnamed = form("/admin/figures/" + this.jdbc.queryForObject(
				"select min(id) from figure where id not in (select figure_id from dispute_link where figure_id is not null)",
				Long.class) + "/delete");
		assertThat(unnamed.select("main .reference-group")).isEmpty();
	}

	/**
	 * To a Chinese reader, the admin pages name a figure by its indicator's Chinese name
	 * and its number as a Chinese reader writes it, as the public pages do: its edit and
	 * delete pages, and the choice of it on a dispute's form.
	 */
	@Test
	void aFigureIsNamedInChineseOnChineseAdminPages() throws Exception {
		Map<String, Object> link = this.jdbc.queryForMap("select l.dispute_id, f.id as figure_id from dispute_link l "
				+ "join figure f on f.id = l.figure_id join indicator i on i.id = f.indicator_id "
				+ "join city c on c.id = f.city_id where i.name_zh is not null and c.name_zh is not null "
				+ "and f.value_numeric is not null and regexp_like(f.value_as_written, '[a-z]{3}') order by l.id limit 1");
		long figureId = ((Number) link.get("FIGURE_ID")).longValue();
		String nameZh = this.jdbc.queryForObject(
				"select i.name_zh from figure f join indicator i on i.id = f.indicator_id where f.id = ?", String.class,
				figureId);
		Map<String, Object> hub = this.jdbc.queryForMap(
				"select c.name, c.name_zh from figure f join city c on c.id = f.city_id where f.id = ?", figureId);
		for (String page : List.of("/admin/figures/" + figureId, "/admin/figures/" + figureId + "/delete")) {
			String heading = Jsoup
				.parse(this.mvc.perform(get(page).with(user("chief").roles("ADMIN")).cookie(CHINESE))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
				.select("h1")
				.text();
			assertThat(heading).as(page)
				.contains(hub.get("NAME_ZH") + " \u00b7 " + nameZh)
				.doesNotContainPattern("[a-z]{3}");
			// In English too, a figure is named with what it is about: two hubs can hold
			// the same words.
			assertThat(form(page).select("h1").text()).as(page).contains(hub.get("NAME") + " \u00b7 ");
		}
		Document dispute = Jsoup.parse(this.mvc
			.perform(
					get("/admin/disputes/" + link.get("DISPUTE_ID")).with(user("chief").roles("ADMIN")).cookie(CHINESE))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dispute.select("label:has(input[name=affects][value=figure:" + figureId + "])").text())
			.contains(nameZh)
			.doesNotContainPattern("[a-z]{3}");
	}

	/**
	 * The figure form lists each definition under its indicator, which a script narrows
	 * the list to (the definition of another indicator is refused on save).
	 */
	@Test
	void theFigureFormGroupsDefinitionsUnderTheirIndicator() throws Exception {
		Document page = form("/admin/figures/new");
		assertThat(page.select("select#definitionId").attr("data-narrowed-by")).isEqualTo("indicatorId");
		assertThat(page.select("select#definitionId").hasAttr("data-filter")).isFalse();
		var groups = page.select("select#definitionId optgroup[data-for]");
		assertThat(groups).hasSizeGreaterThan(1);
		for (var group : groups) {
			long indicatorId = Long.parseLong(group.attr("data-for"));
			assertThat(page.select("select#indicatorId option[value=" + indicatorId + "]").text()).as("the indicator")
				.startsWith(group.attr("label"));
			for (var option : group.select("option")) {
				assertThat(this.jdbc.queryForObject("select indicator_id from indicator_definition where id = ?",
						Long.class, Long.parseLong(option.attr("value"))))
					.as(option.text())
					.isEqualTo(indicatorId);
			}
		}
	}

	private Document form(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * Every kind's form draws each field of its form record, labelled; every list's
	 * headings and its line for no match are in the reader's language.
	 */
	@Test
	void everyKindsFormDrawsEachFieldAndItsListSpeaksTheReadersLanguage() throws Exception {
		for (Map.Entry<String, String> kind : this.kinds.pathsByKey().entrySet()) {
			Class<?> formType = this.kinds.byKey(kind.getKey(), RecordKind.class).formType();
			String form = this.mvc.perform(get("/admin/" + kind.getValue() + "/new").with(user("chief").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (RecordComponent field : formType.getRecordComponents()) {
				assertThat(form).as(kind.getKey() + " form").contains("name=\"" + field.getName() + "\"");
			}
			assertThat(form).as(kind.getKey() + " form").doesNotContain("??");
			this.mvc
				.perform(get("/admin/" + kind.getValue()).param("q", "no-record-is-called-this")
					.with(user("chief").roles("ADMIN"))
					.cookie(CHINESE))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("最后更新"), containsString("没有匹配的"),
						not(containsString("??")), not(containsString("matches")))));
		}
		this.mvc.perform(get("/admin/companies").with(user("chief").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("总部"), not(containsString("Headquarters")))));
	}

	@Test
	void aDisputeIsEditedAndItsHistoryKept() throws Exception {
		long id = this.jdbc.queryForObject("select id from dispute where slug = '003-waic-location'", Long.class);
		long version = this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
		int links = this.jdbc.queryForObject("select count(*) from dispute_link where dispute_id = ?", Integer.class,
				id);
		String page = this.mvc.perform(get("/admin/disputes/" + id).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Contradicts known facts"), containsString("History"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// What it affects, ticked as the page shows it.
		String[] ticked = Jsoup.parse(page)
			.select("input[name=affects][checked]")
			.eachAttr("value")
			.toArray(String[]::new);
		this.mvc
			.perform(post("/admin/disputes/" + id).with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("slug", "003-waic-location")
				.param("title", "The World AI Conference is held in Shanghai, not Shenzhen")
				.param("severity", "HIGH")
				.param("type", "CONTRADICTS_PUBLIC_FACT")
				.param("issue", "The source places WAIC in Shenzhen; it is held in Shanghai every year.")
				.param("affects", ticked)
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/disputes/" + id));
		assertThat(this.jdbc.queryForObject("select issue from dispute where id = ?", String.class, id))
			.startsWith("The source places WAIC");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where entity_type = 'dispute' and entity_id = ? and action = 'UPDATE'",
				Integer.class, id))
			.isOne();
		// Its links to what it affects stay, as its form listed them ticked.
		assertThat(ticked).hasSize(links);
		assertThat(
				this.jdbc.queryForObject("select count(*) from dispute_link where dispute_id = ?", Integer.class, id))
			.isEqualTo(links);
	}

	/**
	 * What a dispute affects is ticked on its form: every hub, company, institution and
	 * incentive, and the figures and statements that quote its source. A hub ticked shows
	 * the dispute on its profile, and no longer once unticked; the history names what
	 * changed; a record that does not exist is refused beside the field.
	 */
	@Test
	void aDisputeIsLinkedToWhatItAffectsOnItsForm() throws Exception {
		Map<String, Object> figure = this.jdbc
			.queryForMap("select min(id) as id, source_id from figure group by source_id order by source_id limit 1");
		String sourceId = String.valueOf(figure.get("source_id"));
		long figureId = ((Number) figure.get("id")).longValue();
		String figureKey = "figure:" + figureId;
		long hefei = this.jdbc.queryForObject("select id from city where slug = 'hefei'", Long.class);
		String title = "A linked test dispute about one source";
		// Refused for a missing explanation: the form lists the source's figures.
		Document refused = Jsoup
			.parse(this.mvc.perform(disputeSave("/admin/disputes", title, sourceId).param("affects", "city:" + hefei))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.select("input[name=affects][value=" + figureKey + "]")).hasSize(1);
		assertThat(refused.select("input[name=affects][value=city:" + hefei + "]").attr("checked")).isNotEmpty();
		String created = this.mvc
			.perform(disputeSave("/admin/disputes", title, sourceId).param("issue", "Read this figure with care.")
				.param("affects", "city:" + hefei, figureKey))
			.andExpect(redirectedUrlPattern("/admin/disputes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForList("select coalesce(city_id, -figure_id) from dispute_link where dispute_id = ?",
				Long.class, id))
			.containsExactlyInAnyOrder(hefei, -figureId);
		this.mvc.perform(get("/cities/hefei")).andExpect(content().string(containsString(title)));
		long version = this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
		this.mvc
			.perform(disputeSave(created, title, sourceId).param("issue", "Read this figure with care.")
				.param("slug", this.jdbc.queryForObject("select slug from dispute where id = ?", String.class, id))
				.param("affects", figureKey)
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(created));
		assertThat(this.jdbc.queryForList("select figure_id from dispute_link where dispute_id = ?", Long.class, id))
			.containsExactly(figureId);
		this.mvc.perform(get("/cities/hefei")).andExpect(content().string(not(containsString(title))));
		Document edit = Jsoup.parse(this.mvc.perform(get(created).with(user("chief").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("input[name=affects][value=" + figureKey + "]").attr("checked")).isNotEmpty();
		assertThat(edit.select("input[name=affects][value=city:" + hefei + "]").attr("checked")).isEmpty();
		assertThat(edit.select("#history").text()).contains("What it affects").contains("Hefei");
		this.mvc
			.perform(disputeSave(created, title, sourceId).param("issue", "Read this figure with care.")
				.param("affects", "figure:999999999")
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "affects", "valid.affectedRecordGone"));
		this.mvc
			.perform(disputeSave(created, title, sourceId).param("issue", "Read this figure with care.")
				.param("affects", "hub:beijing")
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "affects", "valid.chooseWhatItAffects"));
		assertThat(this.jdbc.queryForList("select figure_id from dispute_link where dispute_id = ?", Long.class, id))
			.containsExactly(figureId);
	}

	/**
	 * Deleting a figure a dispute affects takes it out of the dispute as an edit of the
	 * dispute would: the dispute's history says what it lost and why, and its version
	 * moves on, so a form loaded before meets the conflict page.
	 */
	@Test
	void deletingAFigureADisputeAffectsIsInTheDisputesHistory() throws Exception {
		long copied = this.jdbc.queryForObject("select min(id) from figure", Long.class);
		this.jdbc.update("insert into figure (city_id, indicator_id, definition_id, value_numeric, value_as_written, "
				+ "qualifier, figure_kind, as_of_year, source_id, quote) select (select id from city where slug = "
				+ "'hefei'), indicator_id, definition_id, 7, 'seven to delete', qualifier, figure_kind, as_of_year, "
				+ "source_id, 'a figure to delete' from figure where id = ?", copied);
		Map<String, Object> figure = this.jdbc
			.queryForMap("select id, source_id from figure where value_as_written = 'seven to delete'");
		long deleted = ((Number) figure.get("id")).longValue();
		long hefei = this.jdbc.queryForObject("select id from city where slug = 'hefei'", Long.class);
		String created = this.mvc
			.perform(disputeSave("/admin/disputes", "A dispute that loses its figure",
					String.valueOf(figure.get("source_id")))
				.param("issue", "Read this figure with care.")
				.param("affects", "city:" + hefei, "figure:" + deleted))
			.andExpect(redirectedUrlPattern("/admin/disputes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		long version = this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
		this.mvc.perform(post("/admin/figures/" + deleted + "/delete").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select city_id from dispute_link where dispute_id = ?", Long.class, id))
			.containsExactly(hefei);
		assertThat(this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id))
			.isGreaterThan(version);
		Document edit = Jsoup.parse(this.mvc.perform(get(created).with(user("chief").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("#history li").first().text()).contains("What it affects")
			.contains("took out \u201c")
			.contains("seven to delete\u201d, which was deleted");
	}

	/**
	 * A save that changes only what a dispute affects is a change like any other: a form
	 * loaded before it meets the conflict page, not a silent overwrite of the ticks.
	 */
	@Test
	void aChangeOfOnlyWhatADisputeAffectsIsNotOverwrittenByAnOlderForm() throws Exception {
		String sourceId = String.valueOf(this.jdbc.queryForObject("select min(id) from source", Long.class));
		String title = "A dispute two admins edit at once";
		String created = this.mvc.perform(disputeSave("/admin/disputes", title, sourceId).param("issue", "Two tabs."))
			.andExpect(redirectedUrlPattern("/admin/disputes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		String slug = this.jdbc.queryForObject("select slug from dispute where id = ?", String.class, id);
		String loaded = String
			.valueOf(this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id));
		long xian = this.jdbc.queryForObject("select id from city where slug = 'xian'", Long.class);
		this.mvc
			.perform(disputeSave(created, title, sourceId).param("issue", "Two tabs.")
				.param("slug", slug)
				.param("affects", "city:" + xian)
				.param("version", loaded))
			.andExpect(redirectedUrl(created));
		this.mvc
			.perform(disputeSave(created, title + ", renamed", sourceId).param("issue", "Two tabs.")
				.param("slug", slug)
				.param("version", loaded))
			.andExpect(status().isConflict())
			// Only what differs is offered: a field blank on both sides is not.
			.andExpect(model().attribute("kept", hasKey("title")))
			.andExpect(model().attribute("kept", not(hasKey("outsideReferences"))));
		assertThat(this.jdbc.queryForList("select city_id from dispute_link where dispute_id = ?", Long.class, id))
			.containsExactly(xian);
		assertThat(this.jdbc.queryForObject("select title from dispute where id = ?", String.class, id))
			.isEqualTo(title);
	}

	/** A dispute's save with its title, kind and source. */
	/**
	 * A dispute's place on the corrections page is named by its slug: a new dispute may
	 * not take the slug a renamed one had, or links to its old place would lead to
	 * another; the API sends its old address on.
	 */
	@Test
	void aDisputesOldSlugIsNotGivenToAnotherDispute() throws Exception {
		String sourceId = String.valueOf(this.jdbc.queryForObject("select min(id) from source", Long.class));
		String created = this.mvc
			.perform(disputeSave("/admin/disputes", "A dispute that moves", sourceId).param("slug", "moving-dispute")
				.param("issue", "Read with care."))
			.andExpect(redirectedUrlPattern("/admin/disputes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		this.mvc
			.perform(
					disputeSave("/admin/disputes/" + id, "A dispute that moves", sourceId)
						.param("slug", "moved-dispute")
						.param("issue", "Read with care.")
						.param("version", String.valueOf(
								this.jdbc.queryForObject("select version from dispute where id = ?", Long.class, id))))
			.andExpect(redirectedUrl("/admin/disputes/" + id));
		this.mvc.perform(get("/api/disputes/moving-dispute")).andExpect(redirectedUrl("/api/disputes/moved-dispute"));
		this.mvc
			.perform(disputeSave("/admin/disputes", "A dispute taking an old place", sourceId)
				.param("slug", "moving-dispute")
				.param("issue", "Another."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "valid.slugOfAMovedPage"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dispute where title = 'A dispute taking an old place'", Integer.class))
			.isZero();
	}

	private static MockHttpServletRequestBuilder disputeSave(String url, String title, String sourceId) {
		return post(url).with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("title", title)
			.param("severity", "LOW")
			.param("type", "AMBIGUITY")
			.param("sourceId", sourceId);
	}

}
