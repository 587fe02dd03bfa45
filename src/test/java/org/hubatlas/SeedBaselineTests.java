package org.hubatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V2 (the seed data) is the frozen baseline: Flyway has applied it to existing databases,
 * which would refuse to start if it changed. These tests fail when V2 changes, or when
 * its inputs change so that it no longer matches them.
 */
class SeedBaselineTests {

	/** The checksum of the V2 every database has applied; it never changes. */
	private static final String FROZEN_V2 = "76bb6ebe9d334a0d17df59caef6627554b60a8a6c4f800a29144774ddd16e353";

	private static final Path V2 = Path.of("src/main/resources/db/migration/V2__seed_data.sql");

	@Test
	void theSeedMigrationIsTheFrozenBaseline() throws Exception {
		assertThat(sha256(V2)).as("V2 is frozen: put content changes in a new migration or a data pack")
			.isEqualTo(FROZEN_V2);
	}

	@Test
	void theSeedMigrationStillMatchesItsInputs() throws Exception {
		List<String> manifest = Files.readAllLines(Path.of("src/seed/baseline.sha256"));
		assertThat(manifest).hasSize(4).anyMatch((line) -> line.endsWith(V2.toString()));
		for (String line : manifest) {
			String expected = line.substring(0, 64);
			Path file = Path.of(line.substring(66));
			assertThat(sha256(file))
				.as(file + " changed since V2 was generated from it: V2 is frozen, so content "
						+ "changes go in a new migration or a data pack; put the file back")
				.isEqualTo(expected);
		}
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
