package org.hubatlas.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the data packs shipped in the application (classpath:packs/, in name order) on
 * start, each once: like Flyway for the schema, a pack whose checksum is recorded is not
 * applied again. A fresh database and an upgraded one both end up with every shipped
 * pack, through the same code an admin's upload uses. Runs once the application's beans
 * exist and before the server takes requests, so that no visitor sees a half-loaded pack.
 */
@Component
class ShippedPacks implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ShippedPacks.class);

	private final PackImporter importer;

	ShippedPacks(PackImporter importer) {
		this.importer = importer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			applyShippedPacks();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the shipped data packs", ex);
		}
	}

	private void applyShippedPacks() throws IOException {
		Resource[] packs = new PathMatchingResourcePatternResolver().getResources("classpath:packs/*.yaml");
		Arrays.sort(packs, Comparator.comparing(Resource::getFilename));
		boolean applied = false;
		for (Resource pack : packs) {
			byte[] bytes;
			try (InputStream in = pack.getInputStream()) {
				bytes = in.readAllBytes();
			}
			if (this.importer.wasApplied(bytes)) {
				continue;
			}
			PackReport report = this.importer.apply(pack.getFilename(), bytes);
			applied = true;
			log.info("Applied data pack {}: {} created, {} changed, {} unchanged, {} refused", report.name(),
					report.count(PlanRow.Outcome.CREATE), report.count(PlanRow.Outcome.CHANGE),
					report.count(PlanRow.Outcome.UNCHANGED), report.count(PlanRow.Outcome.REFUSED));
			report.refused()
				.forEach((row) -> log.info("  refused (line {}): {} {}: {}", row.line(), row.kind(), row.label(),
						row.reason()));
		}
		// What an earlier version took in from the shipped packs and should not have.
		this.importer.retractQuotesFromOtherPages()
			.forEach((statement) -> log.info("Removed a statement citing a quote to the wrong source: {}", statement));
		// Repeats come only from packs an earlier version applied: looked for when packs
		// changed, not on every start.
		if (applied) {
			this.importer.removeRepeatedFigures()
				.forEach((figure) -> log.info("Removed a figure two data packs gave twice: {}", figure));
		}
	}

}
