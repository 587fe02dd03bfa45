package org.hubatlas.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.assertj.core.groups.Tuple;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.pack.PlanRow.Outcome;
import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data packs: the shipped one loads whole and once, every refusal says why and where, a
 * preview writes nothing.
 */
@EditingTest
class PackImporterTests {

	@Autowired
	private PackImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private static byte[] shipped(String name) throws IOException {
		try (InputStream in = PackImporterTests.class.getResourceAsStream("/packs/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theShippedPackLoadsWholeWithAFigureForEveryHubAndIndicatorInTheFile() throws IOException {
		Map<String, Object> pack = new Yaml()
			.load(new String(shipped("20-coverage-2026.yaml"), StandardCharsets.UTF_8));
		Map<String, Integer> expected = new HashMap<>();
		int national = 0;
		for (Map<String, Object> entry : (List<Map<String, Object>>) pack.get("entries")) {
			if ("china".equals(entry.get("hub"))) {
				national++;
				continue;
			}
			// The comparables pack moved llm_registered into the indicator that counts
			// the same thing.
			String code = PackImporter.code((String) entry.get("indicator"))
				.replace("llm-registered", "genai-services-filed");
			expected.merge(entry.get("hub") + " " + code + " " + entry.get("quote"), 1, Integer::sum);
		}
		// Other tests in this context apply packs of their own: compare the figures that
		// quote this file.
		Map<String, Integer> loaded = new HashMap<>();
		this.jdbc.query(
				"select c.slug, i.code, f.quote from figure f join city c on c.id = f.city_id "
						+ "join indicator i on i.id = f.indicator_id where f.pack_ref is not null",
				(RowCallbackHandler) (row) -> {
					String key = row.getString(1) + " " + row.getString(2) + " " + row.getString(3);
					if (expected.containsKey(key)) {
						loaded.merge(key, 1, Integer::sum);
					}
				});
		assertThat(loaded).isEqualTo(expected);
		List<String> nationalQuotes = ((List<Map<String, Object>>) pack.get("entries")).stream()
			.filter((entry) -> "china".equals(entry.get("hub")))
			.map((entry) -> (String) entry.get("quote"))
			.toList();
		assertThat(this.jdbc.queryForList("select quote from statement where pack_ref is not null and city_id is null "
				+ "and company_id is null and pack_ref not like '%#also%'", String.class))
			.filteredOn(nationalQuotes::contains)
			.hasSize(national);
		List<String> hubs = ((List<Map<String, Object>>) pack.get("hubs")).stream()
			.map((hub) -> (String) hub.get("slug"))
			.toList();
		assertThat(this.jdbc.queryForList("select slug from city", String.class)).containsAll(hubs);
		assertThat(this.jdbc.queryForObject("select count(*) from data_pack where name = '20-coverage-2026.yaml'",
				Integer.class))
			.isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void lowTrustPagesAreMarkedAndConflictsBecomeDisputesOnTheirFigure() throws IOException {
		// The coverage pack's three pages of unknown standing, and the comparables pack's
		// aggregator pages for GDP and population: every one marked.
		Set<String> lowTrust = new HashSet<>();
		for (String file : List.of("20-coverage-2026.yaml", "30-comparables-2026.yaml")) {
			Map<String, Object> pack = new Yaml().load(new String(shipped(file), StandardCharsets.UTF_8));
			for (Map<String, Object> entry : (List<Map<String, Object>>) pack.get("entries")) {
				if ("low".equals(entry.get("trust"))) {
					lowTrust.add((String) ((Map<String, Object>) entry.get("source")).get("url"));
				}
			}
		}
		assertThat(lowTrust).hasSizeGreaterThan(3);
		assertThat(this.jdbc.queryForList("select url from source where trust = 'LOW'", String.class))
			.containsAll(lowTrust);
		assertThat(this.jdbc.queryForObject("select count(*) from dispute d join dispute_link l on l.dispute_id = d.id "
				+ "where d.pack_ref is not null and l.figure_id is not null", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void applyingTheShippedPackAgainChangesNothing() throws IOException {
		int figures = this.jdbc.queryForObject("select count(*) from figure", Integer.class);
		int revisions = this.jdbc.queryForObject("select count(*) from revision", Integer.class);
		PackReport again = this.importer.apply("20-coverage-2026.yaml", shipped("20-coverage-2026.yaml"));
		assertThat(again.changesSomething()).isFalse();
		assertThat(again.refused()).isEmpty();
		// Nor does the comparables pack, whose reclassifications the coverage pack,
		// applied again, has not undone.
		PackReport comparables = this.importer.apply("30-comparables-2026.yaml", shipped("30-comparables-2026.yaml"));
		assertThat(comparables.changesSomething())
			.as(comparables.rows()
				.stream()
				.filter((r) -> r.outcome() != Outcome.UNCHANGED)
				.map(Object::toString)
				.toList()
				.toString())
			.isFalse();
		// Only the further quotes that name a page the pack does not give stay out.
		assertThat(comparables.refused()).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.label()).endsWith("(further quote)"));
		assertThat(again.count(Outcome.UNCHANGED)).isGreaterThan(80);
		assertThat(this.jdbc.queryForObject("select count(*) from figure", Integer.class)).isEqualTo(figures);
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isEqualTo(revisions);
	}

	private static final String SOURCE = "  source: {title: A page, publisher: A paper, published: '2024-05-01', "
			+ "url: 'https://example.org/a'}\n";

	/**
	 * A row moved to another definition names the key its figure was held under: a
	 * database that holds the figure moves it instead of adding a second (Zhongguancun's
	 * companies of four parks, moved on 2026-12-07).
	 */
	/**
	 * A reclassification files a figure as the kind and bound its quote gives ("expected
	 * to reach over 51": an estimate, a lower bound), through the figure form, once;
	 * applied again it changes nothing; a target, which needs its year, is refused.
	 */
	@Test
	void aReclassificationFilesAFigureAsTheKindAndBoundItsQuoteGives() {
		String entry = """
				indicators:
				- key: test_filed_count
				  name: A test count filed again
				  unit: things
				entries:
				- hub: hefei
				  indicator: test_filed_count
				  value: 51
				  value_as_written: '51'
				  unit: things
				  as_of: '2023'
				  qualifier: actual
				  quote: Fifty-one things are expected to be topped this year.
				  source: {title: A page, publisher: A paper, published: '2023-05-01', url: 'https://example.org/filed'}
				""";
		this.importer.apply("filed-1.yaml", entry.getBytes(StandardCharsets.UTF_8));
		String filed = "select f.figure_kind || ' ' || f.qualifier from figure f join indicator i on i.id = f.indicator_id "
				+ "where i.code = 'test-filed-count'";
		assertThat(this.jdbc.queryForObject(filed, String.class)).isEqualTo("ACTUAL NONE");
		String reclassify = """
				reclassify:
				- hub: hefei
				  indicator: test_filed_count
				  value: 51
				  as_of: '2023'
				  qualifier: estimate
				  bound: over
				""";
		PackReport report = this.importer.apply("filed-2.yaml", reclassify.getBytes(StandardCharsets.UTF_8));
		assertThat(report.rows()).singleElement()
			.satisfies((row) -> assertThat(row.outcome()).isEqualTo(Outcome.CHANGE));
		assertThat(this.jdbc.queryForObject(filed, String.class)).isEqualTo("ESTIMATE OVER");
		assertThat(this.importer.apply("filed-3.yaml", reclassify.getBytes(StandardCharsets.UTF_8)).changesSomething())
			.isFalse();
		PackReport target = this.importer.apply("filed-4.yaml",
				reclassify.replace("qualifier: estimate", "qualifier: target").getBytes(StandardCharsets.UTF_8));
		assertThat(target.rows()).singleElement()
			.satisfies((row) -> assertThat(row.outcome()).isEqualTo(Outcome.REFUSED));
		assertThat(this.jdbc.queryForObject(filed, String.class)).isEqualTo("ESTIMATE OVER");
	}

	@Test
	void aRowThatNamesTheKeyItsFigureWasHeldUnderMovesItInsteadOfAddingASecond() {
		String before = """
				indicators:
				- key: test_moved_count
				  name: A test count that moves
				  unit: things
				definitions:
				  test_moved_count:
				  - key: whole
				    label: The whole hub
				  - key: parks
				    label: A few parks only
				entries:
				- hub: hefei
				  indicator: test_moved_count
				  value: 51
				  value_as_written: '51'
				  unit: things
				  definition: whole
				  as_of: '2024'
				  qualifier: actual
				  quote: Fifty-one things have moved into four parks.
				  source: {title: A page, publisher: A paper, published: '2024-05-01', url: 'https://example.org/moved'}
				""";
		this.importer.apply("moved-1.yaml", before.getBytes(StandardCharsets.UTF_8));
		String figures = "select count(*) from figure f join indicator i on i.id = f.indicator_id "
				+ "where i.code = 'test-moved-count'";
		assertThat(this.jdbc.queryForObject(figures, Integer.class)).isEqualTo(1);
		String ref = this.jdbc.queryForObject("select f.pack_ref from figure f join indicator i on i.id = "
				+ "f.indicator_id where i.code = 'test-moved-count'", String.class);
		String after = before.replace("  definition: whole\n", "  definition: parks\n  key: " + ref + "\n");
		PackReport moved = this.importer.apply("moved-2.yaml", after.getBytes(StandardCharsets.UTF_8));
		assertThat(moved.rows()).filteredOn((row) -> row.kind().equals("figure"))
			.singleElement()
			.satisfies((row) -> assertThat(row.outcome()).isEqualTo(Outcome.CHANGE));
		assertThat(this.jdbc.queryForObject(figures, Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select d.def_key from figure f join indicator i on i.id = f.indicator_id "
						+ "join indicator_definition d on d.id = f.definition_id where i.code = 'test-moved-count'",
				String.class))
			.isEqualTo("parks");
	}

	private static String repeatedFigurePack(String hub, String asOf, String quote) {
		return """
				indicators:
				- key: test_repeated_count
				  name: A test count two packs give
				  unit: things
				entries:
				- hub: %s
				  indicator: test_repeated_count
				  value: 54
				  value_as_written: '54'
				  unit: things
				  as_of: '%s'
				  qualifier: actual
				  quote: %s
				  source: {title: A repeated page, publisher: A paper, published: '2025-05-01', url: 'https://example.org/repeated'}
				"""
			.formatted(hub, asOf, quote);
	}

	private List<String> repeatedFigureDates(String hub) {
		return this.jdbc.queryForList(
				"select f.as_of_label from figure f join indicator i on i.id = f.indicator_id "
						+ "join city c on c.id = f.city_id where i.code = 'test-repeated-count' and c.slug = ?",
				String.class, hub);
	}

	/**
	 * Two packs that give the same figure (Hohhot's 54 EFLOPS, in the coverage pack dated
	 * 2025 and in the comparables pack dated 2025-03) give one figure, dated the more
	 * exactly; applying either again changes nothing.
	 */
	@Test
	void aFigureTwoPacksGiveIsOneFigureDatedTheMoreExactly() {
		byte[] year = repeatedFigurePack("hefei", "2025", "Fifty-four things, the page says.")
			.getBytes(StandardCharsets.UTF_8);
		byte[] month = repeatedFigurePack("hefei", "2025-03", "Fifty-four things, the page says.")
			.getBytes(StandardCharsets.UTF_8);
		this.importer.apply("repeated-year.yaml", year);
		PackReport monthly = this.importer.apply("repeated-month.yaml", month);
		assertThat(monthly.rows()).filteredOn((row) -> row.kind().equals("figure"))
			.singleElement()
			.satisfies((row) -> assertThat(row.outcome()).isEqualTo(Outcome.CHANGE));
		assertThat(repeatedFigureDates("hefei")).containsExactly("2025-03");
		assertThat(this.importer.apply("repeated-year.yaml", year).changesSomething()).isFalse();
		assertThat(this.importer.apply("repeated-month.yaml", month).changesSomething()).isFalse();
		assertThat(repeatedFigureDates("hefei")).containsExactly("2025-03");
	}

	/**
	 * A database an earlier version filled holds such a figure twice until the less
	 * exactly dated one is removed, with a note in its history; one an admin has edited
	 * since stays for the admin to judge.
	 */
	@Test
	void aFigureAnEarlierVersionTookInTwiceIsRemovedWithANoteUnlessAnAdminEditedIt() {
		for (String hub : List.of("wuhan", "chengdu")) {
			this.importer.apply(hub + "-year.yaml", repeatedFigurePack(hub, "2025", "Fifty-four things in " + hub + ".")
				.getBytes(StandardCharsets.UTF_8));
			this.importer.apply(hub + "-month.yaml",
					repeatedFigurePack(hub, "2025-03", "As the earlier version read it.")
						.getBytes(StandardCharsets.UTF_8));
			// As the earlier version left them: the same quote under two keys.
			this.jdbc.update("update figure set quote = ? where quote = ?", "Fifty-four things in " + hub + ".",
					"As the earlier version read it.");
			assertThat(repeatedFigureDates(hub)).containsExactlyInAnyOrder("2025", "2025-03");
		}
		long edited = this.jdbc.queryForObject(
				"select f.id from figure f join city c on c.id = f.city_id "
						+ "where c.slug = 'chengdu' and f.as_of_label = '2025' and f.quote like 'Fifty-four%'",
				Long.class);
		this.jdbc.update("insert into revision (entity_type, entity_id, entity_name, action, username, changed_at) "
				+ "values ('figure', ?, 'Chengdu', 'UPDATE', 'chief', current_timestamp)", edited);

		List<String> removed = this.importer.removeRepeatedFigures();

		assertThat(removed).singleElement().asString().endsWith("(2025)");
		assertThat(repeatedFigureDates("wuhan")).containsExactly("2025-03");
		assertThat(repeatedFigureDates("chengdu")).containsExactlyInAnyOrder("2025", "2025-03");
		assertThat(
				this.jdbc.queryForList("select note from revision where entity_type = 'figure' and action = 'DELETE' "
						+ "and note like 'Removed: it repeated%'", String.class))
			.singleElement()
			.asString()
			.contains("dated 2025-03");
		assertThat(this.importer.removeRepeatedFigures()).isEmpty();
	}

	/**
	 * What readers read beside a figure or in a dispute says what it points at: no seed
	 * article's internal reference ("seed-003", "source 004"), no other line of a pack
	 * ("the entry above"), no definition named by its key, no "seed" for a source, and a
	 * dispute's sentence starts as a sentence.
	 */
	@Test
	void researchNotesAndDisputesSayWhatTheyPointAtInReadersWords() {
		List<String> keys = this.jdbc.queryForList("select def_key from indicator_definition", String.class);
		List<String> texts = new ArrayList<>(
				this.jdbc.queryForList("select note from figure where note is not null", String.class));
		List<String> disputes = new ArrayList<>();
		for (String column : List.of("title", "issue", "known_otherwise", "title_zh", "issue_zh",
				"known_otherwise_zh")) {
			// Disputes an admin wrote in this context's other tests are not shipped data.
			disputes.addAll(this.jdbc.queryForList("select " + column + " from dispute d where " + column
					+ " is not null and not exists (select 1 from revision r where r.entity_type = 'dispute' "
					+ "and r.entity_id = d.id and r.username <> 'system')", String.class));
		}
		assertThat(disputes).hasSizeGreaterThan(50)
			.noneMatch((text) -> text.matches("(?s).*(\\bseeds?\\b|source-\\d{3}|种子|来源\\d{3}).*"))
			.noneMatch((text) -> text.startsWith("the "))
			// Nor does a sentence inside begin in lower case where an article's name
			// stands.
			.noneMatch((text) -> text.matches("(?s).*[.!?] the (SCMP|OZY|Liangzhu|Hangzhou|article|three) .*"));
		texts.addAll(disputes);
		assertThat(texts).hasSizeGreaterThan(100)
			.noneMatch((text) -> text.matches("(?s).*(seed-\\d{3}|entr(y|ies) (above|below)|not a seed|非种子).*"))
			.noneMatch((text) -> keys.stream()
				.filter((key) -> key.chars().filter((c) -> c == '-').count() >= 2)
				.anyMatch((key) -> text.matches("(?s).*(?<![\\w./-])" + Pattern.quote(key) + "(?![\\w/-]).*")));
		assertThat(this.jdbc.queryForObject("select known_otherwise from dispute where slug = '17-hubs-ambiguous'",
				String.class))
			.contains("not among the sources Hub Atlas holds");
	}

	/** A row refused for a hub the portal does not know leaves no page behind. */
	@Test
	void aRowForAnUnknownHubLeavesNoSourceBehind() {
		String pack = """
				entries:
				- hub: atlantis
				  indicator: ai_companies
				  value: 1500
				  value_as_written: about 1500
				  unit: companies
				  as_of: '2025'
				  qualifier: actual
				  quote: About 1500 AI companies are in Atlantis.
				  source: {title: An Atlantis page, publisher: A paper, published: '2025-05-01', url: 'https://example.org/atlantis'}
				""";
		PackReport report = this.importer.apply("atlantis.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement()
			.satisfies((row) -> assertThat(row.reason()).isEqualTo("Unknown hub \u201catlantis\u201d."));
		assertThat(this.jdbc.queryForObject("select count(*) from source where url = 'https://example.org/atlantis'",
				Integer.class))
			.isZero();
	}

	/** A level the pack cannot read is refused with the levels it can. */
	@Test
	void anUnknownLevelIsRefusedNamingTheLevelsAPackGives() {
		PackReport report = this.importer.apply("level.yaml", """
				hubs:
				- slug: level-test-hub
				  name: Level Test Hub
				  level: prefecture_city
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement()
			.satisfies((row) -> assertThat(row.reason())
				.isEqualTo("Unknown level \u201cprefecture_city\u201d: use one of "
						+ "municipality, sub-provincial city, prefecture-level city, province, autonomous region, county, "
						+ "district, area."));
	}

	@Test
	void datesAgreeWhenOneSaysTheOtherMoreExactly() {
		assertThat(PackImporter.datesAgree("2025", "2025-03")).isTrue();
		assertThat(PackImporter.datesAgree("2025-03", "2025")).isTrue();
		assertThat(PackImporter.datesAgree("2025", "2024")).isFalse();
		assertThat(PackImporter.datesAgree("2025-1", "2025-12")).isFalse();
		assertThat(PackImporter.moreExact("2025-Q1", "2025")).isTrue();
		assertThat(PackImporter.moreExact("2025", "2025")).isFalse();
		assertThat(PackImporter.moreExact("2025", null)).isTrue();
	}

	@Test
	void aPackNamesADefinitionByItsKeyAndAnUnknownKeyIsRefusedWithItsLine() {
		String pack = """
				definitions:
				  ai_companies:
				  - key: ai-enterprises
				    label: AI companies (all that the source counts as AI enterprises)
				    label_zh: 人工智能企业
				entries:
				- hub: hefei
				  indicator: ai_companies
				  value: 10
				  value_as_written: '10'
				  unit: companies
				  definition: ai-enterprizes
				  as_of: '2024'
				  qualifier: actual
				  quote: q-definition
				  source: {title: A page, publisher: A paper, published: '2024-05-01', url: 'https://example.org/d'}
				""";
		PackReport report = this.importer.preview("definitions.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(7);
			assertThat(row.reason()).contains("Unknown definition \u201cai-enterprizes\u201d");
		});
		assertThat(report.rows()).anySatisfy((row) -> {
			assertThat(row.kind()).isEqualTo("definition");
			assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED);
		});
	}

	/**
	 * A figure of an indicator counted in more than one way that does not say which way
	 * counts by the indicator's "not stated" definition, made when first needed: it ranks
	 * with none of the figures that say how they count. (The admin form makes an editor
	 * choose.)
	 */
	@Test
	void aFigureThatDoesNotSayHowItCountsCountsByNotStated() {
		String pack = """
				indicators:
				- key: test_counted_two_ways
				  name: A test count kept two ways
				  unit: things
				definitions:
				  test_counted_two_ways:
				  - key: narrow
				    label: Counted narrowly
				  - key: broad
				    label: Counted broadly
				entries:
				- hub: hefei
				  indicator: test_counted_two_ways
				  value: 12
				  value_as_written: '12 things'
				  unit: things
				  as_of: '2024'
				  qualifier: actual
				  quote: Hefei has 12 things.
				  source: {title: A page, publisher: A paper, published: '2024-05-01', url: 'https://example.org/ways'}
				- hub: wuhan
				  indicator: test_counted_two_ways
				  definition: narrow
				  value: 8
				  value_as_written: '8 things'
				  unit: things
				  as_of: '2024'
				  qualifier: actual
				  quote: Wuhan has 8 things.
				  source: {title: A page, publisher: A paper, published: '2024-05-01', url: 'https://example.org/ways'}
				""";
		PackReport report = this.importer.apply("two-ways.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).isEmpty();
		// The new figure is one row, created, saying why it counts by "not stated": not
		// created and then changed.
		assertThat(report.rows()).filteredOn((row) -> row.kind().equals("figure"))
			.extracting(PlanRow::outcome)
			.containsExactly(Outcome.CREATE, Outcome.CREATE);
		assertThat(report.rows()).filteredOn((row) -> row.kind().equals("figure") && row.line() == 12)
			.singleElement()
			.satisfies((row) -> assertThat(row.reason()).contains("does not say how it counts"));
		String byHub = "select d.def_key from figure f join indicator i on i.id = f.indicator_id "
				+ "join indicator_definition d on d.id = f.definition_id join city c on c.id = f.city_id "
				+ "where i.code = 'test-counted-two-ways' and c.slug = ?";
		assertThat(this.jdbc.queryForObject(byHub, String.class, "hefei")).isEqualTo(PackImporter.UNSTATED);
		assertThat(this.jdbc.queryForObject(byHub, String.class, "wuhan")).isEqualTo("narrow");
		assertThat(this.jdbc.queryForList(
				"select d.def_key from indicator_definition d join indicator i "
						+ "on i.id = d.indicator_id where i.code = 'test-counted-two-ways' order by d.sort_order",
				String.class))
			.containsExactly("narrow", "broad", PackImporter.UNSTATED);
	}

	@Test
	void aDefinitionCountsAsOnlyADefinitionTheIndicatorHoldsOrThePackLists() {
		// A later row's key is fine; a key listed nowhere is refused on its line, as the
		// indicator form refuses it.
		String pack = """
				indicators:
				- key: test_counted_as
				  name: A test count with equivalents
				  unit: things
				definitions:
				  test_counted_as:
				  - key: early
				    label: Counted as the later one
				    counts_as: later
				  - key: later
				    label: The later one
				  - key: lost
				    label: Counted as nothing listed
				    counts_as: nowhere
				""";
		PackReport report = this.importer.preview("counted-as.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactly(Tuple.tuple(12, "\u201cnowhere\u201d is not a definition of \u201ctest-counted-as\u201d: "
					+ "list it under definitions, or name one the indicator has."));
		assertThat(report.rows()).filteredOn((row) -> row.kind().equals("definition"))
			.extracting(PlanRow::outcome)
			.containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.REFUSED);
	}

	@Test
	void everyRefusalSaysWhyAndOnWhichLine() {
		String pack = """
				entries:
				- hub: atlantis
				  indicator: ai_companies
				  value: 10
				  value_as_written: '10'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q1
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 10
				  value_as_written: '10'
				  unit: EFLOPS
				  as_of: '2024'
				  qualifier: actual
				  quote: q2
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 10
				  value_as_written: '10'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 10
				  value_as_written: '10'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q4
				- hub: hefei
				  indicator: ai_companies
				  value: lots
				  value_as_written: lots
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q5
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 12
				  value_as_written: '12'
				  unit: companies
				  as_of: last spring
				  qualifier: actual
				  quote: q6
				""" + SOURCE + """
				- hub: hefei
				  indicator: unknown_thing
				  value: 12
				  value_as_written: '12'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q7
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 13
				  value_as_written: '13'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q8
				""" + SOURCE + """
				- hub: hefei
				  indicator: ai_companies
				  value: 13
				  value_as_written: '13'
				  unit: companies
				  as_of: '2024'
				  qualifier: actual
				  quote: q8
				""" + SOURCE;
		PackReport report = this.importer.preview("bad.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactly(Tuple.tuple(2, "Unknown hub \u201catlantis\u201d."),
					Tuple.tuple(11,
							"The unit \u201cEFLOPS\u201d does not match the indicator\u2019s \u201ccompanies\u201d."),
					Tuple.tuple(20, "The entry has no quote: every figure must rest on the source\u2019s words."),
					Tuple.tuple(28, "The entry has no source (title and address are required)."),
					Tuple.tuple(36, "\u201clots\u201d is not a number (plain digits, such as 2400 or 85.5)."),
					Tuple.tuple(45,
							"\u201clast spring\u201d is not a date: it must start with a year, such as 2024 or 2024-05."),
					Tuple.tuple(54, "Unknown indicator \u201cunknown_thing\u201d."),
					Tuple.tuple(72, "A duplicate of line 63."));
		assertThat(report.count(Outcome.CREATE)).isEqualTo(2);
	}

	@Test
	void aPreviewWritesNothingAndApplyingWritesAllWithItsHistory() {
		String pack = """
				hubs:
				- {slug: test-pack-hub, name: Test Pack Hub, name_zh: 测试, level: prefecture-level city, lat: 31.8, lon: 117.2}
				entries:
				- hub: test-pack-hub
				  indicator: ai_companies
				  value: 42
				  value_as_written: more than 42 AI companies
				  unit: companies
				  as_of: 2025-06
				  qualifier: actual
				  quote: The city has more than 42 AI companies.
				  source: {title: Test page, publisher: Test paper, published: '2025-06-01', url: 'https://example.org/test-pack'}
				""";
		byte[] bytes = pack.getBytes(StandardCharsets.UTF_8);
		PackReport preview = this.importer.preview("test.yaml", bytes);
		assertThat(preview.refused()).isEmpty();
		assertThat(preview.count(Outcome.CREATE)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from city where slug = 'test-pack-hub'", Integer.class))
			.isZero();

		PackReport applied = this.importer.apply("test.yaml", bytes);
		assertThat(applied.count(Outcome.CREATE)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select qualifier from figure f join city c on c.id = f.city_id " + "where c.slug = 'test-pack-hub'",
				String.class))
			.as("\"more than 42\" is a lower bound: more than, not at least")
			.isEqualTo("OVER");
		assertThat(this.jdbc.queryForList("select note from revision where entity_type = 'city' and entity_id = "
				+ "(select id from city where slug = 'test-pack-hub')", String.class))
			.singleElement()
			.asString()
			.startsWith("imported from pack test.yaml (sha256 ");
	}

	@Test
	void aCsvPackReadsAFigurePerRowAndNamesTheLineOfABadOne() {
		String csv = "\uFEFFhub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\n" + "hefei,ai_companies,77,77 companies,companies,2023,actual,\"77 companies, it says\","
				+ "A CSV page,A paper,https://example.org/csv\n"
				+ "hefei,ai_companies,7x,7x,companies,2023,actual,q,A CSV page,A paper,https://example.org/csv\n";
		PackReport report = this.importer.preview("figures.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line).containsExactly(3);
		assertThat(report.count(Outcome.CREATE)).isEqualTo(2);
	}

	/**
	 * A pack applied again leaves a figure and a further source's statement an editor has
	 * corrected since as the editor left them, and its preview says so.
	 */
	@Test
	void aPackAppliedAgainKeepsWhatAnEditorCorrectedAndSaysSo() {
		byte[] pack = ("hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,"
				+ "source_publisher,source_url\n" + "hefei,ai_companies,88,88 companies,companies,2023,actual,"
				+ "\"88 companies, it says\",A page,A paper,https://example.org/kept\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.importer.applyWhole("kept.csv", pack).count(Outcome.CREATE)).isEqualTo(2);
		long figure = this.jdbc.queryForObject("select id from figure where quote = '88 companies, it says'",
				Long.class);
		this.jdbc.update("update figure set value_numeric = 89, value_as_written = '89 companies (editor checked)' "
				+ "where id = ?", figure);
		this.jdbc.update("insert into revision (entity_type, entity_id, entity_name, action, username, changed_at) "
				+ "values ('figure', ?, 'Hefei', 'UPDATE', 'chief', current_timestamp)", figure);

		PackReport preview = this.importer.preview("kept.csv", pack);
		assertThat(preview.rows()).filteredOn((row) -> row.kind().equals("figure"))
			.singleElement()
			.satisfies((row) -> assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED))
			.satisfies((row) -> assertThat(row.reason()).startsWith("kept as an editor changed it"));
		assertThat(preview.keptAsEdited()).isOne();
		assertThat(preview.changesSomething()).isFalse();
		this.importer.applyWhole("kept.csv", pack);
		assertThat(this.jdbc.queryForObject("select value_as_written from figure where id = ?", String.class, figure))
			.isEqualTo("89 companies (editor checked)");
	}

	@Test
	void aRefusedCsvRowIsNamedByItsTrueLineAfterAQuotedLineBreak() {
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\n" + "hefei,ai_companies,78,78 companies,companies,2023,actual,\"78 companies,\nacross "
				+ "two lines\nof the quote\",A CSV page,A paper,https://example.org/csv-lines\n"
				+ "hefei,ai_companies,7x,7x,companies,2023,actual,q,A CSV page,A paper,https://example.org/csv-lines\n";
		PackReport report = this.importer.preview("lines.csv", csv.getBytes(StandardCharsets.UTF_8));
		// The quote takes lines 2 to 4; the bad row is line 5 of the file.
		assertThat(report.refused()).extracting(PlanRow::line).containsExactly(5);
		assertThat(report.rows()).filteredOn((row) -> row.kind().equals("figure") && row.outcome() == Outcome.CREATE)
			.extracting(PlanRow::line)
			.containsExactly(2);
	}

	@Test
	void aPackRowMeetsTheRulesOfTheAdminFormOnItsTrueLine() {
		// The figure form takes years from 1900 to 2100 only; so does a pack.
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\n" + "hefei,ai_companies,78,78 companies,companies,2023,actual,\"78 companies,\nacross "
				+ "two lines\",A CSV page,A paper,https://example.org/csv-rules\n"
				+ "hefei,ai_companies,79,79 companies,companies,1850,actual,q,A CSV page,A paper,"
				+ "https://example.org/csv-rules\n";
		PackReport report = this.importer.preview("rules.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(4);
			assertThat(row.reason()).contains("Enter a year between 1900 and 2100");
		});
	}

	@Test
	void aPackFigureMeetsTheCheckOfTheFigureFormOnItsTrueLine() {
		// The figure kind's check refuses an actual figure dated after its source was
		// published, on the admin form (AdminEditorTests) and in a pack's row alike.
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_published,source_url\n"
				+ "hefei,ai_companies,78,78 companies,companies,2023,actual,\"78 companies,\nacross two lines\","
				+ "A dated page,A paper,2024-05-01,https://example.org/csv-dated\n"
				+ "hefei,ai_companies,79,79 companies,companies,2030,actual,q,A dated page,A paper,2024-05-01,"
				+ "https://example.org/csv-dated\n";
		PackReport report = this.importer.preview("dated.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::kind, PlanRow::reason)
			.containsExactly(Tuple.tuple(4, "figure",
					"As-of year: An actual figure cannot be as of a year after its source was published (2024)."));
		assertThat(report.count(Outcome.CREATE)).isEqualTo(2);
	}

	@Test
	void aPackGivesAHubItsSummariesInBothLanguagesButNeverReplacesOnesItHas() {
		String beijingBefore = this.jdbc.queryForObject("select summary from city where slug = 'beijing'",
				String.class);
		String pack = """
				hubs:
				- slug: summary-pack-hub
				  name: Summary Pack Hub
				  level: county
				  summary: A county the test pack describes.
				  summary_zh: 测试数据包描述的一个县。
				- slug: beijing
				  name: Beijing
				  summary: A pack's other words for Beijing.
				""";
		PackReport applied = this.importer.apply("summaries.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(applied.refused()).isEmpty();
		assertThat(this.jdbc.queryForMap("select summary, summary_zh from city where slug = 'summary-pack-hub'"))
			.containsEntry("SUMMARY", "A county the test pack describes.")
			.containsEntry("SUMMARY_ZH", "测试数据包描述的一个县。");
		assertThat(this.jdbc.queryForObject("select summary from city where slug = 'beijing'", String.class))
			.isEqualTo(beijingBefore);
	}

	@Test
	void aTranslationFillsEmptyChineseThroughTheFormsRulesAndNeverReplacesAnEditorsWords() {
		this.jdbc.update("update company set summary_zh = null where slug = 'deepseek'");
		this.jdbc.update("update dispute set title_zh = '编辑写的标题' where slug = '003-waic-location'");
		this.jdbc.update("update indicator set unit_zh = null where code = 'gdp'");
		String pack = """
				translations:
				- record: company
				  key: deepseek
				  summary_zh: 杭州的大模型企业。
				- record: dispute
				  key: 003-waic-location
				  title_zh: 数据包的标题
				- record: incentive
				  key: no-such-incentive
				  title_zh: 无
				- record: planet
				  key: mars
				  title_zh: 火星
				- record: company
				  key: deepseek
				  motto_zh: 口号
				- record: indicator
				  key: gdp
				  unit_zh: %s
				""".formatted("元".repeat(81));
		PackReport preview = this.importer.preview("translations.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactly(Tuple.tuple(8, "There is no incentive \u201cno-such-incentive\u201d."),
					Tuple.tuple(11,
							"A translation names its record (one of: hub, indicator, company, institution, incentive, "
									+ "dispute, statement) and its key."),
					Tuple.tuple(14,
							"\u201cmotto_zh\u201d is not a field a translation gives for a company (one of: "
									+ "name_zh, summary_zh)."),
					Tuple.tuple(17, "Unit in Chinese: At most 80 characters."));
		// A preview writes nothing.
		assertThat(this.jdbc.queryForObject("select summary_zh from company where slug = 'deepseek'", String.class))
			.isNull();

		String good = """
				translations:
				- record: company
				  key: deepseek
				  summary_zh: 杭州的大模型企业。
				- record: dispute
				  key: 003-waic-location
				  title_zh: 数据包的标题
				""";
		PackReport report = this.importer.apply("translations-good.yaml", good.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).isEmpty();
		assertThat(report.count(Outcome.CHANGE)).isOne();
		assertThat(report.count(Outcome.UNCHANGED)).isOne();
		assertThat(this.jdbc.queryForObject("select summary_zh from company where slug = 'deepseek'", String.class))
			.isEqualTo("杭州的大模型企业。");
		assertThat(
				this.jdbc.queryForObject("select title_zh from dispute where slug = '003-waic-location'", String.class))
			.isEqualTo("编辑写的标题");
		assertThat(
				this.jdbc.queryForObject(
						"select action from revision where entity_type = 'company' and entity_id = "
								+ "(select id from company where slug = 'deepseek') order by id desc limit 1",
						String.class))
			.isEqualTo("IMPORT");
	}

	@Test
	void aPackPreviewedInChineseIsRefusedWithItsReasonsInChinese() {
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\n" + "atlantis,ai_companies,77,77 companies,companies,2023,actual,q,A page,A paper,"
				+ "https://example.org/zh\n"
				+ "hefei,ai_companies,七十七,七十七家,companies,2023,actual,q,A page,A paper,https://example.org/zh\n";
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			PackReport report = this.importer.preview("zh.csv", csv.getBytes(StandardCharsets.UTF_8));
			assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
				.containsExactly(Tuple.tuple(2, "未知枢纽“atlantis”。"), Tuple.tuple(3, "“七十七”不是数字（只写数字，例如 2400 或 85.5）。"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void twoSourcesThatDisagreeMakeADisputeTitledInWordsInBothLanguages() {
		assertThat(this.jdbc.queryForList("select title from dispute where dispute_type = 'CROSS_SEED_INCONSISTENCY' "
				+ "and title like 'Sources disagree%'", String.class))
			.isNotEmpty()
			.allSatisfy((title) -> assertThat(title).doesNotContain("_").containsPattern(", \\d{4}$"))
			.contains("Sources disagree: Shanghai, AI industry output, 2023");
		assertThat(
				this.jdbc.queryForList("select title_zh from dispute where dispute_type = 'CROSS_SEED_INCONSISTENCY' "
						+ "and title like 'Sources disagree%'", String.class))
			.contains("来源对上海2023年人工智能产业规模的说法不一");
	}

	@Test
	void aTextTooLongForItsFormIsRefusedOnItsLineAndWritesNothingOfItsRow() {
		String tooLong = "x".repeat(1_001);
		String pack = """
				entries:
				- hub: hefei
				  indicator: ai_companies
				  value: 44
				  value_as_written: 44 AI companies
				  unit: companies
				  as_of: 2025-07
				  qualifier: actual
				  quote: The city has 44 AI companies.
				  conflict: %s
				  source: {title: Test page, publisher: Test paper, url: 'https://example.org/long-conflict'}
				- hub: hefei
				  indicator: ai_companies
				  value: 45
				  value_as_written: 45 AI companies
				  unit: companies
				  as_of: 2025-08
				  qualifier: actual
				  quote: The city has 45 AI companies.
				  source: {title: Test page, publisher: Test paper, url: 'https://example.org/long-also'}
				  also:
				  - quote: %s
				    source: {title: Another page, url: 'https://example.org/long-also-2'}
				companies:
				- name: Long Quote Chips
				  hub: hefei
				  what: Makes chips.
				  quote: %s
				  source: {title: A company page, publisher: A paper, url: 'https://example.org/long-quote'}
				indicators:
				- key: long_unit
				  name: An indicator with a long unit
				  unit: %s
				definitions:
				  ai_companies:
				  - key: counted-long
				    label: Counted as something with a long key
				    counts_as: %s
				""".formatted("y".repeat(3_001), tooLong, tooLong, "u".repeat(81), "k".repeat(121));
		PackReport report = this.importer.preview("long.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::kind)
			.containsExactlyInAnyOrder(Tuple.tuple(2, "dispute"), Tuple.tuple(12, "statement"),
					Tuple.tuple(25, "company"), Tuple.tuple(31, "indicator"), Tuple.tuple(36, "definition"));
		assertThat(report.refused()).allSatisfy((row) -> assertThat(row.reason()).containsIgnoringCase("at most"));
		// A figure whose conflict note is refused is not written undisputed, and a
		// company is not written without the quote that places it; a further source is an
		// extra.
		assertThat(report.rows()).filteredOn((row) -> row.line() == 2 || row.line() == 25)
			.filteredOn((row) -> !"source".equals(row.kind()))
			.allSatisfy((row) -> assertThat(row.outcome()).isEqualTo(Outcome.REFUSED));
		assertThat(report.rows()).filteredOn((row) -> row.line() == 12)
			.extracting(PlanRow::kind, PlanRow::outcome)
			.contains(Tuple.tuple("figure", Outcome.CREATE), Tuple.tuple("statement", Outcome.REFUSED));
	}

	@Test
	void aNoteOrDefinitionTooLongToKeepWholeIsRefusedNotCut() {
		String pack = """
				entries:
				- {hub: hefei, indicator: ai_companies, value: 47, value_as_written: 47 AI companies, unit: companies,
				   as_of: 2025-10, qualifier: actual, quote: The city has 47 AI companies., note: %s,
				   source: {title: Test page, publisher: Test paper, url: 'https://example.org/long-note'}}
				- {hub: hefei, indicator: ai_companies, value: 48, value_as_written: 48 AI companies, unit: companies,
				   as_of: 2025-11, qualifier: actual, quote: The city has 48 AI companies., definition_words: %s,
				   source: {title: Test page, publisher: Test paper, url: 'https://example.org/long-words'}}
				""".formatted("n".repeat(2_001), "w".repeat(501));
		PackReport report = this.importer.preview("notes.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactlyInAnyOrder(Tuple.tuple(2,
					"The note with its date basis (2,000 characters) or the definition as written (500) is too long."),
					Tuple.tuple(5,
							"The note with its date basis (2,000 characters) or the definition as written (500) is too long."));
		assertThat(report.rows()).filteredOn((row) -> row.outcome() != Outcome.REFUSED)
			.extracting(PlanRow::kind)
			.doesNotContain("figure");
	}

	@Test
	void aNumberThatIsNotOneOrOutOfRangeIsRefusedOnItsLineNotReadAsAnother() {
		String pack = """
				indicators:
				- {key: huge_sort, name: Sorted far down, unit: companies, sort: 99999999999999999999}
				- {key: wordy_sort, name: Sorted in words, unit: companies, sort: first}
				hubs:
				- {slug: off-the-map, name: Off The Map, level: area, parent: hefei, lat: 91, lon: 117}
				- {slug: nowhere-east, name: Nowhere East, level: area, parent: hefei, lat: 31.8, lon: east}
				companies:
				- name: Half Founded Chips
				  hub: hefei
				  founded: 2020.5
				  what: Makes chips.
				  quote: It makes chips.
				  source: {title: A company page, publisher: A paper, url: 'https://example.org/half-founded'}
				""";
		PackReport report = this.importer.preview("numbers.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactlyInAnyOrder(Tuple.tuple(2, "sort: \u201c99999999999999999999\u201d is not a whole number."),
					Tuple.tuple(3, "sort: \u201cfirst\u201d is not a whole number."),
					Tuple.tuple(8, "founded: \u201c2020.5\u201d is not a whole number."),
					Tuple.tuple(5, "lat: \u201c91\u201d is not a number from -90 to 90."),
					Tuple.tuple(6, "lon: \u201ceast\u201d is not a number from -180 to 180."));
		assertThat(report.rows()).extracting(PlanRow::outcome).containsOnly(Outcome.REFUSED);
	}

	@Test
	void aPackSummaryMeetsTheHubFormsLengthRule() {
		String pack = """
				hubs:
				- slug: long-summary-hub
				  name: Long Summary Hub
				  level: county
				  summary_zh: %s
				""".formatted("长".repeat(2001));
		PackReport report = this.importer.preview("long.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.reason()).contains("At most 2,000 characters.");
		});
	}

	@Test
	void aPackHubOrCompanyMeetsTheRulesOfItsAdminForm() {
		// The hub form takes single hyphens only in a slug; the company form names of at
		// most 160 characters.
		String pack = """
				hubs:
				- {slug: double--hyphen, name: Double Hyphen Hub, level: county}
				companies:
				- name: %s
				  hub: hefei
				  what: Makes chips.
				  quote: It makes chips.
				  source: {title: A company page, publisher: A paper, url: 'https://example.org/form-rules'}
				""".formatted("Long Name ".repeat(17).strip());
		PackReport report = this.importer.preview("rules.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactlyInAnyOrder(Tuple.tuple(2,
					"Slug: Use lower-case letters, digits and single hyphens, such as \u201cbeijing-ai-park\u201d."),
					Tuple.tuple(4, "Name: At most 160 characters."));
	}

	@Test
	void aPackHubMeetsTheDatabaseRulesOfTheHubFormAndIsWrittenWithItsHistory() {
		// The admin's check refuses a hub placed inside its own sub-area; a pack's
		// parents go through the same check, so the second of two hubs naming each other
		// as parent is refused on its line, and the first keeps its parent.
		String pack = """
				hubs:
				- {slug: loop-east, name: Loop East, level: area, parent: loop-west}
				- {slug: loop-west, name: Loop West, level: area, parent: loop-east}
				""";
		PackReport report = this.importer.apply("loop.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::reason)
			.containsExactly(Tuple.tuple(3, "Part of: A hub cannot be part of itself or of one of its sub-areas."));
		assertThat(this.jdbc.queryForObject(
				"select p.slug from city c join city p on p.id = c.parent_id " + "where c.slug = 'loop-east'",
				String.class))
			.isEqualTo("loop-west");
		assertThat(this.jdbc.queryForObject("select parent_id from city where slug = 'loop-west'", Long.class))
			.isNull();
		// Created and placed through the admin write path: history rows marked as
		// imported.
		assertThat(this.jdbc.queryForList("select r.action from revision r join city c on c.id = r.entity_id "
				+ "where r.entity_type = 'city' and c.slug = 'loop-east' order by r.id", String.class))
			.containsExactly("IMPORT", "IMPORT");
	}

	@Test
	void aNewSourceMeetsTheRulesOfTheSourceFormAndARefusedOneWritesNothingOfItsRow() {
		// The source form takes only web addresses; a page the portal would link to
		// with a script address is refused, and so is the figure resting on it.
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\n" + "hefei,ai_companies,79,79 companies,companies,2023,actual,q,A page,A paper,"
				+ "javascript:alert(1)\n";
		PackReport report = this.importer.preview("script.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).extracting(PlanRow::line, PlanRow::kind, PlanRow::reason)
			.containsExactly(Tuple.tuple(2, "source",
					"Address (URL): Enter a full web address starting with http:// or https://."));
		assertThat(report.count(Outcome.CREATE)).isZero();
	}

	@Test
	void aCsvWithAnUnclosedQuoteIsRefusedWhole() {
		String csv = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,"
				+ "source_url\nhefei,ai_companies,1,1,companies,2023,actual,\"never closed,A,B,https://example.org/x\n";
		assertThatThrownBy(() -> this.importer.preview("broken.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(PackFileException.class)
			.hasMessageContaining("The CSV file cannot be read");
	}

	@Test
	void aPackCostsTheSameLookupsHoweverManyRowsItHas(@Autowired EntityManagerFactory emf, @Autowired MockMvc mvc)
			throws Exception {
		// A search waits for the index the application builds in the background once
		// ready, whose queries would otherwise count here.
		mvc.perform(MockMvcRequestBuilders.get("/search").param("q", "beijing"));
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			// Each new page meets the source form's check (its reference is free): a
			// lookup a page, none a row.
			this.importer.preview("seven.csv", figuresCsv(7));
			long seven = statistics.getQueryExecutionCount();
			statistics.clear();
			PackReport many = this.importer.preview("many.csv", figuresCsv(120));
			// A figure per row and a source per page (the same seven pages).
			assertThat(many.count(Outcome.CREATE)).isEqualTo(120 + 7);
			assertThat(statistics.getQueryExecutionCount()).isEqualTo(seven);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	/** Figures for hubs the portal holds, each quoting its own page. */
	private static byte[] figuresCsv(int rows) {
		List<String> hubs = List.of("beijing", "shanghai", "shenzhen", "hangzhou", "hefei");
		StringBuilder csv = new StringBuilder(
				"hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,source_publisher,source_url\n");
		for (int i = 0; i < rows; i++) {
			csv.append(hubs.get(i % hubs.size()))
				.append(",ai_companies,")
				.append(100 + i)
				.append(',')
				.append(100 + i)
				.append(" companies,companies,2024,actual,")
				.append("Quote number ")
				.append(i)
				.append(",A page,A paper,https://example.org/lookups-")
				.append(i % 7)
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aFurtherSourceWithoutAnAddressOrAKnownReferenceIsRefusedWithItsLine() {
		String pack = """
				entries:
				- hub: hefei
				  indicator: ai_companies
				  value: 43
				  value_as_written: 43 AI companies
				  unit: companies
				  as_of: 2025-06
				  qualifier: actual
				  quote: The city has 43 AI companies.
				  source: {title: Test page, publisher: Test paper, published: '2025-06-01', url: 'https://example.org/further'}
				  also:
				  - quote: Forty-three, says another paper.
				    source: {title: Another page, ref: no-such-source}
				""";
		PackReport report = this.importer.preview("further.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(2))
			.satisfies((row) -> assertThat(row.reason()).contains("an address"));
		assertThat(report.count(Outcome.CREATE)).isEqualTo(2);
	}

	/**
	 * A company's further quote that names another page ("… (livemint.com, 2025-01-28)")
	 * is not cited to the row's source: it is refused on the row's line, naming that
	 * page, and the company with its first quote is written; a further quote from the
	 * same page is kept.
	 */
	/**
	 * A founding year is a figure: a company takes it only where a quote kept for it
	 * prints it; the row says why a year was left out (iFlytek's 1999 rested on a further
	 * quote from another page, which is not kept).
	 */
	@Test
	void aCompanyTakesItsFoundingYearOnlyWhereAKeptQuotePrintsIt() {
		String pack = """
				companies:
				- name: Unquoted Year Labs
				  hub: hefei
				  founded: 1999
				  what: Builds models.
				  quote: Unquoted Year Labs is based in Hefei.
				  also: Unquoted Year Labs was founded in 1999. (livemint.com, 2025-01-28)
				  source: {title: An unquoted year page, publisher: A paper, url: 'https://example.org/unquoted-year'}
				- name: Quoted Year Robotics
				  hub: hefei
				  founded: 2019
				  what: Builds robots.
				  quote: Quoted Year Robotics is based in Hefei.
				  also: It was founded in 2019 by two professors.
				  source: {title: A quoted year page, publisher: A paper, url: 'https://example.org/quoted-year'}
				""";
		PackReport report = this.importer.apply("founding-years.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(
				this.jdbc.queryForList("select name, founded_year from company where name like '%Year%' order by name"))
			.extracting((row) -> row.get("NAME") + " " + row.get("FOUNDED_YEAR"))
			.containsExactly("Quoted Year Robotics 2019", "Unquoted Year Labs null");
		assertThat(report.rows()).filteredOn((row) -> row.kind().equals("company"))
			.extracting(PlanRow::reason)
			.containsExactly("Founding year 1999 left out: no quote kept for the company prints it.", null);
	}

	/**
	 * A company row's sectors (Hub Atlas's classification) fill a company that has none;
	 * a company whose sectors an editor set keeps them when the pack is applied again.
	 */
	@Test
	void aCompanyRowGivesItsSectorsOnlyToACompanyWithout() {
		String pack = """
				companies:
				- name: Sector Row Robotics
				  hub: hefei
				  what: Builds humanoid robots.
				  sectors: Robotics, Semiconductors
				  quote: Sector Row Robotics is based in Hefei.
				  source: {title: A sector row page, publisher: A paper, url: 'https://example.org/sector-row'}
				""";
		this.importer.apply("sector-rows.yaml", pack.getBytes(StandardCharsets.UTF_8));
		String sectors = "select s.sector from company_sector s join company c on c.id = s.company_id "
				+ "where c.name = 'Sector Row Robotics' order by s.sector";
		assertThat(this.jdbc.queryForList(sectors, String.class)).containsExactly("Robotics", "Semiconductors");
		this.jdbc.update("delete from company_sector where sector = 'Semiconductors' and company_id = "
				+ "(select id from company where name = 'Sector Row Robotics')");
		this.importer.apply("sector-rows.yaml", (pack + "# applied again\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.jdbc.queryForList(sectors, String.class)).containsExactly("Robotics");
	}

	/**
	 * A company row whose headquarters the source does not state ({@code hq_confirmed:
	 * false}) makes the company present in its hub, not headquartered there, and says
	 * why; the shipped Inceptio, a "local company" with a test base in Deqing, is so.
	 */
	@Test
	void aCompanyWhoseHeadquartersAreNotStatedIsPresentInItsHubNotHeadquartered() {
		String pack = """
				companies:
				- name: Test Base Trucks
				  hub: hefei
				  what: Drives trucks.
				  quote: A local company, Test Base Trucks, tested its truck on a Hefei road.
				  hq_confirmed: false
				  source: {title: A test base page, publisher: A paper, url: 'https://example.org/test-base'}
				""";
		this.importer.apply("test-base.yaml", pack.getBytes(StandardCharsets.UTF_8));
		String placed = "select c.name || ' | ' || coalesce(cast(c.hq_city_id as varchar(20)), 'no HQ') || ' | ' || "
				+ "coalesce(c.location_note, '') || ' | ' || (select listagg(h.slug, ',') from company_presence p "
				+ "join city h on h.id = p.city_id where p.company_id = c.id) from company c where c.slug = ?";
		assertThat(this.jdbc.queryForObject(placed, String.class, "test-base-trucks")).isEqualTo("Test Base Trucks | "
				+ "no HQ | The source places it in Hefei without saying where its headquarters are. | hefei");
		assertThat(this.jdbc.queryForObject(placed, String.class, "inceptio-technology"))
			.isEqualTo("Inceptio Technology | no HQ | The source places it in Deqing County without saying where its "
					+ "headquarters are. | deqing");
	}

	/**
	 * Every robot maker the shipped packs name is found under Robotics (pack 94), not
	 * Unitree alone.
	 */
	@Test
	void theShippedRobotMakersAreFoundUnderRobotics() {
		assertThat(this.jdbc.queryForList("select c.name from company c join company_sector s on s.company_id = c.id "
				+ "where s.sector = 'Robotics' order by c.name", String.class))
			.contains("AgiBot", "HIT Robot Group", "SIASUN Robot & Automation", "UBTech Robotics", "Unitree");
	}

	/**
	 * A target's date is the year it is for ("2027"), unless the source dates it within a
	 * year ("2025-02", when a fund was announced): then it is dated when it was set, and
	 * the year it is for is not made up (Shenzhen's ¥10 billion fund read "target for
	 * 2025").
	 */
	@Test
	void aTargetDatedWithinAYearIsDatedWhenItWasSetNotForThatYear() {
		String pack = """
				indicators:
				- key: test_fund_size
				  name: A test fund size
				  unit: CNY
				entries:
				- hub: hefei
				  indicator: test_fund_size
				  value: 5000000000
				  value_as_written: 5 billion yuan
				  unit: CNY
				  as_of: 2025-02
				  qualifier: target
				  quote: Hefei will launch a 5 billion yuan fund.
				  source: {title: A fund page, publisher: A paper, published: '2025-02-24', url: 'https://example.org/fund'}
				- hub: wuhan
				  indicator: test_fund_size
				  value: 7000000000
				  value_as_written: 7 billion yuan
				  unit: CNY
				  as_of: '2027'
				  qualifier: target
				  quote: Wuhan aims at a 7 billion yuan fund by 2027.
				  source: {title: A plan page, publisher: A paper, published: '2025-03-01', url: 'https://example.org/plan'}
				""";
		this.importer.apply("fund-targets.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(this.jdbc.queryForList("select c.slug || ' ' || f.figure_kind || ' ' || coalesce(cast(f.as_of_year "
				+ "as varchar(4)), '-') || ' ' || coalesce(cast(f.target_year as varchar(4)), '-') from figure f "
				+ "join indicator i on i.id = f.indicator_id join city c on c.id = f.city_id "
				+ "where i.code = 'test-fund-size' order by c.slug", String.class))
			.containsExactly("hefei TARGET 2025 -", "wuhan TARGET - 2027");
		assertThat(this.jdbc.queryForObject("select count(*) from figure f join indicator i on i.id = f.indicator_id "
				+ "join city c on c.id = f.city_id where i.code = 'ai-fund' and c.slug = 'shenzhen' "
				+ "and f.target_year is null and f.as_of_year = 2025", Integer.class))
			.as("the shipped Shenzhen fund")
			.isEqualTo(1);
	}

	/**
	 * The seed's caveats reach the statements they concern (V30, V32): Shanghai's
	 * statement on Liulishuo says what its quote supports, not the disputed "profitable",
	 * in both languages; the statement naming Yi+'s San Jose office carries the caveat
	 * that the article does not say which San Jose.
	 */
	@Test
	void theSeedsCaveatsReachTheStatementsTheyConcern() {
		assertThat(this.jdbc.queryForObject(
				"select paraphrase || ' | ' || paraphrase_zh from statement where seed_ref = 'hub-shanghai.c03'",
				String.class))
			.isEqualTo("Shanghai is a metropolis in China's developed eastern region, where Ben Hu has seen his "
					+ "Liulishuo app grow. | 上海是中国发达的东部地区的大都市，Ben Hu在此见证了他的流利说应用的成长。");
		assertThat(this.jdbc.queryForList(
				"select d.slug from dispute d join dispute_link l on l.dispute_id = d.id "
						+ "join statement s on s.id = l.statement_id where s.seed_ref = 'co-yi-plus.c01'",
				String.class))
			.containsExactly("san-jose-unspecified");
		// The article's narration about a person is not shown as the person's words
		// (V32); the person's own quotes keep them as speaker.
		assertThat(this.jdbc.queryForList("select seed_ref || ' ' || coalesce(speaker, '-') from statement "
				+ "where seed_ref in ('per-felix-tao.c01', 'per-felix-tao.q01', 'per-ben-hu.c01') order by seed_ref",
				String.class))
			.containsExactly("per-ben-hu.c01 -", "per-felix-tao.c01 -", "per-felix-tao.q01 Felix Tao");
	}

	/** The shipped data gives no company a founding year that no kept quote prints. */
	@Test
	void noShippedCompanyHasAFoundingYearNoKeptQuotePrints() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from company where founded_year is not null", Integer.class))
			.isGreaterThan(5);
		// Companies an admin wrote in this context's other tests are not shipped data.
		assertThat(this.jdbc.queryForList("select c.slug from company c where c.founded_year is not null "
				+ "and not exists (select 1 from statement s where s.company_id = c.id "
				+ "and s.quote like concat('%', cast(c.founded_year as varchar(4)), '%')) "
				+ "and not exists (select 1 from revision r where r.entity_type = 'company' and r.entity_id = c.id "
				+ "and r.username <> 'system')", String.class))
			.isEmpty();
	}

	/**
	 * A company's quotes become statements that say only what a quote supports: where it
	 * is, and more from the same page; what the company does is the summary's, not
	 * theirs. A portal that holds them in the earlier words ("Name: what it does") takes
	 * the new ones when the pack is applied again, in both languages.
	 */
	@Test
	void aCompanysStatementsSayOnlyWhatTheirQuotesSupport() {
		String pack = """
				companies:
				- name: Placed Quote Labs
				  name_zh: 落位引文实验室
				  hub: hefei
				  what: Builds speech chips.
				  quote: Placed Quote Labs moved to Hefei last year.
				  also: It was started by two professors.
				  source: {title: A placing page, publisher: A paper, url: 'https://example.org/placed-quote'}
				""";
		this.importer.apply("placed-quotes.yaml", pack.getBytes(StandardCharsets.UTF_8));
		String statements = "select s.paraphrase || ' | ' || s.paraphrase_zh from statement s "
				+ "join company c on c.id = s.company_id where c.name = 'Placed Quote Labs' order by s.id";
		assertThat(this.jdbc.queryForList(statements, String.class)).containsExactly(
				"The source places Placed Quote Labs in Hefei. | 来源称落位引文实验室位于合肥。",
				"More on Placed Quote Labs from the same source. | 同一来源关于落位引文实验室的更多内容。");
		assertThat(
				this.jdbc.queryForObject("select summary from company where name = 'Placed Quote Labs'", String.class))
			.isEqualTo("Builds speech chips.");

		this.jdbc.update("update statement set paraphrase = 'Placed Quote Labs: Builds speech chips.', "
				+ "paraphrase_zh = '落位引文实验室：语音芯片' where company_id = "
				+ "(select id from company where name = 'Placed Quote Labs')");
		this.importer.apply("placed-quotes.yaml", (pack + "# applied again\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.jdbc.queryForList(statements, String.class)).containsExactly(
				"The source places Placed Quote Labs in Hefei. | 来源称落位引文实验室位于合肥。",
				"More on Placed Quote Labs from the same source. | 同一来源关于落位引文实验室的更多内容。");
	}

	/**
	 * A national figure written in another unit than its indicator's is said in the
	 * indicator's unit, as every figure is; the words as written stay in the quote.
	 */
	@Test
	void aNationalFigureInAnotherUnitIsSaidInTheIndicatorsUnit() {
		assertThat(this.jdbc.queryForList("select paraphrase from statement where quote like '%780,000 PFlops%'",
				String.class))
			.containsExactly("Intelligent computing power: 780 EFLOPS");
	}

	/** No shipped company statement says what its quote does not. */
	@Test
	void everyShippedCompanyStatementSaysWhereOrMore() {
		assertThat(this.jdbc.queryForList("select paraphrase || ' | ' || paraphrase_zh from statement "
				+ "where pack_ref like 'company:aispeech:%'", String.class))
			.containsExactly("The source places AISpeech in Suzhou. | 来源称思必驰位于苏州。");
		assertThat(this.jdbc.queryForList("select paraphrase from statement s where s.pack_ref like 'company:%' "
				+ "and not exists (select 1 from revision r where r.entity_type = 'statement' and r.entity_id = s.id "
				+ "and r.username <> 'system')", String.class))
			.hasSizeGreaterThan(25)
			.allSatisfy((paraphrase) -> assertThat(paraphrase)
				.matches("The source places .+ in .+\\.|More on .+ from the same source\\."));
	}

	@Test
	void aCompanysFurtherQuoteFromAnotherPageIsRefusedNotCitedToTheRowsSource() throws Exception {
		String pack = """
				companies:
				- name: Elsewhere Labs
				  hub: hefei
				  what: Builds models.
				  quote: Elsewhere Labs is based in Hefei.
				  also: Elsewhere Labs was founded in 2023. (livemint.com, 2025-01-28)
				  source: {title: A company page, publisher: A paper, url: 'https://example.org/elsewhere'}
				- name: Samepage Robotics
				  hub: hefei
				  what: Builds robots.
				  quote: Samepage Robotics is based in Hefei.
				  also: It was founded in 2019 by two professors (of computer science).
				  source: {title: Another company page, publisher: A paper, url: 'https://example.org/samepage'}
				""";
		PackReport report = this.importer.apply("further-quotes.yaml", pack.getBytes(StandardCharsets.UTF_8));
		assertThat(report.refused()).singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(2))
			.satisfies((row) -> assertThat(row.label()).contains("Elsewhere Labs"))
			.satisfies((row) -> assertThat(row.reason()).contains("livemint.com, 2025-01-28"));
		assertThat(
				this.jdbc.queryForList(
						"select s.quote from statement s join company c on c.id = s.company_id "
								+ "where c.name in ('Elsewhere Labs', 'Samepage Robotics') order by s.quote",
						String.class))
			.containsExactly("Elsewhere Labs is based in Hefei.",
					"It was founded in 2019 by two professors (of computer science).",
					"Samepage Robotics is based in Hefei.");
		// The imports page keeps the refusal, with its line and why, after the preview
		// is gone.
		DataPackRecord applied = this.importer.applied()
			.stream()
			.filter((p) -> p.getName().equals("further-quotes.yaml"))
			.findFirst()
			.orElseThrow();
		assertThat(applied.getRefusals()).singleElement().satisfies((r) -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.kind()).isEqualTo("statement");
			assertThat(r.reason()).contains("livemint.com, 2025-01-28");
		});
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.get("/admin/imports")
				.with(SecurityMockMvcRequestPostProcessors.user(EditingTest.ADMIN).roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("further-quotes.yaml: one row refused, and why")
			.contains("Line 2 · Statement Elsewhere Labs (further quote): The further quote is from another page");
	}

	/**
	 * A database an earlier version filled keeps the further quotes it cited to the wrong
	 * source until they are removed, each with a note in its history; one an admin has
	 * edited since stays for the admin to judge.
	 */
	@Test
	void statementsAnEarlierVersionCitedToTheWrongSourceAreRemovedWithANoteUnlessAnAdminEditedThem() {
		String pack = """
				companies:
				- name: Earlier Labs
				  hub: hefei
				  what: Builds models.
				  quote: Earlier Labs is based in Hefei.
				  also: Earlier Labs was founded in 2021.
				  source: {title: An earlier company page, publisher: A paper, url: 'https://example.org/earlier'}
				- name: Edited Labs
				  hub: hefei
				  what: Builds chips.
				  quote: Edited Labs is based in Hefei.
				  also: Edited Labs was founded in 2020.
				  source: {title: An edited company page, publisher: A paper, url: 'https://example.org/edited'}
				""";
		this.importer.apply("earlier-further-quotes.yaml", pack.getBytes(StandardCharsets.UTF_8));
		// As the earlier version wrote them: the page each further quote came from kept
		// at
		// its end, the quote cited to the row's source.
		for (String company : List.of("Earlier", "Edited")) {
			this.jdbc.update("update statement set quote = ? where quote = ?",
					company + " Labs was founded in 2021. (livemint.com, 2025-01-28)",
					company + " Labs was founded in " + ("Earlier".equals(company) ? "2021." : "2020."));
		}
		long earlier = this.jdbc.queryForObject("select id from statement where quote like 'Earlier Labs was founded%'",
				Long.class);
		long edited = this.jdbc.queryForObject("select id from statement where quote like 'Edited Labs was founded%'",
				Long.class);
		this.jdbc.update("insert into revision (entity_type, entity_id, entity_name, action, username, changed_at) "
				+ "values ('statement', ?, 'Edited Labs', 'UPDATE', 'chief', current_timestamp)", edited);

		List<String> retracted = this.importer.retractQuotesFromOtherPages();

		assertThat(retracted).singleElement().asString().contains("Earlier Labs").contains("livemint.com, 2025-01-28");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Integer.class, earlier))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Integer.class, edited))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select note from revision where entity_type = 'statement' and entity_id = ? and action = 'DELETE'",
				String.class, earlier))
			.contains("another page (livemint.com, 2025-01-28)");
		assertThat(this.jdbc.queryForList("select quote from statement where quote like 'Earlier Labs%'", String.class))
			.containsExactly("Earlier Labs is based in Hefei.");
		assertThat(this.importer.retractQuotesFromOtherPages()).isEmpty();
	}

	@Test
	void aFurtherSourceWhoseQuoteChangesIsEditedInPlaceWithItsHistory() {
		String pack = """
				entries:
				- hub: wuhan
				  indicator: ai_companies
				  value: 51
				  value_as_written: 51 AI companies
				  unit: companies
				  as_of: '2025'
				  qualifier: actual
				  quote: Wuhan has 51 AI companies.
				  source: {title: Wuhan page, publisher: A paper, published: '2025-06-01', url: 'https://example.org/wuhan-51'}
				  also:
				  - quote: QUOTE
				    source: {title: Another Wuhan page, publisher: Another paper, url: 'https://example.org/wuhan-51-also'}
				""";
		PackReport first = this.importer.apply("wuhan.yaml",
				pack.replace("QUOTE", "Fifty-one, says another paper.").getBytes(StandardCharsets.UTF_8));
		assertThat(first.refused()).isEmpty();
		String byQuote = "select id from statement where quote like 'Fifty-one%'";
		long id = this.jdbc.queryForObject(byQuote, Long.class);
		PackReport second = this.importer.apply("wuhan-again.yaml",
				pack.replace("QUOTE", "Fifty-one in all, says another paper.").getBytes(StandardCharsets.UTF_8));
		assertThat(second.rows()).filteredOn((row) -> row.kind().equals("statement"))
			.extracting(PlanRow::outcome)
			.containsExactly(Outcome.CHANGE);
		// The same statement, changed as the admin form's save would change it, with
		// the history of both imports.
		assertThat(this.jdbc.queryForObject(byQuote, Long.class)).isEqualTo(id);
		assertThat(this.jdbc.queryForObject("select quote from statement where id = ?", String.class, id))
			.isEqualTo("Fifty-one in all, says another paper.");
		assertThat(this.jdbc.queryForList(
				"select action from revision where entity_type = 'statement' " + "and entity_id = ? order by id",
				String.class, id))
			.containsExactly("IMPORT", "IMPORT");
	}

	@Test
	void aCatalogueRowChangesAnIndicatorAsItsFormWouldAndKeepsAnEditorsChinese() {
		String pack = """
				indicators:
				- key: test_catalogue_words
				  name: NAME
				  unit: things
				""";
		this.importer.apply("catalogue.yaml", pack.replace("NAME", "Test things").getBytes(StandardCharsets.UTF_8));
		this.jdbc.update("update indicator set unit_zh = '件' where code = 'test-catalogue-words'");
		PackReport renamed = this.importer.apply("catalogue-again.yaml",
				pack.replace("NAME", "Test things, renamed").getBytes(StandardCharsets.UTF_8));
		assertThat(renamed.rows()).extracting(PlanRow::kind, PlanRow::outcome)
			.containsExactly(Tuple.tuple("indicator", Outcome.CHANGE));
		assertThat(this.jdbc.queryForMap("select name, unit_zh from indicator where code = 'test-catalogue-words'"))
			.containsEntry("NAME", "Test things, renamed")
			.containsEntry("UNIT_ZH", "件");
		// The history holds the values of both imports, as a form's save would.
		List<Map<String, Object>> history = this.jdbc.queryForList(
				"select r.action, r.before_json, r.after_json from revision r join indicator i on i.id = r.entity_id "
						+ "where r.entity_type = 'indicator' and i.code = 'test-catalogue-words' order by r.id");
		assertThat(history).extracting((r) -> r.get("ACTION")).containsExactly("IMPORT", "IMPORT");
		assertThat(history.get(0).get("AFTER_JSON")).asString().contains("\"Test things\"");
		assertThat(history.get(1).get("BEFORE_JSON")).asString().contains("\"Test things\"");
		assertThat(history.get(1).get("AFTER_JSON")).asString().contains("Test things, renamed");
	}

	@Test
	void aPageThePortalHoldsTakesOnlyThePublisherAndYearItLacks() {
		String pack = """
				entries:
				- hub: wuhan
				  indicator: ai_companies
				  value: 40
				  value_as_written: 40 AI companies
				  unit: companies
				  as_of: '2022'
				  qualifier: actual
				  quote: Wuhan had 40 AI companies.
				  source: {title: A Wuhan page, publisher: PUBLISHER, published: 'PUBLISHED', url: 'https://example.org/wuhan-held'}
				""";
		this.importer.apply("first.yaml",
				pack.replace("PUBLISHER", "First paper")
					.replace("PUBLISHED", "2024-05-01")
					.getBytes(StandardCharsets.UTF_8));
		String page = "select publisher, published_year from source where url = 'https://example.org/wuhan-held'";
		// An editor has taken the publisher away since; the year stays.
		this.jdbc.update("update source set publisher = null where url = 'https://example.org/wuhan-held'");
		PackReport second = this.importer.apply("second.yaml",
				pack.replace("PUBLISHER", "Second paper")
					.replace("PUBLISHED", "2023-01-01")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(second.rows()).filteredOn((row) -> row.kind().equals("source"))
			.extracting(PlanRow::outcome)
			.containsExactly(Outcome.CHANGE);
		assertThat(this.jdbc.queryForMap(page)).containsEntry("PUBLISHER", "Second paper")
			.containsEntry("PUBLISHED_YEAR", 2024);
		PackReport third = this.importer.apply("third.yaml",
				pack.replace("PUBLISHER", "Third paper")
					.replace("PUBLISHED", "2022-01-01")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(third.rows()).noneMatch((row) -> row.kind().equals("source"));
		assertThat(this.jdbc.queryForMap(page)).containsEntry("PUBLISHER", "Second paper");
		// Filled as the source form's save would be, with its history.
		assertThat(this.jdbc.queryForList(
				"select r.after_json from revision r join source s on s.id = r.entity_id "
						+ "where r.entity_type = 'source' and s.url = 'https://example.org/wuhan-held' order by r.id",
				String.class))
			.hasSize(2)
			.last()
			.asString()
			.contains("Second paper");
	}

	@Test
	void aFileThatIsNotAPackIsRefusedWhole() {
		assertThatThrownBy(() -> this.importer.preview("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(PackFileException.class)
			.hasMessageContaining(".yaml, .yml or .csv");
		assertThatThrownBy(() -> InterfaceText.in(Locale.forLanguageTag("zh-Hans"),
				() -> this.importer.preview("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(PackFileException.class)
			.hasMessage("数据包须为 .yaml、.yml 或 .csv 文件；“notes.txt”都不是。");
		assertThatThrownBy(() -> this.importer.preview("broken.yaml", "entries: [".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(PackFileException.class)
			.hasMessage("Line 1: a list in [ ] or a mapping in { } opens here and is never closed.");
		// A YAML file with none of a pack's sections is the wrong file, not an empty
		// pack.
		assertThatThrownBy(() -> this.importer.preview("other.yaml",
				"figures:\n- hub: hefei\n  value: 3\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(PackFileException.class)
			.hasMessage("The file holds none of a pack\u2019s sections (hubs, indicators, new_indicators, "
					+ "definitions, entries, reclassify, companies, translations), so there is nothing to apply.");
		assertThatThrownBy(() -> this.importer.preview("latin1.csv", new byte[] { (byte) 0xe9, 'x' }))
			.isInstanceOf(PackFileException.class)
			.hasMessageContaining("UTF-8");
	}

}
