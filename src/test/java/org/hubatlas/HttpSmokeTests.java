package org.hubatlas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application over real HTTP on a random port, error pages included. */
@SiteTest
class HttpSmokeTests {

	@Autowired
	private RestTestClient client;

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
			.value((body) -> assertThat(body).contains("Bad request", "is not a valid id").doesNotContain("Exception"));
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

	@LocalServerPort
	private int port;

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

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aBrokenPercentEncodingIsABadRequestWithNoErrorInTheLog(CapturedOutput output) throws Exception {
		// Written on a socket: Java's own HTTP clients refuse to send a broken encoding,
		// browsers and scripts do not.
		String response;
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("GET /cities?level=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
						+ "Connection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String login = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(token.find()).isTrue();
		String encoded = java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
		// Anonymous posts to an admin form: the CSRF check comes first (403), then the
		// sign-in (302 to /login).
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
		assertThat(inBody.statusCode()).isEqualTo(302);
		assertThat(inBody.headers().firstValue("Location")).hasValue("/login");
	}

	private String raw(String request) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
