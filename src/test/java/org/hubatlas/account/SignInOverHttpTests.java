package org.hubatlas.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.support.EditingTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.hubatlas.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the admin area over real HTTP, as a browser or a script does it: the
 * lock-out after repeated failures holds however the client writes the path or names its
 * address, and one account holds at most ten signed-in sessions, the oldest ending first.
 */
@EditingTest
class SignInOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private SessionCap cap;

	@Autowired
	private UniversityRepository universities;

	@Autowired
	private WebApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void forgetTheFailures() {
		// Other tests in this context sign in from this machine.
		this.throttle.recordSuccess("127.0.0.1");
	}

	// The sign-in lock-out over real HTTP, where a client can write the path as it likes:
	// after five failures the right password is refused at "/login" and at "/%6cogin"
	// alike.

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

	// One admin account holds at most ten signed-in sessions, kept in the database:
	// signing in an eleventh time ends the oldest.

	/** A browser of its own (cookie jar), signed in. */
	private HttpClient signedInBrowser() throws Exception {
		return signedInBrowser(new CookieManager());
	}

	private HttpClient signedInBrowser(CookieManager cookies) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(cookies)
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

	/** Ending an account's sessions (its admin removed) signs out every browser of it. */
	@Test
	void endingAnAccountsSessionsSignsOutEachOfItsBrowsers() throws Exception {
		List<HttpClient> browsers = List.of(signedInBrowser(), signedInBrowser());
		assertThat(dashboard(browsers.get(1))).isEqualTo(200);
		this.cap.endAll(EditingTest.ADMIN);
		assertThat(this.cap.count(EditingTest.ADMIN)).isZero();
		for (HttpClient browser : browsers) {
			assertThat(dashboard(browser)).as("sent to sign in").isEqualTo(302);
		}
	}

	/**
	 * A changed password signs out the account's other browsers (opened with the old
	 * one), not the one that changed it.
	 */
	@Test
	void changingThePasswordEndsTheAccountsOtherSessions() throws Exception {
		HttpClient mine = signedInBrowser();
		HttpClient other = signedInBrowser();
		String changed = "another-password-for-a-while";
		changePassword(mine, EditingTest.PASSWORD, changed);
		try {
			assertThat(dashboard(other)).as("sent to sign in").isEqualTo(302);
			assertThat(dashboard(mine)).isEqualTo(200);
		}
		finally {
			changePassword(mine, changed, EditingTest.PASSWORD);
		}
	}

	/**
	 * An address that only takes a form, opened by an editor (a restore link typed or
	 * bookmarked): Boot's error page answers it, in the admin's layout, saying what such
	 * an address is; a reader's wrong method keeps the site's layout.
	 */
	@Test
	void anAdminAddressThatOnlyTakesAFormSaysSoInTheAdminsLayout() throws Exception {
		HttpResponse<String> opened = signedInBrowser().send(
				HttpRequest.newBuilder(url("/admin/companies/1/restore/1")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).isEqualTo(405);
		Document page = Jsoup.parse(opened.body());
		assertThat(page.select("h1").text()).isEqualTo("Not taken at this address");
		assertThat(page.select("main .lead").text()).contains("go back to the page with the form");
		assertThat(page.select(".brand").text()).contains("Hub Atlas admin");
		assertThat(page.select("main a[href=/admin]")).isNotEmpty();
		HttpResponse<String> reader = this.http.send(
				HttpRequest.newBuilder(url("/admin/companies/1/restore/1")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(reader.statusCode()).as("sent to sign in first").isEqualTo(302);
	}

	private void changePassword(HttpClient browser, String from, String to) throws Exception {
		String page = browser
			.send(HttpRequest.newBuilder(url("/admin/account")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> changed = browser.send(HttpRequest.newBuilder(url("/admin/account"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("currentPassword=" + from + "&newPassword=" + to
					+ "&confirmPassword=" + to + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(changed.headers().firstValue("Location")).hasValue("/admin/account");
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	// A save posted after the session ended is not lost: the sign-in page it gets keeps
	// the input, also through a failed sign-in, and signing in opens the form with it.

	@Test
	void aSaveAfterTheSessionEndedKeepsTheInputThroughSignInToItsForm() throws Exception {
		// MockMvc's csrf() in other classes of this shared context swaps its CSRF store
		// for
		// one in the session, which an ended session takes with it; production keeps the
		// token in a cookie, as this test needs.
		WebTestUtils.setCsrfTokenRepository(
				new MockHttpServletRequest(this.context.getServletContext(), "POST", "/admin/universities"),
				new CookieCsrfTokenRepository());
		CookieManager cookies = new CookieManager();
		HttpClient browser = signedInBrowser(cookies);
		HttpResponse<String> created = post(browser, "/admin/universities",
				Map.of("slug", "held-input-institute", "name", "Held Input Institute", "kind", "UNIVERSITY", "summary",
						"First words.", "_csrf", hidden(get(browser, "/admin/universities/new"), "_csrf")));
		String edit = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1));
		String page = get(browser, edit);
		Map<String, String> save = new LinkedHashMap<>(Map.of("slug", "held-input-institute", "name",
				"Held Input Institute", "kind", "UNIVERSITY", "summary", "Words typed at length & kept <over> sign-in.",
				"version", hidden(page, "version"), "loaded", hidden(page, "loaded"), "_csrf", hidden(page, "_csrf")));
		// The session ends: the browser holds no session cookie any more.
		cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.toList()
			.forEach((cookie) -> cookies.getCookieStore().remove(null, cookie));

		HttpResponse<String> signedOut = post(browser, edit, save);
		assertThat(signedOut.statusCode()).isEqualTo(401);
		assertThat(signedOut.body()).contains("Sign in to save your changes")
			.contains("name=\"held.summary\" value=\"Words typed at length &amp; kept &lt;over&gt; sign-in.\"")
			.doesNotContain("name=\"held._csrf\"");
		assertThat(this.universities.findById(id).orElseThrow().getSummary()).isEqualTo("First words.");

		Map<String, String> signIn = new LinkedHashMap<>(carried(signedOut.body()));
		signIn.put("username", EditingTest.ADMIN);
		signIn.put("password", "wrong-password");
		HttpResponse<String> failed = post(browser, "/login", signIn);
		assertThat(failed.statusCode()).isEqualTo(401);
		assertThat(failed.body()).contains("Wrong username or password.")
			.contains("name=\"username\" type=\"text\" autocomplete=\"username\" required value=\"" + EditingTest.ADMIN
					+ "\"")
			.contains("name=\"held.summary\" value=\"Words typed at length &amp; kept &lt;over&gt; sign-in.\"");

		signIn = new LinkedHashMap<>(carried(failed.body()));
		signIn.put("username", EditingTest.ADMIN);
		signIn.put("password", EditingTest.PASSWORD);
		assertThat(post(browser, "/login", signIn).headers().firstValue("Location")).hasValue(edit);
		String form = get(browser, edit);
		assertThat(form).contains("Your input is back on the form, not yet saved")
			.contains(">Words typed at length &amp; kept &lt;over&gt; sign-in.</textarea>");
		assertThat(hidden(form, "version")).isEqualTo(save.get("version"));

		save.put("_csrf", hidden(form, "_csrf"));
		assertThat(post(browser, edit, save).headers().firstValue("Location")).hasValue(edit);
		assertThat(this.universities.findById(id).orElseThrow().getSummary())
			.isEqualTo("Words typed at length & kept <over> sign-in.");
		assertThat(get(browser, edit)).doesNotContain("Your input is back on the form");
	}

	private String get(HttpClient browser, String path) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return browser.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The value of a page's field. */
	private static String hidden(String page, String name) {
		Matcher field = Pattern.compile("<input [^>]*name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
			.matcher(page);
		assertThat(field.find()).as(name).isTrue();
		return HtmlUtils.htmlUnescape(field.group(1));
	}

	/** The hidden fields of a page: its token and the input its sign-in carries. */
	private static Map<String, String> carried(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher field = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
		while (field.find()) {
			fields.put(field.group(1), HtmlUtils.htmlUnescape(field.group(2)));
		}
		return fields;
	}

}
