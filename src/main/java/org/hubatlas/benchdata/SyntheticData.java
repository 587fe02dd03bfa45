package org.hubatlas.benchdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hubatlas.common.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark data only, never in a real database: with
 * {@code hubatlas.synthetic-data.scale=N} (bench/run.sh --large uses 1) it adds N times
 * 1,000 hubs, 50,000 companies, 10,000 institutions, 20,000 incentives and 200,000
 * figures (with 100 sources), every one named "Synthetic …" and described as benchmark
 * data, so that no reader can take them for facts. Added once: a database that has them
 * is left as it is.
 */
@Component
@Order(100)
class SyntheticData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

	private static final String NOTE = "Synthetic benchmark data: not a real record.";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DataVersion dataVersion;

	private final int scale;

	SyntheticData(JdbcTemplate jdbc, TransactionTemplate transaction, DataVersion dataVersion,
			@Value("${hubatlas.synthetic-data.scale:0}") int scale) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.dataVersion = dataVersion;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Decided when the application runs, not by a condition on the bean: conditions
		// are settled at build time for the ahead-of-time processed jar.
		if (this.scale <= 0) {
			return;
		}
		Integer present = this.jdbc.queryForObject("select count(*) from city where slug like 'synthetic-hub-%'",
				Integer.class);
		if (present != null && present > 0) {
			return;
		}
		long start = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> add());
		log.warn("Added synthetic benchmark data (scale {}) in {} s.", this.scale,
				(System.nanoTime() - start) / 1_000_000_000);
	}

	private void add() {
		Random random = new Random(42);
		int hubs = 1_000 * this.scale;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			rows.add(new Object[] { "synthetic-source-" + i, "Synthetic source " + i + " (benchmark data)",
					"Synthetic publisher", "2026", "YEAR", NOTE });
		}
		this.jdbc.batchUpdate("insert into source (slug, title, publisher, published_label, date_precision, "
				+ "completeness_note) values (?, ?, ?, ?, ?, ?)", rows);
		List<Long> sources = this.jdbc.queryForList("select id from source where slug like 'synthetic-source-%'",
				Long.class);

		rows.clear();
		for (int i = 1; i <= hubs; i++) {
			rows.add(new Object[] { "synthetic-hub-" + i, "Synthetic hub " + i, "PREFECTURE_CITY", "Synthetic province",
					NOTE, BigDecimal.valueOf(22 + random.nextDouble() * 18).setScale(4, java.math.RoundingMode.HALF_UP),
					BigDecimal.valueOf(100 + random.nextDouble() * 20).setScale(4, java.math.RoundingMode.HALF_UP) });
		}
		this.jdbc.batchUpdate("insert into city (slug, name, level, province, summary, latitude, longitude) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", rows);
		List<Long> cities = this.jdbc.queryForList("select id from city where slug like 'synthetic-hub-%'", Long.class);

		insert("insert into company (slug, name, kind, hq_city_id, summary) values (?, ?, ?, ?, ?)",
				50_000 * this.scale, (i) -> new Object[] { "synthetic-company-" + i, "Synthetic company " + i,
						"STARTUP", pick(cities, random), NOTE });
		insert("insert into university (slug, name, kind, city_id, summary) values (?, ?, ?, ?, ?)",
				10_000 * this.scale, (i) -> new Object[] { "synthetic-institution-" + i, "Synthetic institution " + i,
						"UNIVERSITY", pick(cities, random), NOTE });
		insert("insert into incentive (slug, title, level, kind, summary) values (?, ?, ?, ?, ?)", 20_000 * this.scale,
				(i) -> new Object[] { "synthetic-incentive-" + i, "Synthetic incentive " + i, "MUNICIPAL", "SUBSIDY",
						NOTE });
		this.jdbc.update("insert into incentive_city (incentive_id, city_id) select i.id, c.id from incentive i "
				+ "join city c on c.slug = concat('synthetic-hub-', 1 + mod(i.id, " + hubs + ")) "
				+ "where i.slug like 'synthetic-incentive-%'");

		List<Long> indicators = this.jdbc.queryForList("select id from indicator order by id", Long.class);
		insert("insert into figure (city_id, indicator_id, value_numeric, value_as_written, qualifier, figure_kind, "
				+ "as_of_label, as_of_year, source_id, quote) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				200_000 * this.scale, (i) -> {
					int value = random.nextInt(100_000);
					int year = 2015 + random.nextInt(11);
					return new Object[] { pick(cities, random), pick(indicators, random), BigDecimal.valueOf(value),
							value + " (synthetic)", "NONE", "ACTUAL", String.valueOf(year), year, pick(sources, random),
							"Synthetic quote for benchmarking; not a real figure." };
				});
		this.dataVersion.changed();
	}

	private void insert(String sql, int count, java.util.function.IntFunction<Object[]> row) {
		List<Object[]> batch = new ArrayList<>(5_000);
		for (int i = 1; i <= count; i++) {
			batch.add(row.apply(i));
			if (batch.size() == 5_000) {
				this.jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate(sql, batch);
		}
	}

	private static Long pick(List<Long> ids, Random random) {
		return ids.get(random.nextInt(ids.size()));
	}

}
