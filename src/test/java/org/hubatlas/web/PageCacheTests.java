package org.hubatlas.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.hubatlas.common.DataVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages kept per version of the data, over real HTTP: served again while the data's
 * version in the database stands still, rendered afresh the moment it moves (an admin
 * save here, or any instance's commit), revalidated by ETag, and with the security
 * headers every time. Static files under content-versioned URLs, cached for a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hubatlas.page-cache.enabled=true", "hubatlas.test-context=page-cache" })
@AutoConfigureMockMvc
class PageCacheTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aKeptPageIsSentUntilTheDataVersionMovesInTheDatabase() throws Exception {
		HttpResponse<String> first = get("/cities/guizhou");
		assertThat(first.body()).contains("Guizhou");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		// Written behind the application's back without raising the version: the kept
		// page is sent again.
		this.jdbc.update("update city set name = 'Guizhou Renamed' where slug = 'guizhou'");
		HttpResponse<String> kept = get("/cities/guizhou");
		assertThat(kept.body()).doesNotContain("Guizhou Renamed");
		assertThat(kept.headers().firstValue("ETag")).hasValue(etag);

		// Another instance commits a change: it raises the shared version, and this
		// instance renders afresh.
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		HttpResponse<String> fresh = get("/cities/guizhou");
		assertThat(fresh.body()).contains("Guizhou Renamed");
		assertThat(fresh.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));

		this.jdbc.update("update city set name = 'Guizhou' where slug = 'guizhou'");
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	@Test
	void eachLanguageHasItsOwnKeptPage() throws Exception {
		HttpResponse<String> english = get("/cities/shanghai", "Accept-Language", "en");
		HttpResponse<String> chinese = get("/cities/shanghai", "Cookie", SiteLanguage.COOKIE + "=zh-Hans");
		HttpResponse<String> englishAgain = get("/cities/shanghai");
		assertThat(english.body()).contains("<html lang=\"en\"");
		assertThat(chinese.body()).contains("<html lang=\"zh-Hans\"", "关键数字");
		assertThat(englishAgain.body()).isEqualTo(english.body());
		assertThat(chinese.headers().firstValue("ETag")).isNotEqualTo(english.headers().firstValue("ETag"));
		assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-Hans");
	}

	@Test
	void anAdminSaveIsShownAtOnceAndARepeatVisitCostsA304() throws Exception {
		HttpResponse<String> before = get("/companies/deepseek");
		String etag = before.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> repeat = get("/companies/deepseek", "If-None-Match", etag);
		assertThat(repeat.statusCode()).isEqualTo(304);
		assertThat(repeat.body()).isEmpty();

		long id = this.jdbc.queryForObject("select id from company where slug = 'deepseek'", Long.class);
		long version = this.jdbc.queryForObject("select version from company where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/companies/" + id).with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "DeepSeek")
				.param("slug", "deepseek")
				.param("kind", "STARTUP")
				.param("summary", "Summary saved through the admin form")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());

		HttpResponse<String> after = get("/companies/deepseek", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Summary saved through the admin form");
	}

	/**
	 * An admin page asked for by its address written another way ("/%61dmin", which the
	 * security chain reads as "/admin") is not kept: a visitor who is not signed in
	 * asking for it next is sent to sign in, not shown the admin's page.
	 */
	@Test
	void anAdminsPageAtAnEncodedAddressIsNeverSentToAnother() throws Exception {
		for (String path : List.of("/%61dmin", "/%61dmin/companies", "/%61dmin/backup/download")) {
			this.mvc.perform(MockMvcRequestBuilders.get(URI.create(path)).with(user("chief").roles("ADMIN")))
				.andExpect(status().isOk());
			HttpResponse<String> anonymous = get(path);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			assertThat(anonymous.body()).as(path).doesNotContain("hub-atlas-backup", "_csrf");
		}
	}

	@Test
	void aKeptPageCarriesTheSecurityHeadersAndNoCookie() throws Exception {
		get("/indicators");
		HttpResponse<String> kept = get("/indicators");
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(kept.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(kept.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(kept.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(kept.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("html"));
	}

	@Test
	void aKeptPageIsSentCompressedToClientsThatAcceptIt() throws Exception {
		get("/cities");
		HttpResponse<byte[]> zipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cities"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String body = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(body).contains("Beijing");
	}

	@Test
	void stylesheetsAreLinkedByContentAndCachedForAYearWithoutSessionOrCsrfHandling() throws Exception {
		String page = get("/").body();
		Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).as("a content-versioned stylesheet link").isTrue();
		HttpResponse<String> file = get(css.group(1));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("max-age=31536000"));
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(file.headers().allValues("Set-Cookie")).isEmpty();

		// Sent again from memory, ahead of the session and security filters: the same
		// bytes and the same headers, security headers included; compressed once.
		HttpResponse<String> again = get(css.group(1));
		assertThat(again.body()).isEqualTo(file.body());
		for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Cache-Control", "Content-Type")) {
			assertThat(again.headers().allValues(header)).as(header)
				.isEqualTo(file.headers().allValues(header))
				.isNotEmpty();
		}
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.staticFiles.getFilter().size()).isPositive();
		HttpResponse<byte[]> zipped = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + css.group(1)))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(file.body());

		// An address whose hash is not the file's is not found, and stays so.
		String wrong = css.group(1).replaceAll("[0-9a-f]{32}", "0".repeat(32));
		int kept = this.staticFiles.getFilter().size();
		assertThat(get(wrong).statusCode()).isEqualTo(404);
		assertThat(get(wrong).statusCode()).isEqualTo(404);
		assertThat(this.staticFiles.getFilter().size()).isEqualTo(kept);
	}

	@Autowired
	private FilterRegistrationBean<StaticFileCache> staticFiles;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void theVersionMovesOncePerCommittedTransactionAndNotOnRollback() {
		long before = this.dataVersion.current();
		this.transaction.executeWithoutResult((status) -> {
			this.dataVersion.changed();
			this.dataVersion.changed();
			this.dataVersion.changed();
		});
		assertThat(this.dataVersion.current()).isEqualTo(before + 1);
		this.transaction.executeWithoutResult((status) -> {
			this.dataVersion.changed();
			status.setRollbackOnly();
		});
		assertThat(this.dataVersion.current()).isEqualTo(before + 1);
	}

	@Test
	void apiAnswersCarryAnETagThatChangesWithTheData() throws Exception {
		HttpResponse<String> first = get("/api/hubs/guizhou");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = get("/api/hubs/guizhou", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(again.headers().allValues("Access-Control-Allow-Origin")).as("not repeated from the kept answer")
			.hasSize(1);

		String summary = this.jdbc.queryForObject("select summary from city where slug = 'guizhou'", String.class);
		this.jdbc.update("update city set summary = 'Changed for the API' where slug = 'guizhou'");
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		HttpResponse<String> changed = get("/api/hubs/guizhou", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Changed for the API");
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
		this.jdbc.update("update city set summary = ? where slug = 'guizhou'", summary);
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	@Test
	void searchPagesAreKeptExceptForReadersWhoGoStraightToAHub() throws Exception {
		HttpResponse<String> first = get("/search?q=guizhou");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/search?q=guizhou", "If-None-Match", etag).statusCode()).isEqualTo(304);

		// A reader who ticked "go straight to a hub" is sent to the hub, not the kept
		// page.
		HttpResponse<String> jumping = get("/search?q=Guizhou", "Cookie", "hubatlas-jump=yes");
		assertThat(jumping.statusCode()).isEqualTo(302);
		assertThat(jumping.headers().firstValue("Location")).hasValue("/cities/guizhou");

		// After a change the search is run again on the changed data.
		String summary = this.jdbc.queryForObject("select summary from city where slug = 'guizhou'", String.class);
		this.jdbc.update("update city set summary = 'Quetzalcoatl data centres' where slug = 'guizhou'");
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
		assertThat(get("/search?q=quetzalcoatl").body()).contains("Guizhou");
		this.jdbc.update("update city set summary = ? where slug = 'guizhou'", summary);
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

}
