package org.hubatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whole-application test contexts start on a copy of the database the first one in this
 * JVM built. Applying the migrations and the shipped packs (some 1,200 rows through the
 * admin's write path) is half of a context's start; replaying a script of the result
 * takes a fraction of a second. The first context on an empty H2 database migrates and
 * applies the packs as production does, and its database is scripted once the context is
 * refreshed, before the first admin is created or any test runs. Every later context on
 * an empty H2 database runs that script instead of the migrations and then finds its
 * shipped packs applied, as on a restart. PostgreSQL contexts migrate as usual.
 * <p>
 * Registered for whole-application contexts only, in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}
 * of the test resources; the JPA slices and web slices never load it.
 */
@AutoConfiguration
public class SeededDatabaseCopies {

	/** The script of the first seeded database in this JVM, once there is one. */
	private static volatile Path seeded;

	/** Whether this context's database was built by the migrations and packs. */
	private volatile DataSource builtHere;

	@Bean
	FlywayMigrationStrategy migrateOrCopyTheSeededDatabase() {
		return (flyway) -> {
			DataSource dataSource = flyway.getConfiguration().getDataSource();
			boolean emptyH2 = isEmptyH2(dataSource);
			Path script = seeded;
			if (emptyH2 && script != null) {
				execute(dataSource, "RUNSCRIPT FROM '" + script + "'");
				return;
			}
			flyway.migrate();
			if (emptyH2) {
				this.builtHere = dataSource;
			}
		};
	}

	/**
	 * Scripts the database this context built, once its beans (the shipped packs
	 * included) are ready and before the application runners (the first admin) and the
	 * tests.
	 */
	@EventListener
	void scriptTheFirstSeededDatabase(ContextRefreshedEvent event) {
		DataSource dataSource = this.builtHere;
		if (dataSource == null || seeded != null || !isOwnContext(event.getApplicationContext())) {
			return;
		}
		try {
			Path script = Files.createTempFile("hubatlas-seeded-", ".sql");
			script.toFile().deleteOnExit();
			execute(dataSource, "SCRIPT TO '" + script + "'");
			seeded = script;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean isOwnContext(ApplicationContext context) {
		return context.getBeanProvider(SeededDatabaseCopies.class).getIfAvailable() == this;
	}

	private static boolean isEmptyH2(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
				return false;
			}
			try (Statement statement = connection.createStatement();
					ResultSet tables = statement
						.executeQuery("select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
				return tables.next() && tables.getInt(1) == 0;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not look at the test database", ex);
		}
	}

	private static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not run " + sql, ex);
		}
	}

}
