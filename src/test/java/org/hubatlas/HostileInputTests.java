package org.hubatlas;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.common.ListQuery;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile input on every public parameter and path variable and on every field of every
 * admin form: each answers a 4xx page or a field message, never a 5xx; nothing invalid is
 * stored; whatever is stored shows escaped. It has a database of its own (it saves
 * hundreds of records) and prints how many cases it tried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hubatlas.admin.username=chief", "hubatlas.admin.password=correct-horse-battery",
				"hubatlas.test-context=hostile" })
// It keeps its own list of failures, each saying what was sent: printing every exchange
// for a failure report would only cost time over thousands of requests.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String ATTRIBUTE = "\"><svg onload=alert(2)>";

	/** What an attacker, a careless paste or another alphabet sends. */
	private static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

	static {
		PAYLOADS.put("empty", "");
		PAYLOADS.put("whitespace", " \t  ");
		PAYLOADS.put("control characters only", "\u0000\u0001\u0007\u001b\u007f");
		PAYLOADS.put("10,000 characters", "x".repeat(10_000));
		PAYLOADS.put("a number", "42");
		PAYLOADS.put("a negative number", "-1");
		PAYLOADS.put("a huge number", "99999999999999999999999999");
		PAYLOADS.put("SQL", "' OR '1'='1' --");
		PAYLOADS.put("SQL wildcards", "%_\\");
		PAYLOADS.put("markup", SCRIPT);
		PAYLOADS.put("an attribute break", ATTRIBUTE);
		PAYLOADS.put("a path", "../../../etc/passwd");
		PAYLOADS.put("Chinese", "\u5317\u4eac\u6df1\u5ea6\u6c42\u7d22");
		PAYLOADS.put("emoji", "\uD83D\uDE80\uD83E\uDD16");
		PAYLOADS.put("right-to-left override", "\u202Eevil");
		PAYLOADS.put("a percent sign", "%zz");
		PAYLOADS.put("an unpaired surrogate", "a\uD800b");
	}

	private static final Map<String, List<String>> PUBLIC_PARAMETERS = Map.ofEntries(
			Map.entry("/cities", List.of("level", "pilot", "sort", "dir")),
			Map.entry("/companies", List.of("kind", "sector", "page")),
			Map.entry("/incentives", List.of("level", "kind", "page")),
			Map.entry("/universities", List.of("kind", "page")), Map.entry("/compare", List.of("cities")),
			Map.entry("/api/compare", List.of("cities")), Map.entry("/map", List.of("size", "page")),
			Map.entry("/", List.of("x", "lang")), Map.entry("/login", List.of("error", "logout")),
			Map.entry("/indicators", List.of("x")), Map.entry("/index", List.of("ai-companies", "gdp", "page")),
			Map.entry("/api/index", List.of("ai-companies")),
			Map.entry("/search", List.of("q", "type", "page", "jump", "jumpchoice")),
			Map.entry("/language", List.of("to", "back")),
			Map.entry("/cities.csv", List.of("level", "pilot", "sort", "dir")),
			Map.entry("/companies.csv", List.of("kind", "sector")), Map.entry("/compare.csv", List.of("cities")),
			Map.entry("/incentives.csv", List.of("level", "kind")), Map.entry("/universities.csv", List.of("kind")),
			Map.entry("/api/hubs", List.of("page", "size")),
			Map.entry("/api/companies", List.of("kind", "sector", "page", "size")),
			Map.entry("/api/institutions", List.of("kind", "page", "size")),
			Map.entry("/api/incentives", List.of("level", "kind", "page", "size")),
			Map.entry("/api/sources", List.of("page", "size")), Map.entry("/api/figures", List.of("page", "size")),
			Map.entry("/api/statements", List.of("page", "size")), Map.entry("/api/disputes", List.of("page", "size")),
			Map.entry("/api/indicators", List.of("page", "size")), Map.entry("/api/search", List.of("q")),
			Map.entry("/api/search/companies", List.of("q", "page")));

	private static final List<String> PATH_VARIABLES = List.of("/cities/{v}", "/companies/{v}", "/universities/{v}",
			"/incentives/{v}", "/indicators/{v}", "/indicators/{v}.csv", "/sources/{v}", "/api/hubs/{v}",
			"/api/companies/{v}", "/api/institutions/{v}", "/api/incentives/{v}", "/api/sources/{v}",
			"/api/disputes/{v}", "/api/indicators/{v}", "/api/search/{v}");

	private static final Map<String, String> ADMIN_PATHS = Map.of("city", "/admin/cities", "company",
			"/admin/companies", "university", "/admin/universities", "incentive", "/admin/incentives", "source",
			"/admin/sources", "figure", "/admin/figures", "statement", "/admin/statements", "indicator",
			"/admin/indicators", "dispute", "/admin/disputes");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private List<RecordKind<?, ?>> editableTypes;

	@Autowired
	private PlatformTransactionManager transactions;

	@LocalServerPort
	private int port;

	private final Map<String, Integer> cases = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	@BeforeEach
	void noFailuresYet() {
		this.failures.clear();
	}

	/**
	 * A hostile request is the client's mistake: no ERROR and no stack trace in the log
	 * for anyone to flood.
	 */
	@AfterEach
	void nothingLoggedAsAnError(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.");
	}

	@AfterAll
	void report() {
		int total = this.cases.values().stream().mapToInt(Integer::intValue).sum();
		System.out.println("Hostile input: " + total + " cases " + this.cases);
	}

	@Test
	void publicParametersAnswerAPageOrA4xx() throws Exception {
		for (Map.Entry<String, List<String>> page : PUBLIC_PARAMETERS.entrySet()) {
			for (String parameter : page.getValue()) {
				for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
					expectNoServerError("public parameter",
							get(page.getKey()).param(parameter, payload.getValue()).accept(MediaType.TEXT_HTML),
							page.getKey() + "?" + parameter + "= " + payload.getKey());
				}
				expectNoServerError("public parameter",
						get(page.getKey()).param(parameter, "a", "b", "").accept(MediaType.TEXT_HTML),
						page.getKey() + "?" + parameter + " repeated");
			}
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void pathVariablesAnswerAPageOrA4xx() throws Exception {
		List<String> templates = new ArrayList<>(PATH_VARIABLES);
		ADMIN_PATHS.values().forEach((base) -> {
			templates.add(base + "/{v}");
			templates.add(base + "/{v}/delete");
		});
		for (String template : templates) {
			for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
				if (payload.getValue().isEmpty()) {
					continue;
				}
				expectNoServerError("path variable",
						get(template, payload.getValue()).with(user("chief").roles("ADMIN")),
						template + " with " + payload.getKey());
			}
		}
		for (String base : ADMIN_PATHS.values()) {
			for (String revision : List.of("-1", "99999999999999999999", "abc", "0")) {
				expectNoServerError("path variable",
						post(base + "/1/restore/" + revision).with(user("chief").roles("ADMIN")).with(csrf()),
						base + "/1/restore/" + revision);
			}
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void wrongMethodsAndContentTypesAnswerA4xx() throws Exception {
		for (String path : List.of("/", "/cities", "/cities/beijing", "/compare", "/api/compare", "/sources/1",
				"/api/hubs", "/api/hubs/beijing")) {
			for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
				expectClientError("wrong method", request(method, path).with(csrf()), method + " " + path);
			}
		}
		// A download asked for as JSON: a 406, never the file written as an empty object.
		for (String path : List.of("/cities.csv", "/companies.csv", "/universities.csv", "/incentives.csv",
				"/sources.csv", "/statements.csv", "/compare.csv?cities=beijing,hangzhou", "/index.csv",
				"/indicators/ai-companies.csv")) {
			MockHttpServletResponse response = expectNoServerError("wrong accept",
					get(path).accept(MediaType.APPLICATION_JSON), "JSON asked of " + path);
			if (response != null && response.getStatus() != 406) {
				this.failures.add("JSON asked of " + path + " answered " + response.getStatus() + ": "
						+ response.getContentAsString());
			}
		}
		for (String base : ADMIN_PATHS.values()) {
			expectNoServerError("content type",
					post(base).with(user("chief").roles("ADMIN"))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"slug\":\"x\"}"),
					"JSON to " + base);
			expectNoServerError("content type",
					post(base).with(user("chief").roles("ADMIN"))
						.with(csrf())
						.contentType(MediaType.TEXT_XML)
						.content("<a>" + SCRIPT + "</a>"),
					"XML to " + base);
			expectNoServerError("content type",
					post(base).with(user("chief").roles("ADMIN"))
						.with(csrf())
						.contentType(MediaType.MULTIPART_FORM_DATA),
					"empty multipart to " + base);
			expectClientError("wrong method",
					request(HttpMethod.PUT, base + "/1").with(user("chief").roles("ADMIN")).with(csrf()),
					"PUT " + base + "/1");
		}
		assertThat(this.failures).isEmpty();
	}

	/**
	 * Every field of every admin form, starting from a record's own values: the hostile
	 * value is refused beside the field, or it is stored normalised and shown escaped.
	 */
	@Test
	void everyAdminFieldAnswersAFieldMessageOrStoresCleanText() throws Exception {
		int saved = 0;
		for (RecordKind<?, ?> type : this.editableTypes) {
			String base = ADMIN_PATHS.get(type.key());
			assertThat(base).as("admin path of " + type.key()).isNotNull();
			Map<String, List<String>> baseline = baseline(type);
			List<String> fields = new ArrayList<>(baseline.keySet());
			fields.remove("version");
			int n = 0;
			for (String field : fields) {
				for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
					n++;
					MockHttpServletRequestBuilder create = post(base).with(user("chief").roles("ADMIN")).with(csrf());
					for (Map.Entry<String, List<String>> value : baseline.entrySet()) {
						if (!value.getKey().equals(field) && !value.getKey().equals("version")) {
							create.param(value.getKey(), value.getValue().toArray(String[]::new));
						}
					}
					create.param(field, payload.getValue());
					if (baseline.containsKey("slug") && !"slug".equals(field)) {
						create.param("slug", "hostile-" + type.key() + "-" + n);
					}
					MockHttpServletResponse response = expectNoServerError("admin field", create,
							base + " " + field + " = " + payload.getKey());
					if (response != null && response.getStatus() == 302) {
						saved++;
						String location = response.getRedirectedUrl();
						MockHttpServletResponse edit = this.mvc
							.perform(get(location).with(user("chief").roles("ADMIN")))
							.andReturn()
							.getResponse();
						assertThat(edit.getStatus()).as(location).isEqualTo(200);
						assertThat(edit.getContentAsString()).as("escaped on " + location)
							.doesNotContain(SCRIPT)
							.doesNotContain(ATTRIBUTE);
					}
				}
			}
			// Lists lined out with an index far beyond any form.
			for (String field : fields) {
				expectNoServerError("admin field",
						post(base).with(user("chief").roles("ADMIN")).with(csrf()).param(field + "[1000000]", "1"),
						base + " " + field + "[1000000]");
				expectNoServerError("admin field",
						post(base).with(user("chief").roles("ADMIN")).with(csrf()).param(field + "[abc]", "1"),
						base + " " + field + "[abc]");
			}
		}
		assertThat(this.failures).isEmpty();
		assertThat(saved).as("some hostile values are fine to store, once normalised").isPositive();
		assertNothingInvalidStored();
		for (String list : ADMIN_PATHS.values()) {
			String html = this.mvc.perform(get(list).with(user("chief").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(list).doesNotContain(SCRIPT).doesNotContain(ATTRIBUTE);
		}
		for (String page : List.of("/", "/cities", "/companies", "/universities", "/incentives", "/sources",
				"/sources?q=hostile", "/sources?q=script", "/indicators", "/disputes")) {
			String html = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain(ATTRIBUTE);
		}
	}

	/**
	 * Requests no browser would send: broken percent-encoding and UTF-8, sent on a raw
	 * socket.
	 */
	@Test
	void brokenEncodingsAnswerA400() throws IOException {
		for (String target : List.of("/cities?level=%zz", "/cities/%zz", "/cities?level=%C3%28", "/cities/%FF%FE",
				"/compare?cities=%E4%B8", "/companies/%00", "/cities?sort=%", "/%2e%2e/%2e%2e/etc/passwd",
				"/cities/..%2f..%2fetc", "/cities;jsessionid=x")) {
			String response = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n");
			count("broken encoding");
			String status = response.substring(0, Math.min(12, response.length()));
			if (!status.matches("HTTP/1\\.1 4\\d\\d")) {
				this.failures.add(target + " answered " + status);
			}
		}
		assertThat(this.failures).isEmpty();
	}

	/**
	 * The admin forms that are no record kind: adding an admin, changing one's password,
	 * uploading and applying a data pack, restoring a backup. Every hostile value is a
	 * message, never a 5xx; a username is stored as typed (less surrounding spaces) or
	 * refused; a file that is no pack or backup changes nothing.
	 */
	@Test
	void theOtherAdminFormsAnswerAMessageAndStoreNothingAltered() throws Exception {
		int hubs = this.jdbc.queryForObject("select count(*) from city", Integer.class);
		int n = 0;
		for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
			n++;
			String what = " = " + payload.getKey();
			String password = "a-long-enough-password-" + n;
			MockHttpServletResponse added = expectNoServerError("other admin form",
					post("/admin/users").with(user("chief").roles("ADMIN"))
						.with(csrf())
						.param("username", payload.getValue())
						.param("password", password)
						.param("confirmPassword", password),
					"/admin/users username" + what);
			if (added != null && added.getStatus() == 302) {
				assertThat(this.jdbc.queryForObject("select count(*) from admin_user where username = ?", Integer.class,
						payload.getValue().strip()))
					.as("username stored as typed" + what)
					.isEqualTo(1);
			}
			for (String field : List.of("password", "confirmPassword")) {
				expectNoServerError("other admin form",
						post("/admin/users").with(user("chief").roles("ADMIN"))
							.with(csrf())
							.param("username", "hostile-admin-" + n)
							.param("password", password)
							.param("confirmPassword", password)
							.param(field, payload.getValue()),
						"/admin/users " + field + what);
			}
			for (String field : List.of("currentPassword", "newPassword", "confirmPassword")) {
				expectNoServerError("other admin form",
						post("/admin/account").with(user("chief").roles("ADMIN"))
							.with(csrf())
							.param(field, payload.getValue()),
						"/admin/account " + field + what);
			}
			byte[] content = payload.getValue().getBytes(StandardCharsets.UTF_8);
			for (String name : List.of("pack.yaml", "pack.csv", "pack.txt", payload.getValue())) {
				expectNoServerError("other admin form",
						multipart("/admin/imports/preview")
							.file(new MockMultipartFile("file", name, "application/octet-stream", content))
							.with(user("chief").roles("ADMIN"))
							.with(csrf()),
						"/admin/imports/preview " + name + what);
			}
			expectNoServerError("other admin form",
					post("/admin/imports/apply").with(user("chief").roles("ADMIN"))
						.with(csrf())
						.param("sha256", payload.getValue()),
					"/admin/imports/apply sha256" + what);
			for (String confirm : List.of("", "yes", payload.getValue())) {
				expectNoServerError("other admin form",
						multipart("/admin/backup/restore")
							.file(new MockMultipartFile("file", "backup.json", "application/json", content))
							.param("confirm", confirm)
							.with(user("chief").roles("ADMIN"))
							.with(csrf()),
						"/admin/backup/restore confirm=" + confirm + what);
			}
		}
		assertThat(this.failures).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from city", Integer.class))
			.as("no hostile file changed the data")
			.isEqualTo(hubs);
		assertNothingInvalidStored();
	}

	/**
	 * A pack with a row of every kind, each field a placeholder ({@code @field@}) whose
	 * value in {@link #PACK_VALUES} previews without a refusal.
	 */
	private static final String PACK = """
			indicators:
			- {key: @indicator.key@, name: @indicator.name@, name_zh: @indicator.name_zh@, unit: @indicator.unit@,
			   definition: @indicator.definition@, sort: @indicator.sort@}
			definitions:
			  ai_companies:
			  - {key: @definition.key@, label: @definition.label@, label_zh: @definition.label_zh@,
			     counts_as: @definition.counts_as@}
			hubs:
			- {slug: @hub.slug@, name: @hub.name@, name_zh: @hub.name_zh@, level: @hub.level@,
			   province: @hub.province@, parent: @hub.parent@, lat: @hub.lat@, lon: @hub.lon@, summary: @hub.summary@,
			   summary_zh: @hub.summary_zh@}
			entries:
			- hub: @entry.hub@
			  indicator: @entry.indicator@
			  value: @entry.value@
			  value_as_written: @entry.value_as_written@
			  unit: @entry.unit@
			  definition: @entry.definition@
			  as_of: @entry.as_of@
			  qualifier: @entry.qualifier@
			  quote: @entry.quote@
			  conflict: @entry.conflict@
			  note: @entry.note@
			  trust: @entry.trust@
			  source: {title: @source.title@, publisher: @source.publisher@, published: @source.published@,
			           url: @source.url@}
			  also:
			  - quote: @also.quote@
			    source: {title: @also.title@, url: @also.url@}
			companies:
			- {name: @company.name@, name_zh: @company.name_zh@, hub: @company.hub@, founded: @company.founded@,
			   what: @company.what@, quote: @company.quote@, also: @company.also@,
			   source: {title: @company.title@, publisher: @company.publisher@, url: @company.url@}}
			translations:
			- {record: @translation.record@, key: @translation.key@, summary_zh: @translation.summary_zh@}
			reclassify:
			- {hub: @reclassify.hub@, indicator: @reclassify.indicator@, value: @reclassify.value@,
			   as_of: @reclassify.as_of@, definition: @reclassify.definition@}
			""";

	private static final Map<String, String> PACK_VALUES = new LinkedHashMap<>();

	static {
		String[] values = { "indicator.key", "hostile_indicator", "indicator.name", "A hostile test indicator",
				"indicator.name_zh", "测试指标", "indicator.unit", "companies", "indicator.definition",
				"What the test counts.", "indicator.sort", "700", "definition.key", "hostile-definition",
				"definition.label", "Counted the hostile way", "definition.label_zh", "测试口径", "definition.counts_as",
				"ai-enterprises", "hub.slug", "hostile-hub", "hub.name", "Hostile Hub", "hub.name_zh", "测试枢纽",
				"hub.level", "area", "hub.province", "Anhui", "hub.parent", "hefei", "hub.lat", "31.9", "hub.lon",
				"117.3", "hub.summary", "A hub of the test.", "hub.summary_zh", "测试用的枢纽。", "entry.hub", "hefei",
				"entry.indicator", "ai_companies", "entry.value", "46", "entry.value_as_written", "46 AI companies",
				"entry.unit", "companies", "entry.definition", "ai-enterprises", "entry.as_of", "2025-09",
				"entry.qualifier", "actual", "entry.quote", "The city has 46 AI companies.", "entry.conflict",
				"Another paper says 40.", "entry.note", "A note on the figure.", "entry.trust", "medium",
				"source.title", "Test page", "source.publisher", "Test paper", "source.published", "2025-09-01",
				"source.url", "https://example.org/hostile-entry", "also.quote", "Forty-six, says another paper.",
				"also.title", "Another page", "also.url", "https://example.org/hostile-also", "company.name",
				"Hostile Chips", "company.name_zh", "测试芯片", "company.hub", "hefei", "company.founded", "2020",
				"company.what", "Makes chips.", "company.quote", "It makes chips.", "company.also",
				"It also makes boards.", "company.title", "A company page", "company.publisher", "A paper",
				"company.url", "https://example.org/hostile-company", "translation.record", "company",
				"translation.key", "hostile-chips", "translation.summary_zh", "造芯片。", "reclassify.hub", "beijing",
				"reclassify.indicator", "ai_companies", "reclassify.value", "2400", "reclassify.as_of", "2024",
				"reclassify.definition", "ai-enterprises" };
		for (int i = 0; i < values.length; i += 2) {
			PACK_VALUES.put(values[i], values[i + 1]);
		}
	}

	/**
	 * What breaks a pack's rows rather than its reading (which every text passes the same
	 * way): a blank, a size no column holds, markup where an address or key belongs; and
	 * for a number, one no column holds.
	 */
	private static final List<String> PACK_PAYLOADS = List.of("whitespace", "10,000 characters", "markup");

	private static final List<String> PACK_NUMBERS = List.of("indicator.sort", "hub.lat", "hub.lon", "entry.value",
			"company.founded", "reclassify.value");

	/**
	 * Every field of every kind of pack row, previewed as an admin uploads it: a refusal
	 * on the row's line or a preview, never a server error.
	 */
	@Test
	void everyFieldOfAPackRowAnswersARefusalOrAPreview() throws Exception {
		assertThat(previewPack(PACK_VALUES).getContentAsString(StandardCharsets.UTF_8)).as("the pack as written")
			.contains("<b>0</b> refused")
			.contains("Hostile Chips");
		int hubs = this.jdbc.queryForObject("select count(*) from city", Integer.class);
		for (String field : PACK_VALUES.keySet()) {
			List<String> payloads = new ArrayList<>(PACK_PAYLOADS);
			if (PACK_NUMBERS.contains(field)) {
				payloads.addAll(List.of("a huge number", "a negative number"));
			}
			for (String payload : payloads) {
				Map<String, String> values = new LinkedHashMap<>(PACK_VALUES);
				values.put(field, PAYLOADS.get(payload));
				MockHttpServletResponse preview = expectNoServerError("pack field", previewRequest(values),
						"pack " + field + " = " + payload);
				if (preview != null && preview.getStatus() != 200) {
					this.failures.add("pack " + field + " = " + payload + " answered " + preview.getStatus());
				}
			}
		}
		assertThat(this.failures).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from city", Integer.class)).as("a preview writes nothing")
			.isEqualTo(hubs);
	}

	private MockHttpServletResponse previewPack(Map<String, String> values) throws Exception {
		return this.mvc.perform(previewRequest(values)).andReturn().getResponse();
	}

	private static RequestBuilder previewRequest(Map<String, String> values) {
		String pack = PACK;
		for (Map.Entry<String, String> value : values.entrySet()) {
			pack = pack.replace("@" + value.getKey() + "@", yamlQuoted(value.getValue()));
		}
		return multipart("/admin/imports/preview")
			.file(new MockMultipartFile("file", "hostile.yaml", "application/octet-stream",
					pack.getBytes(StandardCharsets.UTF_8)))
			.with(user("chief").roles("ADMIN"))
			.with(csrf());
	}

	/** A YAML double-quoted scalar: every character kept, escaped where YAML asks. */
	private static String yamlQuoted(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/** A record's own values, read in a transaction as the edit page reads them. */
	private Map<String, List<String>> baseline(RecordKind<?, ?> type) {
		return new TransactionTemplate(this.transactions).execute((status) -> firstForm(type).params());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private AdminForm firstForm(RecordKind type) {
		VersionedEntity entity = (VersionedEntity) type.page(ListQuery.parse(null, null, null, null, type.sorts()))
			.getContent()
			.get(0);
		return type.toForm(entity);
	}

	private void assertNothingInvalidStored() {
		Pattern invalid = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
		List<Map<String, Object>> columns = this.jdbc.queryForList(
				"select table_name, column_name from information_schema.columns where table_schema = 'PUBLIC' "
						+ "and data_type like '%CHAR%' and table_name <> 'flyway_schema_history'");
		for (Map<String, Object> column : columns) {
			String sql = "select \"" + column.get("COLUMN_NAME") + "\" from \"" + column.get("TABLE_NAME") + "\"";
			for (String value : this.jdbc.queryForList(sql, String.class)) {
				if (value == null) {
					continue;
				}
				Matcher matcher = invalid.matcher(value);
				if (matcher.find() && !column.get("COLUMN_NAME").toString().endsWith("_JSON")) {
					this.failures.add(column + " holds " + value.substring(0, Math.min(60, value.length())));
				}
			}
		}
		assertThat(this.failures).isEmpty();
	}

	private MockHttpServletResponse expectNoServerError(String kind, RequestBuilder request, String what)
			throws Exception {
		count(kind);
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			this.failures.add(what + " threw " + ex);
			return null;
		}
		if (response.getStatus() >= 500) {
			this.failures.add(what + " answered " + response.getStatus());
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (body.contains(SCRIPT) || body.contains(ATTRIBUTE)) {
			this.failures.add(what + " reflected markup unescaped");
		}
		return response;
	}

	private void expectClientError(String kind, MockHttpServletRequestBuilder request, String what) throws Exception {
		MockHttpServletResponse response = expectNoServerError(kind, request, what);
		if (response != null && (response.getStatus() < 400 || response.getStatus() >= 500)) {
			this.failures.add(what + " answered " + response.getStatus());
		}
	}

	private void count(String kind) {
		this.cases.merge(kind, 1, Integer::sum);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
