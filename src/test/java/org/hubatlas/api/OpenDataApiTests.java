package org.hubatlas.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.pack.PackImporter;
import org.hubatlas.pack.PackReport;
import org.hubatlas.pack.PlanRow;
import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open data API over real HTTP, as another site would use it: paged lists with Link
 * headers, figures with their sources and dispute flags as the pages show them, problem
 * documents for every mistake, CORS for reading, English whatever the language cookie,
 * and a fixed number of SQL statements per list page whatever its size; a client that
 * knows only the API's address rebuilds from it exactly what the database holds; and the
 * OpenAPI 3.1 document describes every endpoint the application serves, and real answers
 * match its schemas.
 */
@SiteTest
class OpenDataApiTests {

	static final List<String> LISTS = List.of("/api/hubs", "/api/companies", "/api/institutions", "/api/incentives",
			"/api/sources", "/api/figures", "/api/statements", "/api/disputes", "/api/indicators");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PackImporter importer;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private ApiClient api;

	private JsonNode document;

	@BeforeEach
	void clientAndDocument() throws Exception {
		this.api = new ApiClient(this.port);
		ApiClient.Answer answer = this.api.get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		this.document = answer.json();
	}

	/**
	 * Every example the description gives is a value the API takes: each endpoint asked
	 * with each parameter's example (its path's examples filled in) answers 200.
	 */
	@Test
	void everyDocumentedExampleIsAValueTheApiTakes() throws Exception {
		int asked = 0;
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			if (operation == null || operation.get("parameters") == null) {
				continue;
			}
			String address = path.getKey();
			List<String> queries = new ArrayList<>();
			for (JsonNode parameter : operation.get("parameters")) {
				JsonNode example = parameter.get("example");
				String name = parameter.get("name").asString();
				if (example == null) {
					assertThat(parameter.get("in").asString()).as(address + " " + name + " has an example")
						.isNotEqualTo("path");
					continue;
				}
				String value = example.asString();
				if ("path".equals(parameter.get("in").asString())) {
					address = address.replace("{" + name + "}", value);
				}
				else {
					queries
						.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			for (String query : queries.isEmpty() ? List.of("") : queries) {
				String asking = address + (query.isEmpty() ? "" : "?" + query);
				assertThat(this.api.get(asking).status()).as(asking).isEqualTo(200);
				asked++;
			}
		}
		assertThat(asked).isGreaterThan(20);
	}

	// The open data API over real HTTP, as another site would use it: paged lists with
	// Link headers, figures with their sources and dispute flags as the pages show them,
	// problem documents for every mistake, CORS for reading, English whatever the
	// language cookie, and a fixed number of SQL statements per list page whatever its
	// size.

	@ParameterizedTest
	@ValueSource(strings = { "/api/hubs", "/api/companies", "/api/institutions", "/api/incentives", "/api/sources",
			"/api/figures", "/api/statements", "/api/disputes", "/api/indicators" })
	void everyListIsPagedWithLinksAndBoundedSizes(String list) throws Exception {
		ApiClient.Answer first = this.api.get(list + "?size=3");
		assertThat(first.status()).isEqualTo(200);
		JsonNode body = first.json();
		assertThat(body.get("page").asInt()).isEqualTo(1);
		assertThat(body.get("size").asInt()).isEqualTo(3);
		long total = body.get("totalItems").asLong();
		assertThat(total).as(list + " has data in the shipped set").isGreaterThan(3);
		assertThat(body.get("items")).hasSize(3);
		int pages = body.get("totalPages").asInt();
		assertThat(pages).isEqualTo((int) ((total + 2) / 3));
		assertThat(first.header("Link"))
			.contains("<" + list + "?page=2&size=3>; rel=\"next\"",
					"<" + list + "?page=" + pages + "&size=3>; rel=\"last\"", "rel=\"first\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(ApiClient.text(body.get("links"), "next")).isEqualTo(list + "?page=2&size=3");

		ApiClient.Answer last = this.api.get(list + "?size=3&page=" + pages);
		assertThat(last.json().get("items").size()).isEqualTo((int) (total - 3L * (pages - 1)));
		assertThat(last.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

		// The default page holds 20; more than 100 at once is refused, naming the
		// parameter.
		assertThat(this.api.get(list).json().get("size").asInt()).isEqualTo(20);
		for (String wrong : List.of("size=101", "size=0", "size=lots", "page=0", "page=-1", "page=two")) {
			ApiClient.Answer refused = this.api.get(list + "?" + wrong);
			assertThat(refused.status()).as(wrong).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("parameter").asString()).isEqualTo(wrong.substring(0, wrong.indexOf('=')));
			assertThat(refused.json().get("detail").asString())
				.isEqualTo(wrong.startsWith("page") ? "The parameter 'page' must be a page number, 1 or more."
						: "The parameter 'size' must be a whole number from 1 to 100.");
		}
		ApiClient.Answer beyond = this.api.get(list + "?size=3&page=" + (pages + 1));
		assertThat(beyond.status()).isEqualTo(404);
		assertThat(beyond.json().get("detail").asString())
			.isEqualTo("There is no page " + (pages + 1) + ": the list has " + pages + " pages.");
	}

	@Test
	void aHubCarriesEveryFigureWithItsSourceDateQualifierAndDisputeFlags() throws Exception {
		JsonNode beijing = this.api.get("/api/hubs/beijing").json();
		assertThat(beijing.get("hub").get("name").asString()).isEqualTo("Beijing");
		assertThat(beijing.get("hub").get("nameZh").asString()).isEqualTo("北京");
		assertThat(beijing.get("subAreas").findValuesAsString("slug")).contains("zhongguancun");
		assertThat(beijing.get("companies").findValuesAsString("slug")).contains("lenovo");
		assertThat(beijing.get("institutions").findValuesAsString("slug")).contains("tsinghua-university");

		JsonNode figure = null;
		for (JsonNode f : beijing.get("figures")) {
			if ("over 2,400".equals(ApiClient.text(f, "valueAsWritten"))) {
				figure = f;
			}
		}
		assertThat(figure).as("Beijing's registered AI companies").isNotNull();
		assertThat(figure.get("qualifier").asString()).isEqualTo("over");
		assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("2400");
		// The seed's "Registered AI companies" counts what AI companies counts.
		assertThat(figure.get("indicator").get("code").asString()).isEqualTo("ai-companies");
		assertThat(figure.get("quote").asString()).contains("over 2,400 registered AI companies");
		assertThat(figure.get("when").asString()).startsWith("date not stated");
		assertThat(figure.get("source").get("title").asString()).isNotBlank();
		assertThat(figure.get("about").get("slug").asString()).isEqualTo("beijing");

		// The dispute flags are the ones the database holds for the figure.
		long id = figure.get("id").asLong();
		List<String> disputes = this.jdbc.queryForList(
				"select d.slug from dispute_link l join dispute d on d.id = l.dispute_id where l.figure_id = ? "
						+ "order by d.slug",
				String.class, id);
		assertThat(figure.get("disputed").asBoolean()).isEqualTo(!disputes.isEmpty());
		assertThat(figure.get("disputes").findValuesAsString("slug")).containsExactlyInAnyOrderElementsOf(disputes);
		assertThat(disputes).isNotEmpty();
		// Every source the profile cites is listed with it.
		assertThat(beijing.get("sources").findValuesAsString("api"))
			.contains("/api/sources/" + figure.get("source").get("id").asLong());
	}

	@Test
	void oneOfEachKindAndTheRankingAndTheComparison() throws Exception {
		assertThat(this.api.get("/api/companies/deepseek")
			.json()
			.get("company")
			.get("headquarters")
			.get("slug")
			.asString()).isEqualTo("hangzhou");
		assertThat(this.api.get("/api/institutions/tsinghua-university")
			.json()
			.get("institution")
			.get("hub")
			.get("slug")
			.asString()).isEqualTo("beijing");
		String incentive = this.jdbc.queryForObject("select min(slug) from incentive", String.class);
		assertThat(this.api.get("/api/incentives/" + incentive).json().get("incentive").get("slug").asString())
			.isEqualTo(incentive);
		assertThat(this.api.get("/api/sources/1").json().get("source").get("id").asLong()).isEqualTo(1);
		String dispute = this.jdbc.queryForObject("select min(slug) from dispute", String.class);
		assertThat(this.api.get("/api/disputes/" + dispute).json().get("affects")).isNotEmpty();

		JsonNode ranking = this.api.get("/api/indicators/ai-companies").json();
		JsonNode ranked = ranking.get("groups").get(0);
		assertThat(ranked.get("ranked").asBoolean()).isTrue();
		assertThat(ranked.get("entries").get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(ranked.get("entries").get(0).get("figure").get("source").get("title").asString()).isNotBlank();

		JsonNode comparison = this.api.get("/api/compare?cities=beijing,guizhou").json();
		JsonNode row = comparison.get("figures").get(0);
		assertThat(row.get("values")).hasSize(2);
		// Each row names its indicator in both languages, as every record does.
		assertThat(row.get("name").asString()).isNotBlank();
		assertThat(row.get("nameZh").asString()).isNotBlank();
		assertThat(row.has("unitZh")).isTrue();
		for (JsonNode value : row.get("values")) {
			if (!value.isNull()) {
				assertThat(value.get("source").get("api").asString()).startsWith("/api/sources/");
				assertThat(value.has("qualifier") && value.has("disputed") && value.has("when")).isTrue();
			}
		}
	}

	@Test
	void searchFindsEveryKindAndPagesOneKind() throws Exception {
		JsonNode all = this.api.get("/api/search?q=hangzhou").json();
		assertThat(all.get("total").asLong()).isPositive();
		assertThat(all.get("groups").findValuesAsString("kind")).contains("hubs", "companies");
		String companies = null;
		for (JsonNode group : all.get("groups")) {
			if ("companies".equals(group.get("kind").asString())) {
				companies = group.get("all").asString();
			}
		}
		ApiClient.Answer page = this.api.get(companies);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("items").findValuesAsString("kind")).containsOnly("companies");
		assertThat(page.json().get("items").findValuesAsString("title")).contains("DeepSeek");
		ApiClient.Answer wrongKind = this.api.get("/api/search/planets?q=x");
		assertThat(wrongKind.status()).isEqualTo(400);
		assertThat(wrongKind.json().get("parameter").asString()).isEqualTo("type");
	}

	@Test
	void mistakesAreProblemDocumentsNeverPages() throws Exception {
		Map<String, Integer> cases = Map.of("/api/hubs/atlantis", 404, "/api/companies/nobody", 404,
				"/api/nothing/here", 404, "/api/sources/abc", 400, "/api/companies?kind=giant", 400,
				"/api/incentives?level=galactic", 400, "/api/compare?cities=beijing", 400,
				"/api/compare?cities=beijing,atlantis", 404, "/api/indicators/no-such-indicator", 404);
		for (Map.Entry<String, Integer> c : cases.entrySet()) {
			ApiClient.Answer answer = this.api.get(c.getKey());
			assertThat(answer.status()).as(c.getKey()).isEqualTo(c.getValue());
			assertThat(answer.contentType()).as(c.getKey()).startsWith("application/problem+json");
			assertThat(answer.json().get("status").asInt()).isEqualTo(c.getValue());
			assertThat(answer.json().get("detail").asString()).as(c.getKey()).isNotBlank().doesNotContain("Exception");
		}
		assertThat(this.api.get("/api/hubs/atlantis").json().get("detail").asString())
			.isEqualTo("There is no hub 'atlantis'.");
		assertThat(this.api.get("/api/companies?kind=giant").json().get("parameter").asString()).isEqualTo("kind");
		assertThat(this.api.get("/api/compare?cities=beijing").json().get("parameter").asString()).isEqualTo("cities");
		assertThat(this.api.get("/api/compare?cities=beijing,atlantis").json().get("detail").asString())
			.isEqualTo("There is no hub 'atlantis'.");
		assertThat(this.api.get("/api/compare?cities=atlantis,lemuria").json().get("detail").asString())
			.isEqualTo("There are no hubs 'atlantis', 'lemuria'.");
		// In Chinese where Chinese is asked for, as the guide says.
		assertThat(this.api.get("/api/hubs/atlantis?lang=zh-Hans").json().get("detail").asString())
			.isEqualTo("没有名为“atlantis”的枢纽。");
		assertThat(this.api.get("/api/companies?kind=giant&lang=zh-Hans").json().get("detail").asString())
			.contains("参数");
		// A client that takes only HTML is told the API answers in JSON, in JSON.
		ApiClient.Answer html = this.api.get("/api/hubs", "Accept", "text/html");
		assertThat(html.status()).isEqualTo(406);
		assertThat(html.json().get("detail").asString()).contains("JSON only");
		// Read-only: writing is a 405 problem, not a CSRF refusal.
		ApiClient.Answer post = this.api.send("/api/hubs", "POST");
		assertThat(post.status()).isEqualTo(405);
		assertThat(post.json().get("detail").asString()).contains("read-only");
	}

	@Test
	void inTheLanguageAskedForNeverTheSitesCookieEnglishByDefault() throws Exception {
		String path = "/api/indicators/ai-companies";
		ApiClient.Answer cookieOnly = this.api.get(path, "Cookie", "hubatlas-lang=zh-Hans");
		assertThat(cookieOnly.header("Content-Language")).isEqualTo("en");
		assertThat(cookieOnly.json().get("groups").get(0).get("title").asString()).startsWith("Reported values");
		assertThat(cookieOnly.json().get("indicator").get("unitZh").asString()).isEqualTo("家");
		for (String[] chinese : new String[][] { { "?lang=zh-Hans" }, { "", "Accept-Language", "zh-CN" } }) {
			String[] headers = Arrays.copyOfRange(chinese, 1, chinese.length);
			ApiClient.Answer answer = this.api.get(path + chinese[0], headers);
			assertThat(answer.header("Content-Language")).isEqualTo("zh-Hans");
			assertThat(answer.json().get("groups").get(0).get("title").asString()).startsWith("报道值");
			assertThat(answer.json().get("indicator").get("name").asString()).isEqualTo("AI companies");
		}
		ApiClient.Answer french = this.api.get(path + "?lang=fr");
		assertThat(french.status()).isEqualTo(400);
		assertThat(french.json().get("detail").asString()).contains("'lang'", "zh-Hans");
	}

	@Test
	void openToOtherSitesForReading() throws Exception {
		ApiClient.Answer answer = this.api.get("/api/hubs/hangzhou", "Origin", "https://research.example", "Cookie",
				"hubatlas-lang=zh-Hans", "Accept-Language", "zh-CN");
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(answer.header("Access-Control-Expose-Headers")).contains("Link", "ETag", "Retry-After");
		assertThat(answer.header("Set-Cookie")).isNull();
		assertThat(answer.json().get("figures").get(0).get("about").get("name").asString()).isEqualTo("Hangzhou");

		ApiClient.Answer preflight = this.api.send("/api/hubs", "OPTIONS", "Origin", "https://research.example",
				"Access-Control-Request-Method", "GET");
		assertThat(preflight.status()).isEqualTo(204);
		assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
		assertThat(this.api.get("/api/hubs").header("RateLimit-Limit")).isNotNull();
	}

	@Test
	void aListPageCostsAFixedNumberOfStatementsWhateverItsSize(@Autowired EntityManagerFactory emf) throws Exception {
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		// A page of two and a page of a hundred (or all there are): the same statements,
		// give or take one per kind of record the items name (hubs, companies, ...),
		// and never one per item.
		for (String list : LISTS) {
			statistics.clear();
			this.api.get(list + "?size=2&page=2");
			long two = statistics.getPrepareStatementCount();
			statistics.clear();
			this.api.get(list + "?size=100");
			long hundred = statistics.getPrepareStatementCount();
			assertThat(hundred).as(list).isBetween(two - 1, two + 3).isLessThanOrEqualTo(8);
		}
	}

	// A client that knows only the API's address rebuilds the whole dataset by paging
	// through every list, and what it rebuilds is what the database holds: every hub,
	// company, institution, incentive, source, figure, statement and dispute, with the
	// ties between them.

	private static final String ABOUT = """
			case when x.city_id is not null then 'hub:' || (select slug from city where id = x.city_id)
			     when x.company_id is not null then 'company:' || (select slug from company where id = x.company_id)
			     when x.university_id is not null then 'institution:' || (select slug from university where id = x.university_id)
			     when x.incentive_id is not null then 'incentive:' || (select slug from incentive where id = x.incentive_id)
			     else 'national:' end""";

	@Test
	void everyRecordAndTieComesBackFromTheApiAlone() throws Exception {
		ApiClient api = new ApiClient(this.port);
		List<Integer> pageSizes = new ArrayList<>();

		Map<String, String> hubs = new TreeMap<>();
		for (JsonNode h : api.all("/api/hubs?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			hubs.put(h.get("slug").asString(), row(text(h, "name"), text(h, "nameZh"), text(h, "level"),
					(h.get("parent").isNull()) ? null : text(h.get("parent"), "slug")));
		}
		assertThat(hubs).isEqualTo(rows("""
				select c.slug, c.name, c.name_zh, lower(replace(c.level, '_', '-')), p.slug
				from city c left join city p on p.id = c.parent_id"""));

		Map<String, String> companies = new TreeMap<>();
		for (JsonNode c : api.all("/api/companies?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			TreeSet<String> presentIn = new TreeSet<>();
			c.get("presentIn").forEach((p) -> presentIn.add(text(p.get("hub"), "slug")));
			TreeSet<String> sectors = new TreeSet<>();
			c.get("sectors").forEach((s) -> sectors.add(s.asString()));
			companies.put(c.get("slug").asString(),
					row(text(c, "name"), text(c, "kind"),
							c.get("headquarters").isNull() ? null : text(c.get("headquarters"), "slug"),
							String.join(",", presentIn), String.join(",", sectors)));
		}
		assertThat(companies).isEqualTo(rows("""
				select c.slug, c.name, lower(replace(c.kind, '_', '-')), h.slug,
				  coalesce((select listagg(pc.slug, ',') within group (order by pc.slug) from company_presence p
				    join city pc on pc.id = p.city_id where p.company_id = c.id), ''),
				  coalesce((select listagg(s.sector, ',') within group (order by s.sector) from company_sector s
				    where s.company_id = c.id), '')
				from company c left join city h on h.id = c.hq_city_id"""));

		Map<String, String> institutions = new TreeMap<>();
		for (JsonNode u : api.all("/api/institutions?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			institutions.put(u.get("slug").asString(),
					row(text(u, "name"), text(u, "kind"), u.get("hub").isNull() ? null : text(u.get("hub"), "slug")));
		}
		assertThat(institutions).isEqualTo(rows("""
				select u.slug, u.name, lower(replace(u.kind, '_', '-')), c.slug
				from university u left join city c on c.id = u.city_id"""));

		Map<String, String> incentives = new TreeMap<>();
		for (JsonNode i : api.all("/api/incentives?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			TreeSet<String> places = new TreeSet<>();
			i.get("hubs").forEach((h) -> places.add(text(h, "slug")));
			incentives.put(i.get("slug").asString(),
					row(text(i, "title"), text(i, "amountAsWritten"), String.join(",", places)));
		}
		assertThat(incentives).isEqualTo(rows("""
				select i.slug, i.title, i.amount_as_written,
				  coalesce((select listagg(c.slug, ',') within group (order by c.slug) from incentive_city ic
				    join city c on c.id = ic.city_id where ic.incentive_id = i.id), '')
				from incentive i"""));

		Map<String, String> sources = new TreeMap<>();
		for (JsonNode s : api.all("/api/sources?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			sources.put(s.get("id").asString(), row(text(s, "title"), text(s, "publisher"), text(s, "url")));
		}
		assertThat(sources).isEqualTo(rows("select cast(id as varchar), title, publisher, url from source"));

		Map<String, String> figures = new TreeMap<>();
		for (JsonNode f : api.all("/api/figures?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			JsonNode about = f.get("about");
			figures.put(f.get("id").asString(),
					row(text(about, "kind") + ":" + ((about.get("slug").isNull()) ? "" : text(about, "slug")),
							text(f.get("indicator"), "code"), text(f, "valueAsWritten"), text(f, "qualifier"),
							text(f, "asOfYear"), text(f, "targetYear"), text(f, "quote"), text(f.get("source"), "id"),
							String.valueOf(f.get("disputes").size())));
		}
		assertThat(figures).isEqualTo(rows("select cast(x.id as varchar), " + ABOUT + """
				, i.code, x.value_as_written, lower(replace(x.qualifier, '_', '-')),
				  cast(x.as_of_year as varchar), cast(x.target_year as varchar), x.quote,
				  cast(x.source_id as varchar),
				  cast((select count(distinct l.dispute_id) from dispute_link l where l.figure_id = x.id) as varchar)
				from figure x join indicator i on i.id = x.indicator_id"""));

		Map<String, String> statements = new TreeMap<>();
		for (JsonNode s : api.all("/api/statements?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			JsonNode about = s.get("about");
			statements.put(s.get("id").asString(),
					row(text(about, "kind") + ":" + ((about.get("slug").isNull()) ? "" : text(about, "slug")),
							text(s, "quote"), text(s, "paraphrase"), text(s.get("source"), "id")));
		}
		assertThat(statements).isEqualTo(rows("select cast(x.id as varchar), " + ABOUT + """
				, x.quote, x.paraphrase, cast(x.source_id as varchar) from statement x"""));

		Map<String, String> disputes = new TreeMap<>();
		for (JsonNode d : api.all("/api/disputes?size=50", (p) -> pageSizes.add(p.json().get("items").size()))) {
			disputes.put(d.get("slug").asString(),
					row(text(d, "title"), text(d, "severity"),
							d.get("source").isNull() ? null : text(d.get("source"), "id"),
							String.valueOf(d.get("affects").size())));
		}
		assertThat(disputes).isEqualTo(rows("""
				select d.slug, d.title, lower(replace(d.severity, '_', '-')), cast(d.source_id as varchar),
				  cast((select count(*) from dispute_link l where l.dispute_id = d.id) as varchar)
				from dispute d"""));

		// Nothing came in one piece larger than a page.
		assertThat(pageSizes).allMatch((size) -> size <= 50);
		assertThat(figures).as("more than one page of figures").hasSizeGreaterThan(50);
	}

	private static String text(JsonNode node, String field) {
		return ApiClient.text(node, field);
	}

	private static String row(String... values) {
		return String.join(" | ", Arrays.stream(values).map(String::valueOf).toList());
	}

	/** First column as the key, the others as one row. */
	private Map<String, String> rows(String sql) {
		Map<String, String> rows = new TreeMap<>();
		this.jdbc.query(sql, (rs) -> {
			int columns = rs.getMetaData().getColumnCount();
			String[] values = new String[columns - 1];
			for (int i = 2; i <= columns; i++) {
				values[i - 2] = rs.getString(i);
			}
			rows.put(rs.getString(1), row(values));
		});
		return rows;
	}

	// The OpenAPI 3.1 document describes every endpoint of the API (read from the
	// application's own request mappings, so a new endpoint without a description fails
	// here), every list's paging, and real answers match the schemas it gives them: no
	// field the document does not name, no field of the wrong type.

	@Test
	void theDocumentIsOpenApi31AndListsEveryEndpoint() {
		assertThat(this.document.get("openapi").asString()).startsWith("3.1");
		assertThat(this.document.get("servers").get(0).get("url").asString()).as("never the request's host")
			.isEqualTo("/");
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.stream()
				// The root only leads to the guide or to this document.
				.filter((p) -> p.startsWith("/api/") && !p.equals("/api/"))
				.forEach(served::add));
		Set<String> documented = new TreeSet<>(this.document.get("paths").propertyNames());
		assertThat(served).hasSizeGreaterThanOrEqualTo(19);
		assertThat(documented).isEqualTo(served);
		for (String path : documented) {
			JsonNode get = this.document.get("paths").get(path).get("get");
			assertThat(get).as(path).isNotNull();
			assertThat(get.get("summary").asString()).as(path).isNotBlank();
			assertThat(get.get("responses").has("200")).as(path).isTrue();
			assertThat(get.get("responses").has("400")).as(path + " documents its problem answers").isTrue();
		}
	}

	@Test
	void everyListDocumentsItsPagingAndLinkHeader() {
		List<String> lists = new ArrayList<>();
		this.document.get("paths").properties().forEach((entry) -> {
			JsonNode get = entry.getValue().get("get");
			JsonNode ok = get.get("responses").get("200").get("content").get("application/json").get("schema");
			if (ok.has("$ref") && ok.get("$ref").asString().startsWith("#/components/schemas/ApiList")) {
				lists.add(entry.getKey());
				List<String> parameters = get.get("parameters").findValuesAsString("name");
				assertThat(parameters).as(entry.getKey()).contains("page");
				if (!entry.getKey().startsWith("/api/search/")) {
					assertThat(parameters).as(entry.getKey()).contains("size");
				}
				assertThat(get.get("responses").get("200").get("headers").has("Link")).as(entry.getKey()).isTrue();
			}
		});
		assertThat(lists).containsAll(LISTS).contains("/api/search/{type}");
	}

	@Test
	void realAnswersMatchTheirSchemas() throws Exception {
		check("/api/hubs?size=5", "/api/hubs");
		check("/api/hubs/beijing", "/api/hubs/{slug}");
		check("/api/hubs/hangzhou", "/api/hubs/{slug}");
		check("/api/companies?size=30", "/api/companies");
		check("/api/companies/deepseek", "/api/companies/{slug}");
		check("/api/institutions?size=30", "/api/institutions");
		check("/api/incentives?size=30", "/api/incentives");
		check("/api/sources/1", "/api/sources/{id}");
		check("/api/figures?size=100", "/api/figures");
		check("/api/statements?size=100", "/api/statements");
		check("/api/disputes?size=100", "/api/disputes");
		check("/api/indicators/ai-companies", "/api/indicators/{code}");
		check("/api/compare?cities=beijing,hangzhou,guizhou", "/api/compare");
		check("/api/search?q=hangzhou", "/api/search");
		check("/api/search/companies?q=hangzhou", "/api/search/{type}");
		// Errors match the problem schema too.
		ApiClient.Answer problem = this.api.get("/api/companies?size=0");
		List<String> errors = new ArrayList<>();
		validate(problem.json(), schemaOf("/api/companies", "400", "application/problem+json"), "$", errors);
		assertThat(errors).isEmpty();
	}

	/** The validator itself catches an undocumented field and a wrong type. */
	@Test
	void theValidatorCatchesDrift() throws Exception {
		JsonNode hub = this.api.get("/api/hubs/beijing").json();
		JsonNode schema = schemaOf("/api/hubs/{slug}", "200", "application/json");
		((tools.jackson.databind.node.ObjectNode) hub.get("hub")).put("secret", "x");
		((tools.jackson.databind.node.ObjectNode) hub.get("figures").get(0)).put("id", "not a number");
		List<String> errors = new ArrayList<>();
		validate(hub, schema, "$", errors);
		assertThat(errors).anyMatch((e) -> e.contains("$.hub.secret")).anyMatch((e) -> e.contains("$.figures[0].id"));
	}

	private void check(String url, String path) throws Exception {
		ApiClient.Answer answer = this.api.get(url);
		assertThat(answer.status()).as(url).isEqualTo(200);
		List<String> errors = new ArrayList<>();
		validate(answer.json(), schemaOf(path, "200", "application/json"), "$", errors);
		assertThat(errors).as(url).isEmpty();
	}

	private JsonNode schemaOf(String path, String status, String type) {
		return this.document.get("paths")
			.get(path)
			.get("get")
			.get("responses")
			.get(status)
			.get("content")
			.get(type)
			.get("schema");
	}

	private JsonNode resolve(JsonNode schema) {
		while (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			schema = this.document.get("components").get("schemas").get(name);
		}
		return schema;
	}

	/**
	 * A small JSON Schema check of what the API uses: objects (every field named by the
	 * schema, required ones present), arrays, strings, integers, numbers, booleans, $ref.
	 * A null is accepted where a field is not required (the records' nullable fields).
	 */
	private void validate(JsonNode value, JsonNode schema, String at, List<String> errors) {
		schema = resolve(schema);
		if (value == null || value.isNull()) {
			return;
		}
		Set<String> types = new TreeSet<>();
		JsonNode type = schema.get("type");
		if (type != null) {
			if (type.isArray()) {
				type.forEach((t) -> types.add(t.asString()));
			}
			else {
				types.add(type.asString());
			}
		}
		if (types.contains("object") || schema.has("properties")) {
			if (!value.isObject()) {
				errors.add(at + " should be an object");
				return;
			}
			JsonNode properties = schema.get("properties");
			for (String field : value.propertyNames()) {
				if (properties == null || !properties.has(field)) {
					if (!schema.has("additionalProperties")) {
						errors.add(at + "." + field + " is not in the schema");
					}
					continue;
				}
				validate(value.get(field), properties.get(field), at + "." + field, errors);
			}
			if (schema.has("required")) {
				schema.get("required").forEach((r) -> {
					if (!value.has(r.asString())) {
						errors.add(at + "." + r.asString() + " is required");
					}
				});
			}
			return;
		}
		if (types.contains("array")) {
			if (!value.isArray()) {
				errors.add(at + " should be an array");
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				validate(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
			}
			return;
		}
		if (types.contains("string") && !value.isString()) {
			errors.add(at + " should be a string");
		}
		if (types.contains("integer") && !value.isIntegralNumber()) {
			errors.add(at + " should be an integer");
		}
		if (types.contains("number") && !value.isNumber()) {
			errors.add(at + " should be a number");
		}
		if (types.contains("boolean") && !value.isBoolean()) {
			errors.add(at + " should be true or false");
		}
	}

	// The whole dataset as one data pack: every hub and figure, importable again
	// unchanged.
	@Test
	void theDatasetIsOnePackThatImportsBackWithoutAnyChange() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/data/hub-atlas-pack.yaml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("hub-atlas-pack.yaml");
		byte[] pack = response.getContentAsByteArray();
		Map<String, List<Map<String, Object>>> parsed = new Yaml().load(new String(pack, StandardCharsets.UTF_8));
		assertThat(parsed.get("hubs")).hasSize(countOf("select count(*) from city"));
		assertThat(parsed.get("indicators")).hasSize(countOf("select count(*) from indicator"));
		Map<String, Object> meta = new Yaml()
			.<Map<String, Map<String, Object>>>load(new String(pack, StandardCharsets.UTF_8))
			.get("meta");
		int notCarried = ((List<?>) meta.getOrDefault("not_carried", List.of())).size();
		assertThat(parsed.get("entries"))
			.hasSize(countOf("select count(*) from figure where city_id is not null") - notCarried);
		// Only seed-article figures dated without a year stay out, and the pack lists
		// them.
		assertThat(notCarried).isLessThanOrEqualTo(countOf("select count(*) from figure where seed_ref is not null"));
		assertThat(parsed.get("entries")).anySatisfy((entry) -> assertThat(entry).containsEntry("hub", "beijing")
			.containsKeys("quote", "source", "value_as_written", "as_of"));
		// Both languages travel: each hub's summaries, and the Chinese of the records the
		// pack does not otherwise carry.
		assertThat(parsed.get("hubs")).allSatisfy((hub) -> assertThat(hub).containsKeys("summary", "summary_zh"));
		assertThat(parsed.get("translations")).anySatisfy((row) -> assertThat(row).containsEntry("record", "dispute")
			.containsKeys("key", "title_zh", "issue_zh"));
		assertThat(parsed.get("translations")).anySatisfy(
				(row) -> assertThat(row).containsEntry("record", "indicator").containsKeys("unit_zh", "definition_zh"));

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

	/**
	 * One hub's pack holds that hub after the hub it is part of, its figures and only the
	 * indicators they use, and imports back without a change; an unknown hub is a 404.
	 */
	@Test
	void oneHubsPackHoldsItsFiguresAndImportsBackWithoutAnyChange() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/data/hub-atlas-pack.yaml").param("hub", "zhongguancun"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("hub-atlas-pack-zhongguancun.yaml");
		byte[] pack = response.getContentAsByteArray();
		Map<String, List<Map<String, Object>>> parsed = new Yaml().load(new String(pack, StandardCharsets.UTF_8));
		assertThat(parsed.get("hubs")).extracting((hub) -> hub.get("slug")).containsExactly("beijing", "zhongguancun");
		assertThat(parsed.get("entries")).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry).containsEntry("hub", "zhongguancun"));
		assertThat(parsed.get("indicators")).extracting((indicator) -> indicator.get("key"))
			.containsExactlyInAnyOrderElementsOf(
					parsed.get("entries").stream().map((entry) -> entry.get("indicator")).distinct().toList());
		PackReport report = this.importer.preview("hub-atlas-pack-zhongguancun.yaml", pack);
		assertThat(report.refused()).isEmpty();
		assertThat(report.count(PlanRow.Outcome.CREATE)).isZero();
		assertThat(report.count(PlanRow.Outcome.CHANGE)).isZero();

		this.mvc
			.perform(get("/data/hub-atlas-pack.yaml").param("hub", "atlantis")
				.accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private int countOf(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
