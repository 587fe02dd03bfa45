package org.hubatlas.source;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureRepository;
import org.hubatlas.figure.Qualifier;
import org.hubatlas.statement.StatementRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed data as the real Flyway migrations load it, read through the JPA mappings. */
@DataJpaTest
class SeedDataTests {

	@Autowired
	private EntityManager em;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private FigureRepository figures;

	@Autowired
	private StatementRepository statements;

	private long count(String jpql) {
		return this.em.createQuery(jpql, Long.class).getSingleResult();
	}

	@Test
	void loadsAllHubsSourcesAndEntities() {
		assertThat(count("select count(c) from City c")).isEqualTo(9);
		assertThat(count("select count(s) from Source s")).isEqualTo(5);
		assertThat(count("select count(c) from Company c")).isEqualTo(21);
		assertThat(count("select count(u) from University u")).isEqualTo(9);
		assertThat(count("select count(i) from Incentive i")).isEqualTo(21);
		assertThat(count("select count(d) from Dispute d")).isEqualTo(24);
		assertThat(count("select count(f) from Figure f")).isEqualTo(10);
		assertThat(count("select count(c) from Statement c")).isGreaterThan(200);
	}

	@Test
	void subAreasPointAtTheirParentCities() {
		List<Object[]> rows = this.em
			.createQuery("select c.slug, c.parent.slug from City c where c.parent is not null order by c.slug",
					Object[].class)
			.getResultList();
		assertThat(rows).extracting((r) -> r[0] + ">" + r[1])
			.containsExactly("liangzhu>hangzhou", "zhongguancun>beijing");
	}

	@Test
	void chineseNamesAreStoredForEveryHub() {
		assertThat(this.em.createQuery("select c.nameZh from City c order by c.slug", String.class).getResultList())
			.containsExactly("北京", "广东", "贵州", "杭州", "内蒙古", "良渚", "上海", "深圳", "中关村");
	}

	@Test
	void companiesHaveTheirHeadquarters() {
		assertThat(this.em.createQuery("select c.hqCity.slug from Company c where c.slug = 'deepseek'", String.class)
			.getSingleResult()).isEqualTo("hangzhou");
		assertThat(this.em.createQuery("select c.hqCity.slug from Company c where c.slug = 'yi-plus'", String.class)
			.getSingleResult()).isEqualTo("zhongguancun");
	}

	@Test
	void everyFigureHasASourceAndAVerbatimQuoteContainingItsValue() {
		List<Figure> all = this.figures.findAll();
		assertThat(all).isNotEmpty().allSatisfy((f) -> {
			assertThat(f.getSource()).isNotNull();
			assertThat(f.getQuote()).isNotBlank();
			assertThat(f.getQuote()).contains(f.getValueAsWritten().replace("exceed ", ""));
		});
	}

	@Test
	void everyStatementHasASourceAndAQuote() {
		assertThat(this.statements.findAll()).allSatisfy((c) -> {
			assertThat(c.getSource()).isNotNull();
			assertThat(c.getQuote()).isNotBlank();
			assertThat(c.getParaphrase()).isNotBlank();
		});
	}

	@Test
	void beijingHasOver2400RegisteredAiCompaniesFromSeed003() {
		Figure figure = this.em
			.createQuery("select f from Figure f where f.indicator.code = 'registered-ai-companies'", Figure.class)
			.getSingleResult();
		assertThat(figure.getValueAsWritten()).isEqualTo("over 2,400");
		assertThat(figure.getQualifier()).isEqualTo(Qualifier.OVER);
		assertThat(figure.getSource().getSlug()).isEqualTo("seed-003");
		assertThat(figure.getSubject().getCityId())
			.isEqualTo(this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class));
	}

	@Test
	void highSeverityDisputesAreLinkedToTheAffectedHubs() {
		List<String> shenzhen = this.jdbc
			.queryForList("select d.slug from dispute d join dispute_link l on l.dispute_id = d.id "
					+ "join city c on c.id = l.city_id where c.slug = 'shenzhen' and d.severity = 'HIGH' order by d.slug",
					String.class);
		assertThat(shenzhen).containsExactly("003-1bn-subsidy-city", "003-waic-location");
		List<String> beijing = this.jdbc.queryForList(
				"select d.slug from dispute d join dispute_link l on l.dispute_id = d.id "
						+ "join city c on c.id = l.city_id where c.slug = 'beijing' and d.severity = 'HIGH'",
				String.class);
		assertThat(beijing).containsExactly("temporal-spread");
	}

	@Test
	void incidentalPageFurnitureIsNotLoaded() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from company where slug in ('openai', 'puck', 'reuters', 'scmp', 'ozy')",
				Integer.class))
			.isZero();
	}

	@Test
	void theDatabaseRefusesAFigureWithTwoSubjects() {
		assertThatThrownBy(
				() -> this.jdbc.update("insert into figure (city_id, company_id, indicator_id, value_as_written, "
						+ "qualifier, figure_kind, source_id, quote) values (1, 1, 1, '1', 'NONE', 'ACTUAL', 1, 'q')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesADanglingStatementSubject() {
		assertThatThrownBy(
				() -> this.jdbc.update("insert into statement (company_id, source_id, quote, paraphrase, nature) "
						+ "values (999999, 1, 'q', 'p', 'EDITORIAL')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/**
	 * The migration that takes the value out of a further source's statement: "Also
	 * reported: AI companies, 1,048 major AI companies" becomes "Also reported: AI
	 * companies" in both languages; a statement an editor worded otherwise keeps its
	 * words.
	 */
	@Test
	void theAlsoReportedMigrationLeavesTheValueToTheQuote() {
		String indicator = this.jdbc.queryForObject("select name from indicator order by id fetch first 1 row only",
				String.class);
		String insert = "insert into statement (source_id, quote, paraphrase, paraphrase_zh, nature, pack_ref) "
				+ "values (1, 'q', ?, ?, 'REPORTED_FACT', ?)";
		this.jdbc.update(insert, "Also reported: " + indicator + ", more than 2.400 KI-Unternehmen",
				"另有报道：人工智能企业，1048家", "test:pack#also0");
		this.jdbc.update(insert, "Also reported by the mayor, twice", "市长也说过，两次", "test:pack#also1");
		this.jdbc.update(insert, "Also reported: " + indicator + ", 42", "另有报道：人工智能企业，42家", "test:pack:not-also");
		ResourceDatabasePopulator migration = new ResourceDatabasePopulator(
				new ClassPathResource("db/migration/V17__also_reported_without_a_value.sql"));
		migration.setSqlScriptEncoding("UTF-8");
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			migration.populate(connection);
			return null;
		});
		assertThat(this.jdbc.queryForList(
				"select paraphrase || ' | ' || paraphrase_zh from statement where pack_ref like 'test:%' order by pack_ref",
				String.class))
			.containsExactly("Also reported: " + indicator + " | 另有报道：人工智能企业",
					"Also reported by the mayor, twice | 市长也说过，两次",
					"Also reported: " + indicator + ", 42 | 另有报道：人工智能企业，42家");
	}

}
