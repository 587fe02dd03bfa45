package org.hubatlas.config;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped H2 URL writes every commit to the file before the save is answered, so an
 * answered save survives {@code kill -9} (H2's default delays the write by up to 500 ms;
 * bench/crash.sh shows the loss).
 */
class DurableCommitsTests {

	@Test
	void theShippedDatabaseUrlWritesEachCommitBeforeAnswering(@TempDir Path dataDir) throws Exception {
		Properties shipped = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			shipped.load(in);
		}
		String url = shipped.getProperty("spring.datasource.url")
			.replace("${hubatlas.data-dir}", dataDir.toAbsolutePath().toString());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rs = connection.createStatement()
					.executeQuery(
							"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("0");
		}
	}

}
