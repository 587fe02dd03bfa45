package org.hubatlas.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One admin account holds at most ten signed-in sessions, kept in the database: signing
 * in an eleventh time ends the oldest.
 */
@EditingTest
class SessionCapOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SessionCap cap;

	/** A browser of its own (cookie jar), signed in. */
	private HttpClient signedInBrowser() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + EditingTest.ADMIN + "&password="
					+ EditingTest.PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location")).hasValue("/admin");
		return browser;
	}

	private int dashboard(HttpClient browser) throws Exception {
		return browser.send(HttpRequest.newBuilder(url("/admin")).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void signingInBeyondTheCapEndsTheOldestSessionOfThatAccount() throws Exception {
		List<HttpClient> browsers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			browsers.add(signedInBrowser());
		}
		assertThat(dashboard(browsers.get(0))).isEqualTo(200);
		browsers.add(signedInBrowser());
		assertThat(dashboard(browsers.get(0))).as("the oldest session has ended").isEqualTo(302);
		assertThat(dashboard(browsers.get(1))).isEqualTo(200);
		assertThat(dashboard(browsers.get(10))).isEqualTo(200);
		assertThat(this.cap.count(EditingTest.ADMIN)).isEqualTo(10);
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
