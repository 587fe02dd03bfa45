package org.hubatlas;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hubatlas.support.SiteTest;
import org.hubatlas.web.SiteLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application over real HTTP on a random port, error pages included; every
 * public list, ranking and comparison as CSV; and what a shared link, a browser tab and a
 * printed page show of the site.
 */
@SiteTest
class HttpSmokeTests {

	@Autowired
	private RestTestClient client;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	// The whole application over real HTTP on a random port, error pages included.

	@Test
	void servesTheCityProfileWithItsStylesheet() {
		this.client.get()
			.uri("/cities/hangzhou")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Hangzhou", "杭州", "DeepSeek")
				.containsPattern("/css/site-[0-9a-f]{32}\\.css"));
		this.client.get().uri("/css/site.css").exchange().expectStatus().isOk();
	}

	@Test
	void unknownAddressGetsThe404PageNotAWhitelabel() {
		this.client.get()
			.uri("/no/such/page")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Page not found", "Hub Atlas", "href=\"/cities\"")
				.doesNotContain("Whitelabel", "Exception"));
	}

	@Test
	void malformedIdGetsThe400Page() {
		this.client.get()
			.uri("/sources/not-a-number")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Bad request", "is not a valid record number")
				.doesNotContain("Exception"));
	}

	@Test
	void aFormPostWithoutItsTokenGetsTheNotAllowedPage() {
		this.client.post()
			.uri("/admin/companies/1")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Not allowed", "Nothing was saved.", "href=\"/login\""));
	}

	/**
	 * Over real HTTP, in the read-only context: there MockMvc's CSRF helper (which swaps
	 * the token store for the rest of a run) is never used, so the server behaves as in
	 * production.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/cities/beijing", "/admin", "/admin/companies" })
	void visitorsWhoDoNotSignInGetNoSession(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + url)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().allValues("Set-Cookie")).as(url)
			.noneMatch((c) -> c.startsWith("JSESSIONID") || c.startsWith("SESSION="));
	}

	@Test
	void theErrorPathAskedForDirectlyIsAPageNotFoundNotAServerError() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/error"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("999");
	}

	/**
	 * An API page's Link header repeats the address for four pages: an address as long as
	 * the server takes still gets its page, not a 500 for headers too large to send.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLongestAddressTheServerTakesGetsItsPageWithItsLinks(CapturedOutput output) throws Exception {
		String address = "/api/companies?page=1&note=" + "a".repeat(7_000);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + address)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Link")).hasValueSatisfying(
				(link) -> assertThat(link).contains("rel=\"first\"", "rel=\"last\"").hasSizeGreaterThan(14_000));
		assertThat(output.getOut() + output.getErr()).doesNotContain("HeadersTooLargeException");
	}

	@Test
	void anAddressLongerThanTheServerTakesIsABadRequestThatSaysSo() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cities?q=" + "a".repeat(9_000)))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Bad request", "longer than the server takes");
	}

	@Test
	void aQueryOfMoreParametersThanTheServerTakesIsABadRequestThatSaysSo() throws Exception {
		String query = String.join("&", Collections.nCopies(1_500, "x=1"));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cities?" + query))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("more parameters than any page here takes");
	}

	/**
	 * Tomcat reads an upload's parts before the application: a form of more parts than it
	 * takes is refused there, and the page says so, at the address that was asked for.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anUploadOfMorePartsThanAnyFormSendsSaysSo(CapturedOutput output) throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			body.append("--edge\r\nContent-Disposition: form-data; name=\"field").append(i).append("\"\r\n\r\nx\r\n");
		}
		body.append("--edge--\r\n");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/imports/preview"))
				.header("Content-Type", "multipart/form-data; boundary=edge")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("more fields and files than any form here has", "/admin/imports/preview")
			.doesNotContain("percent-encoding", "/error<");
		assertThat(output.getOut() + output.getErr()).doesNotContain("ERROR");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aBrokenPercentEncodingIsABadRequestWithNoErrorInTheLog(CapturedOutput output) throws Exception {
		// Written on a socket: Java's own HTTP clients refuse to send a broken encoding,
		// browsers and scripts do not.
		String response;
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("GET /cities?level=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
						+ "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(response).startsWith("HTTP/1.1 400").contains("invalid percent-encoding");
		assertThat(output.getOut() + output.getErr()).doesNotContain("ERROR").doesNotContain("DecodeException");
	}

	@Test
	void anAddressTomcatCannotDecodeGetsASitePageWithTheSecurityHeaders() throws Exception {
		String response = raw("GET /cities/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin",
					"X-Frame-Options: DENY", "Content-Security-Policy: default-src 'none'")
			.contains("Bad request", "Hub Atlas", "invalid percent-encoding")
			.doesNotContain("HTTP Status 400", "Tomcat");
	}

	/**
	 * A query Tomcat cannot parse, asked of the API: the API's problem document, not the
	 * site's page nor Boot's own error body.
	 */
	@Test
	void anApiQueryThatCannotBeReadIsAProblemDocument() throws Exception {
		String response = raw("GET /api/companies?page=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/problem+json", "invalid percent-encoding",
					"\"instance\":\"/api/companies\"")
			.doesNotContain("timestamp");
	}

	@Test
	void aChineseReaderGetsThatPageInChinese() throws Exception {
		String response = raw("GET /cities/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + SiteLanguage.COOKIE
				+ "=zh-Hans\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("lang=\"zh-Hans\"", "无法读取该网址", "枢纽目录")
			.doesNotContain("could not be read");
	}

	@Test
	void pagesSayHowMuchOfTheirAddressToSendOnwards() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cities")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void aForgedHostHeaderIsNotEchoedIntoRedirects() throws Exception {
		String response = raw("GET /admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
	}

	@Test
	void theCsrfTokenCountsInTheFormBodyButNotInTheAddress() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String encoded = URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		// Anonymous posts to an admin form: the CSRF check comes first (403), then the
		// sign-in (401: the sign-in page that keeps the form's input).
		HttpResponse<String> inAddress = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/sources?_csrf=" + encoded))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("title=x"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inAddress.statusCode()).isEqualTo(403);
		HttpResponse<String> inBody = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/sources"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("title=x&_csrf=" + encoded))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inBody.statusCode()).isEqualTo(401);
		assertThat(inBody.body()).contains("name=\"held.title\" value=\"x\"");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	// Every public list, ranking and comparison as CSV, with the page's filters.

	private List<String> lines(String url) throws Exception {
		return lines(url, "en");
	}

	private List<String> lines(String url, String language) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).header("Accept-Language", language))
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

	/**
	 * The directory's download gives each headline figure as a number a spreadsheet can
	 * sort, with its bound, unit, kind and what it counts; the words as written beside it
	 * (Beijing's AI companies were only "mehr als 2.400 KI-Unternehmen").
	 */
	@Test
	void theDirectoryDownloadGivesHeadlineFiguresAsNumbersWithWhatTheyCount() throws Exception {
		List<String> lines = lines("/cities.csv");
		try (CSVParser csv = CSVParser.parse(String.join("\n", lines),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			CSVRecord beijing = csv.stream()
				.filter((row) -> row.get("Hub").equals("Beijing"))
				.findFirst()
				.orElseThrow();
			assertThat(new BigDecimal(beijing.get("AI companies: value (number)"))).isEqualByComparingTo("2400");
			assertThat(beijing.get("AI companies: qualifier (over, about…)")).isNotBlank();
			assertThat(beijing.get("AI companies: unit")).isEqualTo("companies");
			assertThat(beijing.get("AI companies: kind (actual, target, estimate)")).isEqualTo("Actual");
			assertThat(beijing.get("AI companies: counted as")).startsWith("AI companies");
			assertThat(beijing.get("AI companies (as written)")).contains("2.400");
			assertThat(beijing.get("National AI innovation pilot zone since (year)")).isEqualTo("2019");
		}
	}

	/**
	 * A download asked for in Chinese names hubs, sectors, standings and summaries in
	 * Chinese, as the page does, and gives an incentive's Chinese title beside its
	 * English one.
	 */
	@Test
	void aChineseDownloadSpeaksChineseWhereThePageDoes() throws Exception {
		List<String> companies = lines("/companies.csv", "zh-CN");
		assertThat(companies).anyMatch((line) -> line.startsWith("DeepSeek,深度求索,") && line.contains(",杭州,"));
		assertThat(companies).anyMatch((line) -> line.startsWith("AgiBot,智元机器人,") && line.contains(",机器人,"));
		assertThat(lines("/universities.csv", "zh-CN")).anyMatch((line) -> line.startsWith("Zhejiang University,浙江大学,"))
			.noneMatch((line) -> line.contains(",Hangzhou,"));
		List<String> incentives = lines("/incentives.csv", "zh-CN");
		assertThat(incentives.get(0)).startsWith("扶持政策,中文标题,");
		// A date not stated is an empty cell, not English words.
		assertThat(incentives).noneMatch((line) -> line.contains("not stated (source about 2025)"));
		assertThat(lines("/cities.csv", "zh-CN"))
			.anyMatch((line) -> line.startsWith("Zhongguancun,中关村,") && line.contains(",北京,"));
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
		// Whether each hub's figure is ranked, or why not, as the page says it per hub.
		List<String> three = lines("/compare.csv?cities=shenzhen,hangzhou,hefei");
		// No way of counting AI output ranks two of these three: each says how it counts,
		// Shenzhen by the way most hubs count (its whole industry), not its contribution
		// to Guangdong's.
		assertThat(three)
			.anyMatch((line) -> line.startsWith(
					"AI industry output,Shenzhen,深圳,3,\"counted as: Scale of the whole AI industry, related industries "
							+ "included\",false,false,exceeded 300 billion yuan,"))
			.anyMatch((line) -> line
				.startsWith("AI industry output,Hangzhou,杭州,3,counted as: Scale of the AI core industry,"))
			.anyMatch((line) -> line.startsWith("AI companies,Hefei,合肥,3,counted as: "))
			.anyMatch((line) -> line.startsWith("Computing power target,Hefei,合肥,2,no data,"))
			.anyMatch((line) -> line.startsWith("Companies named in our sources,Shenzhen,深圳,"))
			.noneMatch((line) -> line.startsWith("Companies,"));
		// Each hub says whether its own figure ranks: none is "no data", and hubs counted
		// in different ways each say how they count.
		List<String> counted = lines("/compare.csv?cities=shenzhen,hefei,guizhou");
		assertThat(counted).anyMatch((line) -> line.startsWith("AI companies,Guizhou,贵州,2,no data,"))
			.anyMatch((line) -> line.startsWith("AI companies,Shenzhen,深圳,2,counted as: AI companies"))
			.anyMatch((line) -> line.startsWith("AI companies,Hefei,合肥,2,counted as: AI-related enterprises"));
		// In Chinese the indicator, its unit and its definition are Chinese too.
		MockHttpServletResponse chinese = this.mvc
			.perform(get("/compare.csv").param("cities", "shenzhen,tianjin").header("Accept-Language", "zh-Hans"))
			.andReturn()
			.getResponse();
		assertThat(chinese.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines())
			.anyMatch((line) -> line.startsWith("人工智能产业规模,Shenzhen,深圳,2,是,"))
			.noneMatch((line) -> line.startsWith("AI industry output,"));
		// A slice is named with the count it is part of.
		assertThat(lines("/compare.csv?cities=shenzhen,hefei,guizhou"))
			.anyMatch((line) -> line
				.startsWith("\"Incentives and restrictions named in our sources, of which Subsidy\",Shenzhen,"))
			.noneMatch((line) -> line.contains("Companies named in our sources, of which Subsidy"));
		this.mvc.perform(get("/compare.csv")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare.csv").param("cities", "atlantis,beijing")).andExpect(status().isNotFound());
		this.mvc.perform(get("/indicators/no-such-indicator.csv")).andExpect(status().isNotFound());
	}

	// What a shared link, a browser tab and a printed page show of the site.

	@Test
	void pagesDescribeThemselvesForSharedLinks() throws Exception {
		this.mvc.perform(get("/cities/hangzhou"))
			.andExpect(content().string(allOf(containsString("<meta property=\"og:title\" content=\"Hangzhou\">"),
					containsString(
							"<meta property=\"og:description\" content=\"Best known as the headquarters of Alibaba"),
					containsString("<meta name=\"description\" content=\"Best known as the headquarters of Alibaba"))));
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou"))
			.andExpect(content().string(containsString(
					"<meta property=\"og:description\" content=\"Beijing, Hangzhou compared side by side")));
		this.mvc.perform(get("/companies/deepseek"))
			.andExpect(content().string(containsString("<meta property=\"og:title\" content=\"DeepSeek\">")));
		// No public address configured in tests: no absolute link built from the
		// request's Host.
		this.mvc.perform(get("/").header("Host", "evil.example"))
			.andExpect(content().string(allOf(not(containsString("evil.example")), not(containsString("og:url")))));
	}

	@Test
	void theSiteHasAFaviconAManifestAndAPrintStylesheet() throws Exception {
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age")));
		this.mvc.perform(get("/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"src\": \"/images/icon-512.png\"")));
		this.mvc.perform(get("/images/icon-512.png")).andExpect(status().isOk());
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"),
					containsString("media=\"print\""), containsString("class=\"print-note wrap\""))));
	}

}
