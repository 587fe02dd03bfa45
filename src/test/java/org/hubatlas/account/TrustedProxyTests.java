package org.hubatlas.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a configured proxy the client's address is the one the proxy forwards: the
 * sign-in throttle counts failures per real client, not per proxy (which would lock
 * everyone out together).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hubatlas.admin.username=" + EditingTest.ADMIN,
				"hubatlas.admin.password=" + EditingTest.PASSWORD, "hubatlas.trusted-proxies=127\\.0\\.0\\.1",
				"hubatlas.test-context=proxy" })
class TrustedProxyTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String signIn(String password, String client) throws Exception {
		HttpResponse<String> page = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("X-Forwarded-For", client)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		String cookie = page.headers().firstValue("Set-Cookie").map((c) -> c.substring(0, c.indexOf(';'))).orElse("");
		String form = "username=" + EditingTest.ADMIN + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (!cookie.isEmpty()) {
			post.header("Cookie", cookie);
		}
		return this.http.send(post.build(), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("Location")
			.orElse("");
	}

	@Test
	void theLockOutCountsTheForwardedClientNotTheProxy() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("wrong-password", "203.0.113.9")).endsWith("/login?error");
		}
		assertThat(signIn(EditingTest.PASSWORD, "203.0.113.9")).endsWith("/login?locked");
		// Another client behind the same proxy is not locked out.
		assertThat(signIn(EditingTest.PASSWORD, "198.51.100.20")).doesNotContain("/login");
	}

}
