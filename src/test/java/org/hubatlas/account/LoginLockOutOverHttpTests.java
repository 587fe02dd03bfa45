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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in lock-out over real HTTP, where a client can write the path as it likes:
 * after five failures the right password is refused at "/login" and at "/%6cogin" alike.
 */
@EditingTest
class LoginLockOutOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private LoginThrottle throttle;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void forgetTheFailures() {
		// Other tests in this context sign in from this machine.
		this.throttle.recordSuccess("127.0.0.1");
	}

	/**
	 * Signs in through the given raw path; answers where the server sends the browser.
	 */
	private String signIn(String rawPath, String password) throws Exception {
		return signIn(rawPath, password, null);
	}

	private String signIn(String rawPath, String password, String forwardedFor) throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		String cookie = page.headers().firstValue("Set-Cookie").map((c) -> c.substring(0, c.indexOf(';'))).orElse("");
		String form = "username=" + EditingTest.ADMIN + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + rawPath))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (!cookie.isEmpty()) {
			post.header("Cookie", cookie);
		}
		if (forwardedFor != null) {
			post.header("X-Forwarded-For", forwardedFor);
		}
		HttpResponse<String> response = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers().firstValue("Location").orElse(String.valueOf(response.statusCode()));
	}

	@Test
	void anEncodedSignInPathCannotWalkAroundTheLockOut() throws Exception {
		assertThat(signIn("/%6cogin", "wrong-password")).endsWith("/login?error");
		for (int i = 0; i < 4; i++) {
			assertThat(signIn("/login", "wrong-password")).endsWith("/login?error");
		}
		assertThat(signIn("/login", EditingTest.PASSWORD)).endsWith("/login?locked");
		assertThat(signIn("/%6cogin", EditingTest.PASSWORD)).endsWith("/login?locked");
		assertThat(signIn("/l%6fgin", EditingTest.PASSWORD)).endsWith("/login?locked");
	}

	/**
	 * A client cannot name its own address: X-Forwarded-For counts only from configured
	 * proxies, and none is configured here.
	 */
	@Test
	void aForgedForwardedAddressCannotWalkAroundTheLockOut() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("/login", "wrong-password", "203.0.113." + i)).endsWith("/login?error");
		}
		assertThat(signIn("/login", EditingTest.PASSWORD, "198.51.100.7")).endsWith("/login?locked");
	}

}
