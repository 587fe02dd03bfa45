package org.hubatlas;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL, as behind a load balancer, each with its
 * page cache on: a browser signed in through one keeps working through the other, an edit
 * saved through one is shown by the other at once, and failed sign-ins spread over both
 * lock the address out on both. Nothing a second instance needs lives in one instance's
 * memory.
 */
class TwoInstancesTests {

	private static final String ADMIN = "chief";

	private static final String PASSWORD = "correct-horse-battery";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		a = instance();
		b = instance();
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(HubAtlasApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--hubatlas.page-cache.enabled=true", "--hubatlas.admin.username=" + ADMIN,
				"--hubatlas.admin.password=" + PASSWORD, "--spring.jpa.properties.hibernate.generate_statistics=false",
				"--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stop() throws IOException {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static URI url(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** One browser: its cookies go to both instances, as through a load balancer. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(url(instance, path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String form)
			throws Exception {
		return this.browser.send(HttpRequest.newBuilder(url(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> signIn(ConfigurableApplicationContext instance, String password) throws Exception {
		String form = get(instance, "/login").body();
		return post(instance, "/login", "username=" + ADMIN + "&password=" + password + "&_csrf=" + csrf(form));
	}

	@Test
	void sessionsEditsAndTheLockOutAreSharedThroughTheDatabase() throws Exception {
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

		// Signed in through A, working through B.
		assertThat(signIn(a, PASSWORD).headers().firstValue("Location")).hasValue("/admin");
		assertThat(get(b, "/admin").statusCode()).isEqualTo(200);
		assertThat(get(b, "/admin").body()).contains(ADMIN);

		// B keeps the company's page; an edit saved through A is shown by B at once.
		assertThat(get(b, "/companies/deepseek").body()).doesNotContain("Edited through instance A");
		long id = jdbc.queryForObject("select id from company where slug = 'deepseek'", Long.class);
		long hangzhou = jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		String editPage = get(a, "/admin/companies/" + id).body();
		long version = jdbc.queryForObject("select version from company where id = ?", Long.class, id);
		HttpResponse<String> saved = post(a, "/admin/companies/" + id,
				"name=DeepSeek&slug=deepseek&kind=STARTUP&hqCityId=" + hangzhou
						+ "&summary=Edited+through+instance+A&version=" + version + "&_csrf=" + csrf(editPage));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(get(b, "/companies/deepseek").body()).contains("Edited through instance A");
		assertThat(get(b, "/api/companies/deepseek").body()).contains("Edited through instance A");
		// The saved-notice (a flash message in the session) is shown by whichever
		// instance the redirect lands on.
		assertThat(get(b, saved.headers().firstValue("Location").orElseThrow()).body()).contains("saved");

		// Signing out through B ends the session for A too.
		String dashboard = get(b, "/admin").body();
		post(b, "/logout", "_csrf=" + csrf(dashboard));
		assertThat(get(a, "/admin").statusCode()).isEqualTo(302);

		// Five failed sign-ins, spread over A and B, lock this address out on both.
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = signIn((i % 2 == 0) ? a : b, "wrong-" + i);
			assertThat(failed.headers().firstValue("Location")).hasValue("/login?error");
		}
		assertThat(signIn(a, PASSWORD).headers().firstValue("Location")).hasValue("/login?locked");
		assertThat(signIn(b, PASSWORD).headers().firstValue("Location")).hasValue("/login?locked");
	}

}
