package org.hubatlas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.hubatlas.backup.DatabaseBackup;
import org.hubatlas.search.SearchExpectations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production runs on PostgreSQL: the same migrations, entity mappings and pages against a
 * real PostgreSQL 17 (binaries from Maven Central), so that SQL only H2 accepts cannot
 * slip in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresTests {

	private static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrationsLoadTheSeedDataOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
		// Nine hubs from the seed migration, fifteen more from the shipped data pack,
		// applied on start.
		assertThat(this.jdbc.queryForObject("select count(*) from city", Integer.class)).isEqualTo(24);
		assertThat(this.jdbc.queryForObject("select count(*) from figure where seed_ref is not null", Integer.class))
			.isEqualTo(10);
		// Every pack shipped under classpath:packs, each applied once.
		assertThat(this.jdbc.queryForObject("select count(*) from data_pack", Integer.class)).isEqualTo(shippedPacks());
		// Only the comparables pack's nine further quotes from pages it does not give.
		assertThat(this.jdbc.queryForObject("select sum(refused) from data_pack", Integer.class)).isEqualTo(9);
	}

	@Test
	void searchFindsTheSameOnPostgres() throws Exception {
		SearchExpectations.assertFirstResults(this.mvc);
	}

	@Test
	void pagesAndAdminEditsWorkOnPostgres() throws Exception {
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("over 2,400")));
		this.mvc.perform(get("/compare").param("cities", "shanghai,guizhou")).andExpect(status().isOk());
		// Lists and downloads sorted by name whatever its case, sources by their full
		// date.
		for (String page : List.of("/", "/sources", "/companies", "/companies.csv", "/universities",
				"/universities.csv", "/incentives", "/incentives.csv", "/cities/hangzhou")) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/companies").param("sort", "updated").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/companies").param("q", "deep").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DeepSeek")));
		// A figure search that names a hub, with the LIKE escape PostgreSQL reads too.
		this.mvc.perform(get("/admin/figures").param("q", "beijing_%").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/figures").param("q", "北京").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beijing")));
		// A statement search names companies and hubs too.
		this.mvc.perform(get("/admin/statements").param("q", "rajah_%").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/statements").param("q", "Rajah").with(user("pg").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("knowing one&#39;s strengths")));
		long id = this.jdbc.queryForObject("select id from company where slug = 'deepseek'", Long.class);
		long version = this.jdbc.queryForObject("select version from company where id = ?", Long.class, id);
		int revisionsBefore = this.jdbc.queryForObject(
				"select count(*) from revision where entity_id = ? and entity_type = 'company'", Integer.class, id);
		this.mvc
			.perform(post("/admin/companies/" + id).with(user("pg").roles("ADMIN"))
				.with(csrf())
				.param("name", "DeepSeek")
				.param("slug", "deepseek")
				.param("kind", "STARTUP")
				.param("summary", "Edited on PostgreSQL")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select summary from company where id = ?", String.class, id))
			.isEqualTo("Edited on PostgreSQL");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where entity_id = ? and entity_type = 'company'", Integer.class, id))
			.isEqualTo(revisionsBefore + 1);
		long beijing = this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class);
		this.mvc.perform(post("/admin/cities/" + beijing + "/delete").with(user("pg").roles("ADMIN")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(">Zhongguancun</a>")));
	}

	@Autowired
	private DatabaseBackup backup;

	@Test
	void aBackupRestoresEveryRecordOnPostgres() {
		Supplier<Map<String, Object>> picture = () -> Map.of("cities",
				this.jdbc.queryForList("select * from city order by id"), "figures",
				this.jdbc.queryForList("select * from figure order by id"), "revisions",
				this.jdbc.queryForList("select * from revision order by id"), "packs",
				this.jdbc.queryForList("select * from data_pack order by id"));
		Map<String, Object> before = picture.get();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		this.backup.write(file);
		this.jdbc.update("update city set name = 'Changed' where slug = 'beijing'");
		this.jdbc.update("delete from figure where id = (select max(id) from figure)");
		this.backup.restore(new ByteArrayInputStream(file.toByteArray()));
		assertThat(picture.get()).isEqualTo(before);
		// The ids go on after the restored ones: a new record does not collide.
		long highest = this.jdbc.queryForObject("select max(id) from source", Long.class);
		long next = this.jdbc.queryForObject(
				"insert into source (slug, title, published_label, date_precision) values ('pg-after', 'x', '2026', 'YEAR') returning id",
				Long.class);
		assertThat(next).isGreaterThan(highest);
	}

	private static int shippedPacks() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath:packs/*.yaml").length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
