package org.hubatlas.backup;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin downloads all data, the data changes or is wiped, and restoring the file gives
 * back every record of every table exactly, history and ids included. It has a database
 * of its own, since it replaces all data.
 */
@SpringBootTest(properties = { "hubatlas.admin.username=chief", "hubatlas.admin.password=correct-horse-battery",
		"hubatlas.test-context=backup" })
@AutoConfigureMockMvc
class BackupRoundTripTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aDownloadedBackupRestoresEveryRecordAfterChangesAndIntoAnEmptyDatabase() throws Exception {
		// Some history of our own first, so that it is in the picture too.
		this.mvc
			.perform(admin(post("/admin/sources")).param("slug", "backup-test-source")
				.param("title", "Backup test \u5317\u4eac \uD83D\uDE80 \"quoted\"")
				.param("publishedLabel", "2026")
				.param("datePrecision", "YEAR"))
			.andExpect(status().is3xxRedirection());
		Map<String, List<Map<String, Object>>> before = everyTable();
		assertThat(before.get("revision")).isNotEmpty();
		assertThat(before.get("figure")).isNotEmpty();

		byte[] file = download();

		// Changes after the backup: an edit and a deletion.
		this.jdbc.update("update city set name = 'Changed' where slug = 'beijing'");
		this.jdbc.update("delete from source where slug = 'backup-test-source'");
		assertThat(everyTable()).isNotEqualTo(before);
		restore(file).andExpect(redirectedUrl("/admin/backup"));
		assertThat(everyTable()).isEqualTo(before);

		// Into an empty database: every table emptied, then the file.
		wipe();
		assertThat(this.jdbc.queryForObject("select count(*) from city", Integer.class)).isZero();
		restore(file).andExpect(redirectedUrl("/admin/backup"));
		assertThat(everyTable()).isEqualTo(before);

		// New records get new ids after a restore, and the pages read the restored data.
		this.mvc
			.perform(admin(post("/admin/sources")).param("slug", "after-restore")
				.param("title", "After restore")
				.param("publishedLabel", "2026")
				.param("datePrecision", "YEAR"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cities/beijing")).andExpect(status().isOk()).andExpect(says("Beijing"));
	}

	/**
	 * After a restore, a new record never takes the id of one deleted before the backup
	 * was made: its history would read as the new record's.
	 */
	@Test
	void aNewRecordAfterARestoreTakesNoDeletedRecordsId() throws Exception {
		long deleted = createSource("deleted-before-backup", "Deleted before the backup");
		this.mvc.perform(admin(post("/admin/sources/" + deleted + "/delete")))
			.andExpect(redirectedUrl("/admin/sources"));
		byte[] file = download();
		restore(file).andExpect(redirectedUrl("/admin/backup"));
		assertThat(createSource("made-after-restore", "Made after the restore")).isGreaterThan(deleted);
	}

	@Test
	void aBrokenFileChangesNothingAndSaysWhy() throws Exception {
		Map<String, List<Map<String, Object>>> before = everyTable();
		byte[] file = download();
		String text = new String(file, StandardCharsets.UTF_8);

		restore(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(says("it is not valid JSON"));
		// The first hub twice: the database refuses it half-way through, and nothing is
		// left changed.
		String duplicateHub = text
			.replaceFirst("(\"name\":\"city\",\"columns\":\\[[^\\]]*\\],\"rows\":\\[)(\\[[^\\]]*\\])", "$1$2,$2");
		assertThat(duplicateHub).isNotEqualTo(text);
		restore(duplicateHub.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(says("The database refused the backup, so nothing was changed"))
			// In words the admin reads, not the database's own.
			.andExpect(content().string(not(containsString("PRIMARY KEY"))));
		restore("{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8))
			.andExpect(says("not a backup of this portal"));
		// In the admin's language, every part of it.
		this.mvc
			.perform(admin(multipart("/admin/backup/restore").file(new MockMultipartFile("file", "backup.json",
					"application/json", "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8))))
				.param("confirm", "yes")
				.header("Accept-Language", "zh-CN"))
			.andExpect(says("该文件不是本门户的备份"))
			.andExpect(content().string(not(containsString("not a backup"))));
		// A file of the right format that holds no table, or every table without a row,
		// would empty the portal.
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode noTables = (ObjectNode) json.readTree(file);
		noTables.putArray("tables");
		restore(json.writeValueAsBytes(noTables)).andExpect(says("so it is not a whole backup"))
			.andExpect(says("Nothing was changed."));
		ObjectNode noRows = (ObjectNode) json.readTree(file);
		noRows.path("tables").forEach((table) -> ((ObjectNode) table).putArray("rows"));
		restore(json.writeValueAsBytes(noRows)).andExpect(says("restoring it would empty the portal"));
		// The history alone, every table of the data emptied: no hub is no portal.
		ObjectNode historyOnly = (ObjectNode) json.readTree(file);
		historyOnly.path("tables").forEach((table) -> {
			if (!"revision".equals(table.path("name").asString(""))) {
				((ObjectNode) table).putArray("rows");
			}
		});
		restore(json.writeValueAsBytes(historyOnly)).andExpect(says("The backup holds no hub"));
		this.mvc
			.perform(admin(multipart("/admin/backup/restore")
				.file(new MockMultipartFile("file", "b.json", "application/json", file))))
			.andExpect(says("Tick the box to confirm"));
		assertThat(everyTable()).isEqualTo(before);
	}

	/** An admin's new source, by the form; its id. */
	private long createSource(String slug, String title) throws Exception {
		this.mvc
			.perform(admin(post("/admin/sources")).param("slug", slug)
				.param("title", title)
				.param("publishedLabel", "2026")
				.param("datePrecision", "YEAR"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from source where slug = ?", Long.class, slug);
	}

	private byte[] download() throws Exception {
		return this.mvc.perform(admin(get("/admin/backup/download")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private ResultActions restore(byte[] file) throws Exception {
		return this.mvc.perform(admin(multipart("/admin/backup/restore")
			.file(new MockMultipartFile("file", "backup.json", "application/json", file))
			.param("confirm", "yes")));
	}

	private static ResultMatcher says(String text) {
		return content().string(containsString(text));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(user("chief").roles("ADMIN")).with(csrf());
	}

	/** Every row of every data table, by table, in id order. */
	private Map<String, List<Map<String, Object>>> everyTable() {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String table : dataTables()) {
			tables.put(table, this.jdbc.queryForList("select * from \"" + table.toUpperCase() + "\" order by 1"));
		}
		return tables;
	}

	private List<String> dataTables() {
		return this.jdbc
			.queryForList("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC' "
					+ "and table_type = 'BASE TABLE' and lower(table_name) not in ('flyway_schema_history', 'admin_user', 'data_version', "
					+ "'sign_in_failure', 'spring_session', 'spring_session_attributes') " + "order by 1",
					String.class);
	}

	private void wipe() {
		this.jdbc.execute("set referential_integrity false");
		try {
			dataTables().forEach((t) -> this.jdbc.execute("delete from \"" + t.toUpperCase() + "\""));
		}
		finally {
			this.jdbc.execute("set referential_integrity true");
		}
	}

}
