package org.hubatlas.api;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data API over real HTTP, as another site would use it: paged lists with Link
 * headers, figures with their sources and dispute flags as the pages show them, problem
 * documents for every mistake, CORS for reading, English whatever the language cookie,
 * and a fixed number of SQL statements per list page whatever its size.
 */
@SiteTest
class OpenDataApiTests {

	static final List<String> LISTS = List.of("/api/hubs", "/api/companies", "/api/institutions", "/api/incentives",
			"/api/sources", "/api/figures", "/api/statements", "/api/disputes", "/api/indicators");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

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
			assertThat(refused.json().get("detail").asString()).contains("must be a whole number");
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
				"/api/indicators/no-such-indicator", 404);
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
	void openToOtherSitesForReadingAndAlwaysInEnglish() throws Exception {
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

}
