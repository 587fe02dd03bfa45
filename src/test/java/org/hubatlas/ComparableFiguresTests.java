package org.hubatlas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.compare.CompareRequest;
import org.hubatlas.compare.Comparison;
import org.hubatlas.compare.ComparisonService;
import org.hubatlas.figure.Figure;
import org.hubatlas.hub.HubDirectoryService;
import org.hubatlas.hub.HubSummary;
import org.hubatlas.map.HubMap;
import org.hubatlas.map.HubMapService;
import org.hubatlas.ranking.IndicatorRanking;
import org.hubatlas.ranking.IndicatorRankingService;
import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The shipped data compares: the comparables pack loads whole, the comparison ranks
 * figures for nearly every pair of hubs, the AI-companies ranking ranks the hubs that
 * count companies the same way, every page that ranks agrees with the others, and every
 * headline value reads as a number in both languages.
 */
@SiteTest
class ComparableFiguresTests {

	private static final List<String> NOT_COUNTED = List.of("ai-pilot-zone", "ai-application-pilot-zone",
			"designation");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CityService cities;

	@Autowired
	private ComparisonService comparisons;

	@Autowired
	private IndicatorRankingService rankings;

	@Autowired
	private HubDirectoryService directory;

	@Autowired
	private HubMapService maps;

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theComparablesPackLoadsRefusingOnlyTheFurtherQuotesFromPagesItDoesNotGive() {
		Map<String, Object> pack = this.jdbc
			.queryForMap("select created, refused from data_pack where name = '30-comparables-2026.yaml' "
					+ "order by id fetch first 1 rows only");
		// Nine companies' further quotes name another page ("(livemint.com,
		// 2025-01-28)"): they are refused rather than cited to the row's source; nothing
		// else is.
		assertThat(((Number) pack.get("refused")).intValue())
			.as(this.jdbc.queryForList("select name, created, changed, unchanged, refused from data_pack").toString())
			.isEqualTo(9);
		assertThat(this.jdbc.queryForObject("select count(*) from statement where quote like '%(livemint.com%'",
				Integer.class))
			.isZero();
		assertThat(((Number) pack.get("created")).intValue()).isGreaterThan(300);
		// Every figure of an indicator with more than one definition names one.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from figure f where f.definition_id is null and "
						+ "(select count(*) from indicator_definition d where d.indicator_id = f.indicator_id) > 1",
				Integer.class))
			.isZero();
		// The seed's "Registered AI companies" and llm_registered moved into the
		// indicators that count the same thing.
		assertThat(this.jdbc.queryForObject("select count(*) from figure f join indicator i on i.id = f.indicator_id "
				+ "where i.code in ('registered-ai-companies', 'llm-registered')", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from company where slug = 'zhipu-ai'", Integer.class))
			.isOne();
	}

	@Test
	void nearlyEveryPairOfHubsHasRankedRowsInCommon() {
		List<String> slugs = this.cities.all()
			.stream()
			.filter((c) -> c.getLevel() != CityLevel.AREA)
			.map(City::getSlug)
			.toList();
		List<Integer> ranked = new ArrayList<>();
		for (int a = 0; a < slugs.size(); a++) {
			for (int b = a + 1; b < slugs.size(); b++) {
				Comparison comparison = this.comparisons
					.compare(new CompareRequest(List.of(slugs.get(a), slugs.get(b))));
				ranked.add((int) comparison.figureRows()
					.stream()
					.filter((row) -> !NOT_COUNTED.contains(row.indicator().getCode()))
					.filter((row) -> row.ranking().comparable() && row.hubsWithData() == 2)
					.count());
			}
		}
		double mean = ranked.stream().mapToInt(Integer::intValue).average().orElse(0);
		assertThat(ranked).hasSize(231);
		assertThat(mean).isGreaterThanOrEqualTo(2.5);
		assertThat(ranked.stream().filter((n) -> n >= 3).count()).isGreaterThanOrEqualTo(100);
		assertThat(ranked.stream().filter((n) -> n == 0).count()).isLessThanOrEqualTo(10);
	}

	@Test
	void shanghaiAndShenzhenRankAiCompaniesGdpPopulationRdIntensityAndHighTechEnterprises() {
		Comparison comparison = this.comparisons.compare(new CompareRequest(List.of("shanghai", "shenzhen")));
		List<String> rankedRows = comparison.figureRows()
			.stream()
			.filter((row) -> row.ranking().comparable())
			.map((row) -> row.indicator().getCode())
			.toList();
		assertThat(rankedRows).contains("ai-companies", "gdp", "population", "rd-intensity", "high-tech-enterprises");
		Comparison.FigureRow companies = comparison.figureRows()
			.stream()
			.filter((row) -> row.indicator().getCode().equals("ai-companies"))
			.findFirst()
			.orElseThrow();
		assertThat(companies.cells()).extracting((f) -> f.getValueNumeric().intValue()).containsExactly(1100, 2200);
		// Shanghai's 394 "major" enterprises stand beside, with why.
		assertThat(companies.alsoFor(0)).anySatisfy((also) -> {
			assertThat(also.figure().getValueNumeric().intValue()).isEqualTo(394);
			assertThat(also.reason()).contains("counted as");
		});
	}

	@Test
	void theAiCompaniesRankingRanksTheHubsThatCountTheSameThing() {
		IndicatorRanking ranking = this.rankings.ranking("ai-companies");
		IndicatorRanking.Group main = ranking.main();
		assertThat(main.ranked()).isTrue();
		assertThat(main.entries()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(main.entries()).anySatisfy((e) -> {
			assertThat(e.hub().getSlug()).isEqualTo("beijing");
			assertThat(e.figure().getValueNumeric().intValue()).isEqualTo(2400);
		});
		assertThat(main.entries()).anySatisfy((e) -> {
			assertThat(e.hub().getSlug()).isEqualTo("shenzhen");
			assertThat(e.figure().getValueNumeric().intValue()).isEqualTo(2200);
		});
		// Guangdong's registry count of "AI-related" firms is not among them.
		assertThat(main.entries()).noneSatisfy((e) -> assertThat(e.hub().getSlug()).isEqualTo("guangdong"));
		assertThat(ranking.summary()).startsWith(main.entries().size() + " hubs ranked");
	}

	/**
	 * The corrections pack moves shipped figures to the definitions their quotes support:
	 * Zhongguancun's companies of four parks and Beijing's total computing supply no
	 * longer rank as a whole hub's AI companies and as intelligent computing; each stands
	 * apart under words that say what it counts. The recognition since 1988 is named for
	 * what it is.
	 */
	@Test
	void figuresMovedToTheDefinitionsTheirQuotesSupportStandApart() {
		IndicatorRanking companies = this.rankings.ranking("ai-companies");
		assertThat(companies.main().entries())
			.noneSatisfy((e) -> assertThat(e.hub().getSlug()).isEqualTo("zhongguancun"));
		assertThat(companies.groups()).anySatisfy((group) -> {
			assertThat(group.title()).endsWith("AI companies in a few named parks of the hub only");
			assertThat(group.entries()).singleElement()
				.satisfies((e) -> assertThat(e.hub().getSlug()).isEqualTo("zhongguancun"));
		});
		IndicatorRanking intelligent = this.rankings.ranking("computing-power-intelligent");
		assertThat(intelligent.main().entries()).noneSatisfy((e) -> assertThat(e.hub().getSlug()).isEqualTo("beijing"));
		assertThat(intelligent.groups()).anySatisfy((group) -> {
			assertThat(group.title()).endsWith("Total computing supply, its intelligent share not printed");
			assertThat(group.entries()).singleElement()
				.satisfies((e) -> assertThat(e.figure().getValueNumeric().intValue()).isEqualTo(33));
		});
		assertThat(this.rankings.ranking("designation").indicator().getName())
			.isEqualTo("Nationally recognised zone since");
	}

	/**
	 * The third corrections pack (92-classification-corrections-2026-12c.yaml): the
	 * targets whose quotes say 核心产业 rank as the core industry's; Wuhan's
	 * intelligent-computing target ranks among computing-power targets; Inner Mongolia
	 * ranks on the AI computing its quote of July 2025 prints.
	 */
	@Test
	void theThirdCorrectionsPackFilesFiguresAsTheirQuotesSay() {
		IndicatorRanking.Group targets = this.rankings.ranking("ai-industry-output-target").main();
		assertThat(targets.ranked()).isTrue();
		assertThat(targets.title()).endsWith("Scale of the AI core industry");
		assertThat(targets.entries()).extracting((e) -> e.hub().getSlug()).contains("jinan", "zhengzhou", "changsha");
		assertThat(this.rankings.ranking("ai-industry-output-target").groups())
			.flatExtracting(IndicatorRanking.Group::entries)
			.filteredOn((e) -> e.hub().getSlug().equals("harbin"))
			.singleElement()
			.satisfies((e) -> assertThat(e.figure().getDefinitionKey()).isEqualTo("ai-core-industry-scale-target"));
		assertThat(this.rankings.ranking("computing-power-target").main().entries())
			.anySatisfy((e) -> assertThat(e.hub().getSlug()).isEqualTo("wuhan"));
		assertThat(this.rankings.ranking("computing-power-intelligent").groups())
			.flatExtracting(IndicatorRanking.Group::entries)
			.noneSatisfy((e) -> assertThat(e.hub().getSlug()).isEqualTo("wuhan"));
		assertThat(this.rankings.ranking("computing-power-intelligent").main().entries()).anySatisfy((e) -> {
			assertThat(e.hub().getSlug()).isEqualTo("inner-mongolia");
			assertThat(e.figure().getValueNumeric().intValue()).isEqualTo(116);
			assertThat(e.figure().getAsOfLabel()).isEqualTo("2025-07");
		});
	}

	@Test
	void rankingsComparisonDirectoryMapAndApiAgree() throws Exception {
		for (String code : List.of("ai-companies", "gdp", "computing-power-intelligent")) {
			IndicatorRanking.Group main = this.rankings.ranking(code).main();
			List<String> ranked = main.entries().stream().map((e) -> e.hub().getSlug()).toList();

			// The map sizes dots by exactly these figures.
			HubMap map = this.maps.map(code);
			List<Long> sized = map.dots()
				.stream()
				.filter((d) -> d.figure() != null)
				.map((d) -> d.figure().getId())
				.sorted()
				.toList();
			assertThat(sized).containsExactlyElementsOf(
					main.entries().stream().map((e) -> e.figure().getId()).filter(Objects::nonNull).sorted().toList());

			// The API's ranking is the page's.
			String api = this.mvc.perform(get("/api/indicators/" + code))
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (IndicatorRanking.Entry entry : main.entries()) {
				assertThat(api).contains("\"rank\":" + entry.rank() + ",\"hub\":{\"slug\":\"" + entry.hub().getSlug());
			}
			// Each figure says the definition it counts by and the group it ranks in.
			assertThat(api)
				.contains("\"definitionGroup\":\"" + main.entries().get(0).figure().getDefinitionGroup() + "\"");

			// Compared two at a time, the first two keep their order and figures.
			Comparison comparison = this.comparisons.compare(new CompareRequest(ranked.subList(0, 2)));
			Comparison.FigureRow row = comparison.figureRows()
				.stream()
				.filter((r) -> r.indicator().getCode().equals(code))
				.findFirst()
				.orElseThrow();
			assertThat(row.ranking().comparable()).isTrue();
			assertThat(row.cells()).extracting(Figure::getId)
				.containsExactly(main.entries().get(0).figure().getId(), main.entries().get(1).figure().getId());
			assertThat(row.ranks().get(0)).isLessThanOrEqualTo(row.ranks().get(1));
		}

		// The directory sorts by the figures that rank, in the ranking's order.
		IndicatorRanking.Group companies = this.rankings.ranking("ai-companies").main();
		List<String> sorted = this.directory.summaries(null, HubDirectoryService.SortKey.AI_COMPANIES, true)
			.stream()
			.filter((s) -> s.rankedFigure("ai-companies") != null)
			.map((s) -> s.city().getSlug())
			.toList();
		assertThat(sorted)
			.containsExactlyElementsOf(companies.entries().stream().map((e) -> e.hub().getSlug()).toList());
		HubSummary guangdong = this.directory.summaries(null, HubDirectoryService.SortKey.AI_COMPANIES, true)
			.stream()
			.filter((s) -> s.city().getSlug().equals("guangdong"))
			.findFirst()
			.orElseThrow();
		assertThat(guangdong.rankedFigure("ai-companies")).isNull();
	}

	private static final Pattern HEADLINE = Pattern.compile("<p class=\"value\"><span>(.*?)</span>");

	private static final Pattern HOME_HEADLINE = Pattern.compile("<span class=\"value\">(.*?)</span>");

	/** A number first (after a qualifier), then its unit; no words as written. */
	private static final Pattern ENGLISH = Pattern
		.compile("^((more than|about|≥) )?[¥$€]?[\\d,.]+%?( (trillion|billion|million))?( [A-Za-z0-9² ,./()]+)?$");

	private static final Pattern CHINESE = Pattern.compile("^(超过|约)?[\\d,.]+(余)?(万|亿)?[^A-Za-z]*( ?[A-Za-z%]+)?$");

	@Test
	void everyHeadlineValueReadsAsANumberInBothLanguages() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/"));
		this.cities.all().forEach((c) -> pages.add("/cities/" + c.getSlug()));
		int values = 0;
		for (String page : pages) {
			for (boolean chinese : List.of(false, true)) {
				MockHttpServletRequestBuilder request = get(page)
					.locale(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
					.header("Accept-Language", chinese ? "zh-Hans" : "en");
				String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
				Matcher matcher = (page.equals("/") ? HOME_HEADLINE : HEADLINE).matcher(html);
				while (matcher.find()) {
					String value = matcher.group(1).replace("&nbsp;", " ").strip();
					values++;
					if (value.equals("no number given") || value.equals("未给出数字")) {
						continue;
					}
					assertThat(value).as(page + (chinese ? " (zh)" : " (en)")).matches(chinese ? CHINESE : ENGLISH);
					if (!chinese) {
						assertThat(value).as(page)
							.doesNotContainPattern("[\\u3400-\\u9fff]")
							.hasSizeLessThanOrEqualTo(40);
					}
				}
			}
		}
		assertThat(values).isGreaterThan(400);
	}

}
