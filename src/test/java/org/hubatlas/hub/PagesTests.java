package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.common.ChineseOrder;
import org.hubatlas.figure.Derived;
import org.hubatlas.ranking.IndicatorRankingService;
import org.hubatlas.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every public page over the seed data: status, view and the content a reader comes for.
 */
@SiteTest
class PagesTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IndicatorRankingService rankings;

	/**
	 * A hub's figures as a spreadsheet: a row for each figure about it, with its quote;
	 * an unknown hub is a 404.
	 */
	@Test
	void aHubsFiguresDownloadAsARowForEachFigure() throws Exception {
		String csv = this.mvc.perform(get("/cities/hefei.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-hefei.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int figures = this.jdbc.queryForObject(
				"select count(*) from figure f join city c on c.id = f.city_id where c.slug = 'hefei'", Integer.class);
		assertThat(figures).isPositive();
		assertThat(csv.lines().skip(1).filter((line) -> !line.isBlank())).hasSizeGreaterThanOrEqualTo(figures);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Indicator,Disputed or with a caveat,");
		this.mvc.perform(get("/cities/atlantis.csv")).andExpect(status().isNotFound());
	}

	/**
	 * A Disputed or Caveat badge on a page that does not list the notes itself opens the
	 * note it flags on the page of corrections and caveats, not the top of that page.
	 */
	@Test
	void aBadgeOpensTheNoteItFlags() throws Exception {
		String notes = english("/disputes");
		int badges = 0;
		for (String page : List.of("/", "/indicators/ai-companies", "/sources/2", "/map?size=ai-companies")) {
			String html = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain("href=\"/disputes\" title=");
			Matcher link = Pattern.compile("class=\"badge[^\"]*\" href=\"/disputes#(dispute-[^\"]+)\"").matcher(html);
			while (link.find()) {
				assertThat(notes).as(page).contains("id=\"" + link.group(1) + "\"");
				badges++;
			}
		}
		assertThat(badges).isGreaterThanOrEqualTo(4);
	}

	/**
	 * A correction that affects a figure or a statement names it beside what it is about,
	 * in the reader's language, and links to it where its page shows it.
	 */
	@Test
	void aCorrectionNamesTheFigureOrStatementItAffects() throws Exception {
		Map<String, Object> figure = this.jdbc.queryForMap("select l.figure_id, d.slug, i.name, i.name_zh "
				+ "from dispute_link l join dispute d on d.id = l.dispute_id join figure f on f.id = l.figure_id "
				+ "join indicator i on i.id = f.indicator_id where f.city_id is not null order by l.id limit 1");
		String anchor = "#figure-" + figure.get("FIGURE_ID");
		Element english = Jsoup.parse(english("/disputes")).getElementById("dispute-" + figure.get("SLUG"));
		assertThat(english.select("dd a[href$=" + anchor + "]").text()).contains(": " + figure.get("NAME") + ", ");
		Element chinese = Jsoup.parse(chinese("/disputes")).getElementById("dispute-" + figure.get("SLUG"));
		assertThat(chinese.select("dd a[href$=" + anchor + "]").text()).contains("：" + figure.get("NAME_ZH") + "，");
		long statement = this.jdbc
			.queryForObject("select min(statement_id) from dispute_link l join statement s on s.id = l.statement_id "
					+ "where s.city_id is not null", Long.class);
		assertThat(Jsoup.parse(english("/disputes")).select("dd a[href$=#statement-" + statement + "]").text())
			.matches("[^:]+: .+")
			.doesNotEndWith(".");
	}

	/** A count of one reads as one: "One note", never "1 notes". */
	@Test
	void everyHubProfileCountsInWordsThatAgreeWithTheNumber() throws Exception {
		java.util.regex.Pattern oneWithPlural = java.util.regex.Pattern
			.compile("\\b1 (notes|indicators|hubs|figures|sources|companies|rows)\\b");
		boolean oneNoteSeen = false;
		for (String slug : this.jdbc.queryForList("select slug from city order by slug", String.class)) {
			String profile = this.mvc.perform(get("/cities/" + slug)).andReturn().getResponse().getContentAsString();
			assertThat(oneWithPlural.matcher(profile).find()).as(slug).isFalse();
			oneNoteSeen |= profile.matches(
					"(?s).*One note on uncertain data on this page\\.</span>\\s*<a href=\"#disputes\">Read it</a>.*");
		}
		// Guangdong's profile has exactly one.
		assertThat(oneNoteSeen).isTrue();
	}

	/**
	 * Each hub's places on its profile and in its API are the ranks the rankings give it:
	 * the same rule, the same group, the same number of hubs.
	 */
	@Test
	void everyHubProfileSaysWhereItStandsAsTheRankingsDo() throws Exception {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		int checked = 0;
		for (String slug : this.jdbc.queryForList("select slug from city order by slug", String.class)) {
			String profile = this.mvc.perform(get("/cities/" + slug))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(profile).as(slug).contains("id=\"standing-heading\"");
			tools.jackson.databind.JsonNode hub = json
				.readTree(this.mvc.perform(get("/api/hubs/" + slug)).andReturn().getResponse().getContentAsString());
			for (tools.jackson.databind.JsonNode rank : hub.get("ranks")) {
				String code = rank.get("indicator").asString();
				tools.jackson.databind.JsonNode ranking = json.readTree(this.mvc.perform(get("/api/indicators/" + code))
					.andReturn()
					.getResponse()
					.getContentAsString());
				tools.jackson.databind.JsonNode main = ranking.get("groups").get(0);
				assertThat(main.get("ranked").asBoolean()).as(code).isTrue();
				List<tools.jackson.databind.JsonNode> entries = new ArrayList<>();
				main.get("entries").forEach(entries::add);
				List<tools.jackson.databind.JsonNode> ranked = entries.stream()
					.filter((e) -> e.hasNonNull("rank"))
					.toList();
				tools.jackson.databind.JsonNode own = ranked.stream()
					.filter((e) -> e.get("hub").get("slug").asString().equals(slug))
					.findFirst()
					.orElseThrow(() -> new AssertionError(slug + " not ranked in " + code));
				assertThat(rank.get("rank").asInt()).as(slug + " in " + code).isEqualTo(own.get("rank").asInt());
				assertThat(rank.get("of").asInt()).as(slug + " in " + code).isEqualTo(ranked.size());
				assertThat(rank.get("figure").asLong()).isEqualTo(own.get("figure").get("id").asLong());
				checked++;
			}
		}
		assertThat(checked).as("ranks checked against the rankings").isGreaterThan(100);
		String shenzhen = english("/cities/shenzhen");
		assertThat(shenzhen).contains("2nd of 7 hubs", "class=\"standing-bar\"");
		// Every place's figure is followed by its source.
		long places = shenzhen.split("class=\"standing-value", -1).length - 1;
		assertThat(places).isPositive();
		assertThat(Pattern.compile("class=\"standing-value[^\"]*\">[^<]*<a class=\"note\" href=\"#source-")
			.matcher(shenzhen)
			.results()
			.count()).isEqualTo(places);
	}

	/**
	 * Hubs with figures counted the same way over two years or more show them as a chart
	 * and a table with the growth per year; a comparison charts them a line per hub.
	 */
	@Test
	void trendsShowOnProfilesAndInTheComparison() throws Exception {
		int withTrend = 0;
		for (String slug : this.jdbc.queryForList("select slug from city", String.class)) {
			String profile = this.mvc.perform(get("/cities/" + slug)).andReturn().getResponse().getContentAsString();
			if (profile.contains("class=\"trend-chart\"")) {
				withTrend++;
				assertThat(profile).as(slug).contains("Change per year", "class=\"trend-svg\"");
			}
		}
		assertThat(withTrend).isGreaterThanOrEqualTo(5);
		// Beijing's AI industry: ¥186 billion in 2020, more than ¥250 billion in 2023: at
		// least that growth.
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(content().string(allOf(containsString("¥186 billion"), containsString("at least +10.4%"))));
		String comparison = this.mvc.perform(get("/compare").param("cities", "beijing,shanghai,shenzhen"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(comparison).contains("How their figures have moved", "class=\"trend-chart\"", "Who leads")
			.containsPattern("<strong>Beijing</strong> leads \\d+");
		this.mvc
			.perform(get("/compare").param("cities", "beijing,shanghai,shenzhen").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("谁领先"), containsString("年均变化"))));
	}

	/**
	 * Per-capita and share-of-GDP rankings rank six hubs or more, each with its formula.
	 */
	@Test
	void derivedRankingsRankSixHubsOrMoreAndShowBothFigures() throws Exception {
		this.mvc.perform(get("/indicators"))
			.andExpect(content().string(allOf(containsString("Derived by Hub Atlas"),
					containsString("href=\"/indicators/ai-companies-per-million\""),
					containsString("href=\"/indicators/ai-industry-output-share-of-gdp\""))));
		for (String code : List.of("ai-companies-per-million", "ai-industry-output-share-of-gdp")) {
			String page = this.mvc.perform(get("/indicators/" + code))
				.andExpect(status().isOk())
				.andExpect(view().name("ranking/derived"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page.split("data-label=\"Rank\"", -1).length - 1).as(code).isGreaterThanOrEqualTo(6);
			assertThat(page).contains("Derived by Hub Atlas", "÷", "href=\"/sources/");
		}
		// Beijing's 2023 R&D spending over its GDP of 2024, the only one a year from it,
		// says so.
		this.mvc.perform(get("/indicators/rd-expenditure-share-of-gdp"))
			.andExpect(content().string(containsString("of 2024: our sources give none of 2023")));
		this.mvc.perform(get("/indicators/ai-industry-output-share-of-gdp").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("占GDP的"), containsString("人工智能产业规模占GDP比重"))));
	}

	/**
	 * A trend's heading names its indicator, and what it counts only where that says more
	 * than the indicator's name.
	 */
	@Test
	void aTrendsHeadingDoesNotRepeatTheIndicatorsName() throws Exception {
		this.mvc.perform(get("/cities/zhengzhou"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("R&amp;D intensity: R&amp;D expenditure as a share of GDP"),
							not(containsString("10,000 residents: High-value invention patents")))));
	}

	/**
	 * The rankings list counts the hubs of each derived ranking from the figures' keys,
	 * without loading a figure; the ranking itself works from the figures: both rank the
	 * same hubs.
	 */
	@Test
	void theListCountsTheHubsEachDerivedRankingRanks() {
		List<IndicatorRankingService.DerivedEntry> catalogue = this.rankings.derivedCatalogue();
		assertThat(catalogue).hasSize(Derived.ALL.size());
		for (IndicatorRankingService.DerivedEntry entry : catalogue) {
			assertThat(entry.rankedHubs()).as(entry.ratio().code())
				.isEqualTo(this.rankings.derived(entry.ratio().code()).ranked().size());
		}
		assertThat(catalogue).anySatisfy((entry) -> assertThat(entry.rankedHubs()).isGreaterThanOrEqualTo(6));
	}

	/**
	 * The index with the starting weights scores the hubs with figures enough, says how,
	 * keeps the choice in the address and refuses a weight that is none.
	 */
	@Test
	void theIndexScoresHubsWithItsMethodStatedAndTheWeightsInTheAddress() throws Exception {
		String page = this.mvc.perform(get("/index"))
			.andExpect(status().isOk())
			.andExpect(view().name("ranking/index"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("How the scores are made", "best value scores 100", "less than half of the weight",
				"Not enough data", "name=\"ai-companies\"", "Rank range");
		int scored = page.split("data-label=\"Score\"", -1).length - 1;
		assertThat(scored).isGreaterThanOrEqualTo(14);
		// Each part's figure names its source.
		assertThat(page).contains("href=\"/sources/");
		this.mvc.perform(get("/index").param("ai-companies", "3").param("gdp", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"3\"")));
		this.mvc.perform(get("/index").param("gdp", "eleven")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/index").param("gdp", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Give at least one indicator a weight above 0."),
					containsString("name=\"gdp\" value=\"0\""))));
		this.mvc.perform(get("/api/index").param("ai-companies", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"rankRange\"")));
		// A mistyped code is named, not left out of an index answered as if it were
		// right.
		this.mvc.perform(get("/api/index").param("ai-companys", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is no indicator 'ai-companys' to weigh"),
					containsString("ai-companies"))));
		this.mvc.perform(get("/index.csv")).andExpect(status().isOk());
		this.mvc.perform(get("/index").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("自定权重指数")));
	}

	/**
	 * Cities are scored beside cities: Guangdong's totals would stretch every city's
	 * score, so it is listed apart, and Beijing, not Guangdong, sets the top of GDP.
	 */
	/**
	 * A forecast ranks with targets: Guizhou's total computing "expected to reach 150
	 * EFLOPS by the end of 2025", published that December, does not lead the reported
	 * values.
	 */
	@Test
	void aForecastRanksWithTargetsNotWithReportedValues() throws Exception {
		String page = this.mvc.perform(get("/indicators/computing-power-total"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int forecasts = page.indexOf("Targets and forecasts");
		assertThat(forecasts).isPositive();
		assertThat(page.indexOf("150 EFLOPS")).as("Guizhou's forecast stands with the targets")
			.isGreaterThan(forecasts);
	}

	/** A place shared with other hubs says so, on the page, in Chinese and in the API. */
	@Test
	void aSharedPlaceSaysItIsTied() throws Exception {
		this.mvc.perform(get("/cities/shanghai"))
			.andExpect(content().string(containsString("1st of 18 hubs, tied with 6 others")));
		this.mvc.perform(get("/cities/shanghai").header("Accept-Language", "zh-Hans"))
			.andExpect(content().string(containsString("第1名（与另外6个枢纽并列），共18个枢纽")));
		this.mvc.perform(get("/api/hubs/shanghai").accept("application/json"))
			.andExpect(content().string(containsString("\"rank\":1,\"of\":18,\"tied\":7")));
	}

	/**
	 * No hub's summary says where it ranks ("fifth of ten"): the ranking beside it does,
	 * and a rank written into words goes stale as hubs are added.
	 */
	@Test
	void noHubSummarySaysWhereItRanks() {
		List<String> summaries = this.jdbc.queryForList(
				"select concat(coalesce(summary, ''), ' ', coalesce(summary_zh, '')) from city", String.class);
		assertThat(summaries).hasSizeGreaterThan(20)
			.noneMatch((text) -> text.matches("(?s).*(hubs ranked here|hubs compared here|个枢纽中居第|枢纽之首"
					+ "|\\((first|second|third|fourth|fifth|sixth|seventh) of \\w+\\)).*"));
	}

	/** A page's title names its hub, company or institution in the reader's language. */
	@Test
	void aPagesTitleNamesItsRecordInTheReadersLanguage() throws Exception {
		for (String[] page : List.of(new String[] { "/cities/shenzhen", "深圳 · " },
				new String[] { "/universities/tsinghua-university", "清华大学 · " },
				new String[] { "/companies/deepseek", "深度求索 · " })) {
			String html = this.mvc.perform(get(page[0]).header("Accept-Language", "zh-Hans"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).title()).as(page[0]).startsWith(page[1]);
		}
		assertThat(Jsoup.parse(english("/cities/shenzhen")).title()).startsWith("Shenzhen · ");
	}

	@Test
	void theIndexScoresCitiesBesideCitiesAndListsProvincesApart() throws Exception {
		Document page = Jsoup.parse(english("/index?gdp=1"));
		assertThat(page.select("tbody a[href=/cities/guangdong]")).isEmpty();
		assertThat(page.select("tbody a[href=/cities/inner-mongolia]")).isEmpty();
		assertThat(page.select("section[aria-labelledby=not-scored-heading] a").eachAttr("href"))
			.contains("/cities/guangdong", "/cities/inner-mongolia")
			.doesNotContain("/cities/beijing");
		Element first = page.select("tbody tr").first();
		assertThat(first.select("th a").attr("href")).isIn("/cities/shanghai", "/cities/beijing");
		assertThat(first.select("td strong").text()).isEqualTo("100.0");
		// Its part's rank is among the cities too: 100 points is first, not "2nd of 22".
		assertThat(first.select("ul.parts li").text()).contains("100 points × weight 1").contains("(1st of ");
		this.mvc.perform(get("/api/index").param("gdp", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("\"notScoredBesideCities\":[{"), containsString("\"slug\":\"guangdong\""))));
	}

	/** Every indicator of the catalogue has its name for readers of Chinese. */
	@Test
	void everyIndicatorIsNamedInChinese() throws Exception {
		assertThat(this.jdbc.queryForList("select code from indicator where name_zh is null or name_zh = ''",
				String.class))
			.isEmpty();
		this.mvc.perform(get("/indicators").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("人工智能企业"), containsString("算力（未说明类型）"))));
		// The index's line reads with the full-width colon, and is a notice, not an
		// alert.
		Document chinese = Jsoup.parse(chinese("/indicators"));
		assertThat(chinese.select("p.notice").text()).startsWith(chinese.select("p.notice a").text() + "：");
		assertThat(chinese.select("p.callout")).isEmpty();
	}

	/**
	 * Hub Atlas's summary of every hub, in both languages (the shipped summaries pack).
	 */
	@Test
	void everyHubHasItsSummaryInEnglishAndChinese() throws Exception {
		assertThat(this.jdbc.queryForList("select slug from city where summary is null or summary = ''"
				+ " or summary_zh is null or summary_zh = ''", String.class))
			.isEmpty();
		this.mvc.perform(get("/cities/changsha").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("长沙被《湖南日报》称为湖南新一代人工智能产业发展核心区")));
		this.mvc.perform(get("/cities/changsha"))
			.andExpect(content().string(containsString("Changsha, which Hunan Daily calls Hunan")));
	}

	@Test
	void homeShowsEveryTopLevelHubWithHeadlineFigures() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/home"))
			.andExpect(content().string(allOf(containsString("Beijing"), containsString("Guizhou"),
					containsString("Inner Mongolia"), containsString("href=\"/cities\""),
					containsString("href=\"/compare?cities="), containsString("href=\"/indicators/ai-companies\""))));
	}

	/** The home page answers each question it asks, the pilot zones' too. */
	@Test
	void theHomePageSaysWhichHubsArePilotZonesAndSinceWhen() throws Exception {
		String answer = Jsoup.parse(english("/")).select("li:has(a[href=/indicators/ai-pilot-zone]) span.small").text();
		assertThat(answer).matches("\\d+ hubs are pilot zones; the first, in 2019: .*").contains("Beijing", "Shanghai");
		assertThat(Jsoup.parse(chinese("/")).select("li:has(a[href=/indicators/ai-pilot-zone]) span.small").text())
			.contains("个枢纽为试验区；最早于2019年设立的：", "北京");
	}

	/**
	 * A hub's card leads with amounts that rank beside other hubs': Beijing's AI
	 * companies, not a park announced in 2018; Shenzhen's, not the subsidy the
	 * corrections say is Shanghai's; not the pilot-zone year most hubs share.
	 */
	@Test
	void aHubsCardLeadsWithFiguresThatCompare() throws Exception {
		Document home = Jsoup.parse(english("/"));
		Element beijing = home.select("li.hub-card:has(a[href=/cities/beijing])").first();
		assertThat(beijing.select("p.headline .value").eachText()).hasSize(2)
			.first()
			.isEqualTo("more than 2,400 companies");
		Element shenzhen = home.select("li.hub-card:has(h3 a[href=/cities/shenzhen])").first();
		assertThat(shenzhen.select("p.headline").eachText()).hasSize(2)
			.noneMatch((headline) -> headline.contains("¥1 billion"))
			.noneMatch((headline) -> headline.contains("pilot zone since"));
	}

	@Test
	void directoryListsEveryHubOfTheSeedsAndTheShippedPack() throws Exception {
		this.mvc.perform(get("/cities"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("24 hubs"), containsString("Zhongguancun"),
					containsString("Hefei"), containsString("Liangzhu"), containsString("Guangdong"))));
	}

	/**
	 * Sorted by a figure, the directory marks the figures that do not rank with the
	 * others', which it sorts last: Guangdong's count of AI-related firms is no rival of
	 * Beijing's AI companies.
	 */
	@Test
	void theDirectoryMarksAFigureThatDoesNotRankWithTheOthers() throws Exception {
		Document page = Jsoup.parse(english("/cities?sort=ai-companies&dir=desc"));
		assertThat(page.select("caption").text())
			.endsWith("hubs whose figure does not rank with the others\u2019, or with no figure, last");
		Element beijing = page.select("tbody tr:has(th a[href=/cities/beijing])").first();
		Element guangdong = page.select("tbody tr:has(th a[href=/cities/guangdong])").first();
		assertThat(beijing.select("td").get(2).select(".badge")).isEmpty();
		assertThat(guangdong.select("td").get(2).select(".badge").text()).isEqualTo("not ranked");
		// It says why: what it counts.
		assertThat(guangdong.select("td").get(2).select(".counted-as").text()).startsWith("counted as: ");
		assertThat(beijing.select("td").get(2).select(".counted-as")).isEmpty();
		assertThat(page.select("tbody tr").indexOf(beijing)).isLessThan(page.select("tbody tr").indexOf(guangdong));
	}

	@Test
	void directoryFiltersByLevel() throws Exception {
		this.mvc.perform(get("/cities").param("level", "municipality"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("4 hubs"), containsString("Shanghai"),
					containsString("Chongqing"), not(containsString("href=\"/cities/hangzhou\"")))));
	}

	@Test
	void directorySortsByCompaniesDescending() throws Exception {
		String body = this.mvc.perform(get("/cities").param("sort", "companies").param("dir", "desc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int hangzhou = body.indexOf("href=\"/cities/hangzhou\"");
		int guizhou = body.indexOf("href=\"/cities/guizhou\"");
		assertThat(hangzhou).isPositive().isLessThan(guizhou);
	}

	@Test
	void directoryRejectsAnUnknownSortKeyWith400() throws Exception {
		this.mvc.perform(get("/cities").param("sort", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(content()
				.string(allOf(containsString("must be one of: name, companies"), not(containsString("<script>")))));
	}

	@Test
	void directoryRejectsAnUnknownLevelWith400() throws Exception {
		this.mvc.perform(get("/cities").param("level", "planet"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The parameter &#39;level&#39; must be one of")));
	}

	@Test
	void beijingProfileShowsFigureWithItsSourceAndQuote() throws Exception {
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(status().isOk())
			.andExpect(view().name("hub/profile"))
			.andExpect(content().string(allOf(containsString("北京"), containsString("over 2,400"),
					containsString("registered AI companies."), containsString("Competition in China"),
					containsString("Zhongguancun"), containsString("Peking University"),
					containsString("Beijing AI park"), containsString("$2.1 billion"),
					containsString("What the sources say"))));
	}

	@Test
	void aProfileSaysWhichReferenceDataIsNotFromTheArticlesAsOneSentence() throws Exception {
		this.mvc.perform(get("/cities/hefei"))
			.andExpect(content().string(containsString(
					"Chinese names, administrative levels, provinces and coordinates are standard reference data")));
		this.mvc.perform(get("/cities/hefei").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("中文名、行政级别、省份及坐标为标准参考数据")));
	}

	@Test
	void beijingProfileListsCompaniesOfItsSubArea() throws Exception {
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(content().string(allOf(containsString("href=\"/companies/yi-plus\""),
					containsString("Headquarters</span><span> in Zhongguancun"))));
	}

	@Test
	void hangzhouProfileShowsDeepSeekAlibabaAndZhejiangUniversity() throws Exception {
		this.mvc.perform(get("/cities/hangzhou"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("DeepSeek"), containsString("Alibaba"),
					containsString("Zhejiang University"), containsString("Liangzhu"))));
	}

	@Test
	void profileGroupsStatementsByNature() throws Exception {
		String body = english("/cities/liangzhu");
		assertThat(body.indexOf("Reported as fact (")).isPositive()
			.isLessThan(body.indexOf("Forecasts and speculation ("));
	}

	@Test
	void shenzhenProfileFlagsTheWaicAndSubsidyErrors() throws Exception {
		this.mvc.perform(get("/cities/shenzhen"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("The World AI Conference is held in Shanghai, not Shenzhen"),
							containsString("very probably belong to Shanghai"), containsString("badge-disputed"))));
	}

	@Test
	void beijingProfileShowsTheTemporalSpreadWarning() throws Exception {
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(content().string(containsString("The five articles the portal started from span 2017 to 2025")));
	}

	@Test
	void unknownCityIs404InTheSiteLayout() throws Exception {
		this.mvc.perform(get("/cities/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(allOf(containsString("There is no hub called"), containsString("atlantis"),
					containsString("Hub Atlas"), containsString("href=\"/cities\""))));
	}

	/**
	 * A slug typed in capitals leads to its page (slugs are lower case), its download
	 * too; a capitalised slug of no record is still not found, after one step.
	 */
	@Test
	void aSlugTypedInCapitalsLeadsToItsPage() throws Exception {
		this.mvc.perform(get("/cities/BEIJING?sort=name")).andExpect(redirectedUrl("/cities/beijing?sort=name"));
		this.mvc.perform(get("/companies/DeepSeek")).andExpect(redirectedUrl("/companies/deepseek"));
		this.mvc.perform(get("/cities/Beijing.csv")).andExpect(redirectedUrl("/cities/beijing.csv"));
		this.mvc.perform(get("/cities/Atlantis")).andExpect(redirectedUrl("/cities/atlantis"));
		this.mvc.perform(get("/cities/atlantis")).andExpect(status().isNotFound());
	}

	/**
	 * A source whose title we wrote for a page that printed none says so beside it; what
	 * a statement is about reads with the language's own colon.
	 */
	@Test
	void aSourcesWrittenTitleSaysSoAndItsStatementsReadInTheReadersPunctuation() throws Exception {
		long robots = this.jdbc.queryForObject("select id from source where title = '(哈工大机器人集团 report)'", Long.class);
		Document english = Jsoup.parse(english("/sources/" + robots));
		assertThat(english.select("h1").text()).isEqualTo("哈工大机器人集团 report untitled page: our description");
		assertThat(english.select("li.statement p.small").eachText()).contains("Company: HIT Robot Group");
		Document chinese = Jsoup.parse(chinese("/sources/" + robots));
		assertThat(chinese.select("li.statement p.small").eachText()).contains("企业：哈工大机器人集团");
	}

	/**
	 * A source whose publisher names no outlet ("unknown (news repost …)") is cited by
	 * its title: in quotation marks in English, in title marks in Chinese.
	 */
	@Test
	void aSourceThatNamesNoOutletIsCitedByItsTitle() throws Exception {
		assertThat(english("/map")).contains("“科技部支持广东广州建设").doesNotContain(">unknown (news repost");
		assertThat(chinese("/map")).contains("《科技部支持广东广州建设").doesNotContain(">unknown (news repost");
	}

	/** Crawlers may read every public page, and are kept off the admin's. */
	@Test
	void robotsAreToldWhatToRead() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("User-agent: *"), containsString("Disallow: /admin"))));
	}

	/**
	 * A unit names what is counted in words, not a currency's code; a chart whose way of
	 * counting already names its indicator is headed by it alone ("GDP at current
	 * prices", not "GDP: GDP at current prices").
	 */
	@Test
	void unitsAndChartHeadingsReadAsWords() throws Exception {
		Document gdp = Jsoup.parse(english("/indicators/gdp"));
		assertThat(gdp.select("ul.facts li:contains(Measured in) span").eachText()).containsExactly("yuan");
		Document guizhou = Jsoup.parse(english("/cities/guizhou"));
		assertThat(guizhou.select("h3[id^=trend-]").eachText()).anyMatch((h) -> h.startsWith("GDP at current prices"))
			.noneMatch((h) -> h.startsWith("GDP: GDP"));
		// In Chinese too, where the indicator's name carries its abbreviation:
		// 地区生产总值（GDP）.
		Document chinese = Jsoup.parse(chinese("/cities/guizhou"));
		assertThat(chinese.select("h3[id^=trend-]").eachText()).anyMatch((h) -> h.startsWith("地区生产总值(现价"))
			.noneMatch((h) -> h.startsWith("地区生产总值（GDP）："));
	}

	@Test
	void companyPagesWork() throws Exception {
		this.mvc.perform(get("/companies"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("DeepSeek"), containsString("Liulishuo"))));
		this.mvc.perform(get("/companies/liulishuo"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("600,000"), containsString("paid users"),
					containsString("2013"), containsString("Shanghai"), containsString("SCMP"))));
		this.mvc.perform(get("/companies/deepseek"))
			.andExpect(content().string(allOf(containsString("href=\"/universities/zhejiang-university\""),
					containsString("Alma mater of DeepSeek&#39;s founder"))));
		this.mvc.perform(get("/companies/nope")).andExpect(status().isNotFound());
	}

	@Test
	void companyListFiltersByKindAndSector() throws Exception {
		this.mvc.perform(get("/companies").param("kind", "startup"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("DeepSeek"), not(containsString("href=\"/companies/google\"")))));
		this.mvc.perform(get("/companies").param("sector", "Robotics"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Unitree"), containsString("AgiBot"),
					containsString("5 companies named in our sources"))));
		this.mvc.perform(get("/companies").param("sector", "Knitting")).andExpect(status().isBadRequest());
	}

	@Test
	void universityPagesWork() throws Exception {
		this.mvc.perform(get("/universities"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tsinghua University"), containsString("清华大学"))));
		this.mvc.perform(get("/universities/zhejiang-university"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("DeepSeek"), containsString("alma mater"))));
		this.mvc.perform(get("/universities/nope")).andExpect(status().isNotFound());
		this.mvc.perform(get("/universities").param("kind", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void incentivePagesWork() throws Exception {
		this.mvc.perform(get("/incentives"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 billion yuan"), containsString("$2.1 billion"))));
		this.mvc.perform(get("/incentives").param("kind", "restriction"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("VPN"), not(containsString("Beijing AI park")))));
		this.mvc.perform(get("/incentives/shenzhen-1bn-subsidies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("very probably belong to Shanghai")));
		this.mvc.perform(get("/incentives/nope")).andExpect(status().isNotFound());
	}

	@Test
	void sourcePagesListWhatTheyCite() throws Exception {
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Where is China’s Silicon Valley?"), containsString("OZY"),
					containsString("Ben Halder"))));
		this.mvc.perform(get("/sources/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("600,000"), containsString("Liulishuo"),
					containsString("four years after it was launched in 2013"))));
	}

	/**
	 * A ranking's earlier figures stand by hub, each hub's newest first, not among each
	 * other by value.
	 */
	@Test
	void aRankingsEarlierFiguresStandByHubNewestFirst() {
		List<String> shown = this.rankings.ranking("computing-power-total")
			.groups()
			.stream()
			.filter((group) -> group.title().startsWith("Earlier figures"))
			.flatMap((group) -> group.entries().stream())
			.map((entry) -> entry.hub().getName() + "|" + entry.figure().getAsOfLabel())
			.toList();
		assertThat(shown).hasSizeGreaterThan(2);
		assertThat(shown).isSortedAccordingTo(Comparator.comparing((String e) -> e.substring(0, e.indexOf('|')))
			.thenComparing((String e) -> e.substring(e.indexOf('|') + 1), Comparator.reverseOrder()));
	}

	/**
	 * A source page gives each figure in the reader's words and the source's words as
	 * written, with nothing added to them: "set to surpass 33,000 P" is at least 33
	 * EFLOPS, never "33,000 P EFLOPS".
	 */
	@Test
	void aSourcesPageGivesTheFigureInReadersWordsAndTheWordsAsWrittenUntouched() throws Exception {
		long source = this.jdbc.queryForObject(
				"select min(source_id) from figure where value_as_written = 'set to surpass 33,000 P'", Long.class);
		String page = this.mvc.perform(get("/sources/" + source))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("\u2265 33 EFLOPS")
			.contains(">set to surpass 33,000 P<")
			.doesNotContain("33,000 P EFLOPS");
	}

	/**
	 * "Oldest first" by the whole date, not the year alone: 2019-05-22 before 2019-10-17;
	 * and the home page's newest source is the one published last, whatever its number.
	 */
	@Test
	void sourcesAreListedOldestFirstByTheirFullDateAndTheNewestIsTheLastPublished() throws Exception {
		String page = everySourcesPage("en");
		List<String> dates = new ArrayList<>();
		Matcher cell = Pattern.compile("<td data-label=\"Date\">(?:<span[^>]*>)?(\\d{4}-\\d\\d-\\d\\d)").matcher(page);
		while (cell.find()) {
			dates.add(cell.group(1));
		}
		assertThat(dates).hasSizeGreaterThan(100).isSorted();
		String home = english("/");
		assertThat(home).contains("the newest source was published <a href=\"/sources/")
			.contains(">" + dates.get(dates.size() - 1) + "</a>");
		// The sentence ends as the reader's language ends one.
		assertThat(home).contains(dates.get(dates.size() - 1) + "</a>.</p>");
		String chinese = this.mvc.perform(get("/").header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// In Chinese the date reads as Chinese dates do: 2026-03-20 is 2026年3月20日.
		String[] newest = dates.get(dates.size() - 1).split("-");
		assertThat(chinese).contains("最新来源发表于")
			.contains(newest[0] + "年" + Integer.parseInt(newest[1]) + "月" + Integer.parseInt(newest[2]) + "日</a>。</p>");
		assertThat(home).containsPattern("hubs</strong> with <strong>\\d+ cited figures</strong> from <strong>");
		assertThat(chinese).containsPattern("个枢纽</strong>，包含 <strong>\\d+ 个引用数字</strong>，来自 <strong>");
	}

	/**
	 * A figure's research note is shown as one, folded away, and names indicators and
	 * fields as the pages do: never by the data pack's codes ("not filed as
	 * rd_intensity").
	 */
	@Test
	void researchNotesAreLabelledAndNameNoIndicatorByItsCode() throws Exception {
		List<String> codes = this.jdbc.queryForList("select code from indicator where code like '%-%'", String.class)
			.stream()
			.map((code) -> code.replace('-', '_'))
			.toList();
		assertThat(codes).contains("rd_intensity");
		int notes = 0;
		for (String slug : this.jdbc.queryForList("select slug from city order by slug", String.class)) {
			String profile = this.mvc.perform(get("/cities/" + slug)).andReturn().getResponse().getContentAsString();
			for (String code : codes) {
				assertThat(profile).as(slug).doesNotContainPattern("\\b" + code + "\\b");
			}
			assertThat(profile).as(slug).doesNotContainPattern("\\bas_of\\b");
			notes += profile.split("<summary>Research note, as recorded</summary>", -1).length - 1;
		}
		assertThat(notes).isGreaterThan(20);
		assertThat(english("/cities/shenzhen")).contains("not filed as \u201cR&amp;D intensity\u201d");
	}

	/**
	 * A further source's statement names the indicator it reports on and leaves the value
	 * to its own quote, which may word or round it otherwise than the figure it stands
	 * beside.
	 */
	@Test
	void furtherSourcesSayWhatTheyReportOnAndLeaveTheValueToTheirQuote() throws Exception {
		List<String> indicators = this.jdbc.queryForList("select 'Also reported: ' || name from indicator",
				String.class);
		List<Map<String, Object>> further = this.jdbc
			.queryForList("select paraphrase, paraphrase_zh from statement where pack_ref like '%#also%'");
		assertThat(further).hasSizeGreaterThan(15);
		for (Map<String, Object> statement : further) {
			assertThat(indicators).contains((String) statement.get("PARAPHRASE"));
			assertThat((String) statement.get("PARAPHRASE_ZH")).startsWith("另有报道：").doesNotContain("，");
		}
		assertThat(english("/cities/beijing")).contains("Also reported: AI industry output")
			.doesNotContain("Also reported: AI industry output, mehr als 300 Milliarden");
	}

	/**
	 * A reader of Chinese reads hub names in Chinese where a name stands alone: the
	 * breadcrumb, a sub-area's hub, the sub-areas a hub includes on the home page and in
	 * a comparison.
	 */
	@Test
	void aReaderOfChineseReadsSubAreasAndBreadcrumbsInChinese() throws Exception {
		String profile = chinese("/cities/zhongguancun");
		assertThat(profile).contains("<a href=\"/cities/beijing\">北京</a>")
			.contains("<li aria-current=\"page\">中关村</li>");
		assertThat(chinese("/").replaceAll("\\s+", " ")).contains("包括 <a href=\"/cities/zhongguancun\">中关村</a>");
		assertThat(chinese("/compare?cities=beijing,shanghai")).contains(">含中关村<");
		assertThat(profile).contains("</strong><a href=\"/cities/beijing\">北京</a>");
		assertThat(chinese("/compare?cities=zhongguancun,shanghai")).contains(">属于北京<");
		assertThat(chinese("/cities")).contains("属于北京");
		// A hub named beside a company, an institution or an incentive, too.
		assertThat(chinese("/companies/deepseek")).contains("<a href=\"/cities/hangzhou\">杭州</a>");
		assertThat(chinese("/incentives")).contains("<a href=\"/cities/beijing\">北京</a>")
			.doesNotContain("<a href=\"/cities/beijing\">Beijing</a>");
		assertThat(chinese("/universities/zhejiang-university")).contains("<a href=\"/cities/liangzhu\">良渚</a>");
		assertThat(chinese("/cities/beijing")).contains("<a href=\"/cities/zhongguancun\">中关村</a>");
		// A source's estimated date, in the reader's words.
		assertThat(chinese("/sources/1")).contains("约2017年").doesNotContain("about 2017");
		assertThat(everySourcesPage("zh-CN")).contains("约2017年", "日期不详").doesNotContain(">unknown<");
		assertThat(chinese("/incentives")).doesNotContain(">not stated<")
			.contains("<a href=\"/cities/hangzhou\">杭州</a><span>、</span><a href=\"/cities/liangzhu\">良渚</a>");
		// A hub's province and a company's sectors, which the data holds in English.
		assertThat(chinese("/cities/guangzhou")).contains("<span>广东</span>").doesNotContain(">Guangdong</span>");
		assertThat(chinese("/companies?sector=Legal services")).contains(">法律服务</option>", ">法律服务</span></td>")
			.doesNotContain(">Legal services<");
		assertThat(chinese("/companies/unitree")).contains("<span>机器人</span>");
		// A date the page does not give, and the date it points at; the label as written
		// stays on the source's page.
		assertThat(chinese("/companies/deepseek")).contains("未注明日期，约2025年1月").doesNotContain(">unknown (");
		assertThat(chinese("/sources/203")).contains("未注明日期，约2025年1月", "<span lang=\"en\">unknown (2025-01)</span>");
		assertThat(chinese("/incentives")).contains("2017年末").doesNotContain("late 2017", "not stated (");
		// Where a quote stands on its page, a sector counted in a comparison, the
		// sub-area
		// a company sits in and what a correction affects.
		assertThat(chinese("/cities/zhongguancun")).contains(" · 图片说明").doesNotContain("photo caption");
		assertThat(chinese("/compare?cities=beijing,shanghai")).contains("其中人工智能")
			.doesNotContain("其中Artificial intelligence");
		assertThat(chinese("/cities/beijing")).contains("位于中关村").doesNotContain("位于Zhongguancun");
		assertThat(Jsoup.parse(chinese("/disputes")).select("ul.affects > li").eachText()).contains("深圳")
			.doesNotContain("Shenzhen");
	}

	/**
	 * A national figure a source writes in Chinese reads as a number on the English home
	 * page, and the Chinese page does not repeat its unit.
	 */
	@Test
	void theNationalPictureShowsNumbersInTheReadersLanguage() throws Exception {
		String home = english("/");
		assertThat(home).contains("AI companies: more than 6,200 companies")
			.contains("Generative AI services filed: 611 services", "Generative AI services filed: 346 services",
					"AI companies: over 5,100 AI companies<")
			.doesNotContain("企业逾6200间 (companies)");
		// A list of places in Chinese reads by how many it names; the list stays in the
		// quote.
		assertThat(Jsoup.parse(home).select("p.paraphrase").eachText()).contains("Pilot zones named: 16")
			.noneMatch((paraphrase) -> paraphrase.contains("\u5317\u4eac\u3001"));
		assertThat(chinese("/")).contains("人工智能企业：逾6200家").doesNotContain("（企业）");
	}

	/**
	 * A rank from a lower bound ("more than 2,200") may be higher than its place: the
	 * ranking and the hub's standings say so in words, not with "≥ 2".
	 */
	@Test
	void aPlaceFromALowerBoundSaysItMayBeHigher() throws Exception {
		String ranking = english("/indicators/ai-companies");
		assertThat(ranking).contains(">2 or better</span>").doesNotContain(">≥ 2</span>");
		assertThat(Jsoup.parse(ranking).select("p.muted.small").eachText())
			.anyMatch((note) -> note.startsWith("“Or higher”: the hub’s figure is a lower bound"));
		assertThat(Jsoup.parse(english("/indicators/population")).text()).doesNotContain("“Or higher”");
		String shenzhen = english("/cities/shenzhen");
		assertThat(shenzhen).contains("2nd or better of 6 hubs");
		assertThat(chinese("/cities/shenzhen")).contains("至少第2名，共6个枢纽");
	}

	/**
	 * A quote in the other language than the page's says so, for screen readers and the
	 * Chinese font; a company reads by its Chinese name first for readers of Chinese.
	 */
	@Test
	void quotesSayTheirLanguageAndCompaniesLeadWithTheReadersName() throws Exception {
		Document english = Jsoup.parse(english("/cities/beijing"));
		assertThat(english.select("blockquote[lang=zh]")).isNotEmpty()
			.allMatch((quote) -> quote.text()
				.codePoints()
				.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
		assertThat(english.select("blockquote[lang=en]")).isEmpty();
		Document chinese = Jsoup.parse(chinese("/cities/beijing"));
		assertThat(chinese.select("blockquote[lang=en]")).isNotEmpty();
		assertThat(chinese.select("blockquote[lang=zh]")).isEmpty();
		// A source named in the other language is marked too.
		assertThat(english.select("a[href^=/sources/][lang=zh]")).isNotEmpty();
		assertThat(chinese.select("a[href^=/sources/][lang=en]")).isNotEmpty();
		// A value as the source wrote it is marked too, its label not.
		assertThat(english.select("p.as-written > span[lang=zh]")).isNotEmpty();
		assertThat(english.select("p.as-written").eachText()).allMatch((line) -> line.startsWith("As written: "));
		assertThat(chinese.select("p.as-written").eachText()).allMatch((line) -> line.startsWith("原文写法："));
		Element alibaba = Jsoup.parse(chinese("/companies")).selectFirst("a[href=/companies/alibaba]");
		assertThat(alibaba.text()).isEqualTo("阿里巴巴");
		assertThat(alibaba.nextElementSibling().text()).isEqualTo("Alibaba");
		assertThat(alibaba.nextElementSibling().attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(chinese("/companies/alibaba")).select("h1").text()).isEqualTo("阿里巴巴Alibaba");
	}

	/**
	 * Read in Chinese: the directory says what our sources name nowhere in words, not 0;
	 * generative AI services count in 款 as the sources count them; a comparison's preview
	 * names its hubs in Chinese.
	 */
	@Test
	void chineseReadersReadNoneNamedCountsIn款AndHubNamesInAPreview() throws Exception {
		Document directory = Jsoup.parse(chinese("/cities"));
		// Listed by the names the reader reads, in pinyin order: 哈尔滨 (ha) before 杭州
		// (hang).
		List<String> hubs = directory.select("tbody th[scope=row] > a").eachText();
		assertThat(hubs.indexOf("哈尔滨")).isNotNegative().isLessThan(hubs.indexOf("杭州"));
		assertThat(hubs.get(0)).isEqualTo("北京");
		assertThat(directory.select("td.num").eachText()).doesNotContain("0").contains("未提及");
		Document services = Jsoup.parse(chinese("/indicators/genai-services-filed"));
		assertThat(services.select("table").text()).contains("北京 Beijing 201款").doesNotContain("201项");
		assertThat(services.select("ul.facts").text()).contains("单位款");
		assertThat(Jsoup.parse(chinese("/compare?cities=beijing,shanghai"))
			.select("meta[property=og:description]")
			.attr("content")).startsWith("北京、上海并排对比");
		// A map's hub and a chart's description read with Chinese punctuation.
		assertThat(Jsoup.parse(chinese("/map?size=gdp")).select("svg a title").eachText())
			.anyMatch((t) -> t.contains("："))
			.noneMatch((t) -> t.contains(": "));
		assertThat(Jsoup.parse(chinese("/compare?cities=beijing,shanghai")).select("svg desc").eachText()).isNotEmpty()
			.allMatch((d) -> d.contains("：") && !d.contains(": "));
	}

	/**
	 * A hub card whose hub our sources name nothing in says so in words, not as "0
	 * companies 0 institutions 0 incentives" beside a figure of its companies.
	 */
	@Test
	void aHubCardWithNothingNamedSaysSo() throws Exception {
		String home = english("/");
		assertThat(home).contains("Our sources name no company, institution or incentive here yet.");
		assertThat(Jsoup.parse(home).select("ul.counts"))
			.noneMatch((counts) -> counts.select("b").eachText().stream().allMatch("0"::equals));
	}

	/**
	 * A record in no hub says so, with where the sources place it: "no hub (Atlantic
	 * Council)", not "Atlantic Council" under the heading "Hub".
	 */
	@Test
	void aRecordInNoHubSaysSo() throws Exception {
		String page = english("/universities");
		assertThat(Jsoup.parse(page).select("td[data-label=Hub]").eachText()).contains("no hub (Atlantic Council)")
			.doesNotContain("Atlantic Council");
	}

	/** A quote the source wrote inside quotation marks is not quoted twice. */
	@Test
	void aQuoteIsQuotedOnce() throws Exception {
		String page = english("/cities/zhongguancun");
		assertThat(page).contains("“Zhongguancun is home to a large number").doesNotContain("““");
	}

	/**
	 * A publisher named with an address wraps at the address's dots on a phone
	 * ("ehangzhou.|gov.|cn"), not wherever the column ends, and reads the same as text;
	 * running text cites the outlet without the notes after its name, which stay on the
	 * source's page; its date stays on one line.
	 */
	@Test
	void aPublishersAddressWrapsAtItsDots() throws Exception {
		String hangzhou = english("/cities/hangzhou");
		assertThat(hangzhou).contains(">ehangzhou.<wbr/>gov.<wbr/>cn</a>");
		assertThat(Jsoup.parse(hangzhou).select("p.cite a[href=/sources/45]").eachText()).contains("ehangzhou.gov.cn");
		assertThat(Jsoup.parse(hangzhou).select(".sources-list span.publisher").eachText())
			.contains("ehangzhou.gov.cn (Hangzhou government English portal)");
		String profile = english("/cities/shanghai");
		assertThat(Jsoup.parse(profile).select(".trend-table a[href^=/sources/]").eachText()).contains("上海社会科学院")
			.doesNotContain("上海社会科学院 (sass.org.cn, via a proxy URL on fsgnet.com)");
		assertThat(Jsoup.parse(profile).select(".trend-table a[href^=/sources/] + span.nowrap").eachText())
			.contains("2023-09-12");
	}

	/**
	 * A speaker's quote says in words what it says, as every statement does, not "Quote
	 * from Mo Zhang.", in either language.
	 */
	@Test
	void aSpeakersQuoteSaysWhatItSays() throws Exception {
		String english = english("/cities/zhongguancun");
		assertThat(english).doesNotContain("Quote from")
			.contains("Mo Zhang says Beijing is particularly rich in intellectual resources.");
		assertThat(english("/cities/liangzhu")).doesNotContain("Quote from")
			.contains("Felix Tao says people come to Liangzhu to explore their own possibilities.");
		assertThat(chinese("/cities/zhongguancun")).doesNotContain("\u5f15\u81ea").contains("Mo Zhang表示，北京的智力资源尤为丰富。");
	}

	/**
	 * A ranking of years (designated in 2019) leaves no hub out as too old and draws no
	 * bars: the earliest designation leads, as the comparison says.
	 */
	@Test
	void aRankingOfYearsKeepsTheEarliestAndDrawsNoBars() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/indicators/ai-application-pilot-zone"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("table").first().select("tbody tr").eachText().get(0)).startsWith("1 Shanghai");
		assertThat(page.text()).doesNotContain("Older figures").contains("a date that does not age");
		assertThat(page.select("figure.chart")).isEmpty();
	}

	/** An incentive's status reads in the reader's language. */
	@Test
	void anIncentivesStatusReadsInTheReadersLanguage() throws Exception {
		assertThat(Jsoup.parse(chinese("/incentives/beijing-ai-park")).select("ul.facts li").eachText())
			.contains("状态已宣布");
		assertThat(Jsoup.parse(english("/incentives/beijing-ai-park")).select("ul.facts li").eachText())
			.contains("Statusannounced");
	}

	/**
	 * A ranking of totals names the provinces and the areas within cities that rank
	 * beside cities, and says what their totals hold; a ranking of shares needs no such
	 * word.
	 */
	@Test
	void aRankingOfTotalsSaysWhichHubsAreNotCities() throws Exception {
		Document gdp = Jsoup.parse(english("/indicators/gdp"));
		Element guangdong = gdp.select("table").first().select("tbody tr").first();
		assertThat(guangdong.select("th a").text()).isEqualTo("Guangdong");
		assertThat(guangdong.select(".scope-tag").text()).isEqualTo("Province");
		assertThat(gdp.select("table").first().select("tbody tr:contains(Shanghai) .scope-tag")).isEmpty();
		assertThat(gdp.select(".scope-note p").eachText()).anySatisfy((note) -> assertThat(note).contains("Guangdong",
				"Guizhou", "provinces or regions, whose totals include their cities"));
		Document chineseGdp = Jsoup.parse(chinese("/indicators/gdp"));
		assertThat(chineseGdp.select(".scope-note p").eachText())
			.anySatisfy((note) -> assertThat(note).contains("广东", "为省级行政区"));
		// A reader of Chinese reads the Chinese name first, the English after it.
		Element first = chineseGdp.select("table").first().select("tbody tr th").first();
		assertThat(first.select("a").text()).isEqualTo("广东");
		assertThat(first.select("span[lang=en]").text()).isEqualTo("Guangdong");
		Document intensity = Jsoup.parse(english("/indicators/rd-intensity"));
		assertThat(intensity.select(".scope-tag").eachText()).contains("Province");
		assertThat(intensity.select(".scope-note")).isEmpty();
	}

	/**
	 * A province's profile says what its place beside cities means; a city's does not.
	 */
	@Test
	void aProvincesStandingSaysItsTotalsHoldItsCities() throws Exception {
		assertThat(Jsoup.parse(english("/cities/guangdong")).select(".standing .scope-note").text())
			.isEqualTo("Guangdong is a province or region: where it ranks beside cities by a total (GDP, companies, "
					+ "computing power), that total includes its cities\u2019.");
		assertThat(Jsoup.parse(english("/cities/shenzhen")).select(".standing .scope-note")).isEmpty();
	}

	/** A ranking counts the hubs that stand apart in words that agree with the number. */
	@Test
	void oneHubStandingApartIsCountedAsOne() throws Exception {
		assertThat(Jsoup.parse(english("/indicators/rd-intensity")).select("p.lead").text())
			.contains("One more hub has a figure that counts something else or is older: it stands apart below.");
	}

	/** Where a quote stands on its page reads in Chinese on its source's page too. */
	@Test
	void aSourcesPageSaysWhereAQuoteStandsInTheReadersLanguage() throws Exception {
		String source = Jsoup.parse(chinese("/cities/zhongguancun"))
			.select("li.statement:contains(图片说明) a[href^=/sources/]")
			.first()
			.attr("href");
		assertThat(chinese(source)).contains(" · 图片说明").doesNotContain("photo caption");
	}

	/** The sources list's pages, one after another, as far as the pager leads. */
	private String everySourcesPage(String language) throws Exception {
		StringBuilder all = new StringBuilder();
		String next = "/sources";
		while (next != null) {
			String page = this.mvc.perform(get(next).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			all.append(page);
			Matcher link = Pattern.compile("<a href=\"(/sources\\?page=\\d+)\" rel=\"next\"").matcher(page);
			next = link.find() ? link.group(1) : null;
		}
		return all.toString();
	}

	/** A page as an English reader gets it. */
	/**
	 * A hub the sources name no pilot zone says so in the directory's column, as the
	 * other columns say what is missing, not an unexplained dash.
	 */
	@Test
	void theDirectorySaysWhichHubsAreNoPilotZone() throws Exception {
		for (String[] language : new String[][] { { "en", "not a pilot zone in our sources", "2019" },
				{ "zh", "来源中不是试验区", "2019" } }) {
			Document directory = Jsoup.parse(language[0].equals("en") ? english("/cities") : chinese("/cities"));
			Elements rows = directory.select("tbody tr");
			assertThat(rows.select("tr:has(a[href=/cities/guizhou]) td").eachText()).contains(language[1]);
			assertThat(rows.select("tr:has(a[href=/cities/beijing]) td").eachText()).contains(language[2])
				.doesNotContain(language[1]);
		}
	}

	/**
	 * A value the researchers recorded with a note of theirs is not shown as the source's
	 * words: the pilot-zone ranking shows Beijing's 2019 and its quote, not "As written:
	 * 2019 (first pilot zone; February 2019 per chinacheckup)".
	 */
	@Test
	void aValueIsShownAsWrittenOnlyInTheSourcesWords() throws Exception {
		String ranking = english("/indicators/ai-pilot-zone");
		assertThat(ranking).doesNotContain("per chinacheckup").doesNotContain("MOST letters published");
		assertThat(Jsoup.parse(english("/indicators/ai-companies")).select(".as-written").eachText())
			.anyMatch((line) -> line.startsWith("As written: "));
	}

	/**
	 * A science park is not listed as a university or institute: the heading of a hub's
	 * list that holds one names parks too (Beijing's Zhongguancun Science Park); a list
	 * without one keeps its heading.
	 */
	@Test
	void aListHoldingAScienceParkSaysSoInItsHeading() throws Exception {
		assertThat(Jsoup.parse(english("/cities/beijing")).select("#universities-heading").text())
			.startsWith("Universities, research institutes and science parks named in our sources");
		assertThat(Jsoup.parse(english("/cities/hefei")).select("#universities-heading").text())
			.startsWith("Universities and research institutes named in our sources");
	}

	/**
	 * A ranking's group says its title once on screen, with its count; its table keeps
	 * the caption for screen readers only.
	 */
	@Test
	void aRankingGroupsTitleStandsOnceOnScreen() throws Exception {
		Document page = Jsoup.parse(english("/indicators/ai-companies"));
		Element group = page.select("section[aria-labelledby=group-0]").first();
		assertThat(group.select("h2 .muted").text()).matches("\\d+ figures?");
		assertThat(group.select("caption").hasClass("visually-hidden")).isTrue();
		assertThat(group.select("caption").text()).startsWith(group.select("h2 > span").first().text());
	}

	private String english(String page) throws Exception {
		return this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The lists of companies, institutions and incentives read in the order of the names
	 * shown: in Chinese by their pinyin (阿里巴巴 before 百川智能), a name without Chinese among
	 * them by its letters; in English by the alphabet, whatever the case. A list's first
	 * page is the first in that order.
	 */
	@Test
	void eachLanguageReadsTheListsInItsOwnOrder() throws Exception {
		for (String list : List.of("/companies", "/universities", "/incentives")) {
			List<String> chinese = Jsoup.parse(chinese(list)).select("main tbody th[scope=row] > a").eachText();
			assertThat(chinese).as(list).hasSizeGreaterThan(5).isSortedAccordingTo(ChineseOrder.NAMES);
			List<String> english = Jsoup
				.parse(this.mvc.perform(get(list).header("Accept-Language", "en"))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.select("main tbody th[scope=row] > a")
				.eachText();
			assertThat(english).as(list).hasSizeGreaterThan(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		}
		List<String> companies = Jsoup.parse(chinese("/companies")).select("main tbody th[scope=row] > a").eachText();
		assertThat(companies.indexOf("阿里巴巴")).isNotNegative().isLessThan(companies.indexOf("百川智能"));
		// Every Han character by its pinyin, the less common too (嬴 yíng).
		assertThat(companies.indexOf("新松机器人")).isNotNegative()
			.isLessThan(companies.indexOf("嬴彻科技"))
			.isLessThan(companies.indexOf("优必选"));
		assertThat(companies.indexOf("嬴彻科技")).isLessThan(companies.indexOf("优必选"));
		// A hub's name by its own sound: 长沙 Changsha, 重庆 Chongqing.
		List<String> hubs = Jsoup.parse(chinese("/cities")).select("main tbody th[scope=row] > a").eachText();
		assertThat(hubs).containsSubsequence("北京", "长沙", "成都", "重庆", "德清县").endsWith("中关村");
		// A hub's profile names its companies and institutions as the lists do.
		Document beijing = Jsoup.parse(chinese("/cities/beijing"));
		List<String> inBeijing = beijing
			.select("section[aria-labelledby=companies-heading] tbody th[scope=row] > a:first-child")
			.eachText();
		assertThat(inBeijing).contains("百川智能", "智谱")
			.doesNotContain("Baichuan Intelligence")
			.isSortedAccordingTo(ChineseOrder.NAMES);
		assertThat(beijing.select("section[aria-labelledby=universities-heading] li > a:first-child").eachText())
			.contains("北京大学", "清华大学")
			.isSortedAccordingTo(ChineseOrder.NAMES);
	}

	/**
	 * A company present in a hub other than at its headquarters says so in the reader's
	 * language, not in the words the article used.
	 */
	@Test
	void aCompanyPresentInAHubSaysSoInTheReadersLanguage() throws Exception {
		String where = "section[aria-labelledby=companies-heading] td[data-label=%s]";
		Document chinese = Jsoup.parse(chinese("/cities/zhongguancun"));
		assertThat(chinese.select(where.formatted("位置")).eachText()).contains("设有机构")
			.noneMatch((cell) -> cell.contains("present"));
		Document english = Jsoup.parse(english("/cities/zhongguancun"));
		assertThat(english.select(where.formatted("Where")).eachText()).contains("Office or other presence")
			.noneMatch((cell) -> cell.contains("home to"));
	}

	private String chinese(String page) throws Exception {
		return this.mvc.perform(get(page).header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Each hub's card on the home page shows two different facts, never one twice. */
	@Test
	void eachHubCardShowsFiguresOfDifferentIndicators() throws Exception {
		String home = english("/");
		String[] cards = home.split("<li class=\"card hub-card\">");
		assertThat(cards).hasSizeGreaterThan(20);
		Pattern label = Pattern.compile("<span class=\"value\">[^<]*</span>\\s*<span>([^<]+)</span>");
		for (int i = 1; i < cards.length; i++) {
			String card = cards[i];
			List<String> shown = new ArrayList<>();
			Matcher figure = label.matcher(card);
			while (figure.find()) {
				shown.add(figure.group(1));
			}
			assertThat(shown).as(card.substring(0, 120)).doesNotHaveDuplicates();
		}
	}

	/**
	 * Names sort as a reader expects: "AgiBot" before "AISpeech", "iFlytek" among the
	 * I's.
	 */
	@Test
	void listsSortNamesWhateverTheirCase() throws Exception {
		for (String list : List.of("/companies", "/universities", "/incentives")) {
			String page = this.mvc.perform(get(list)).andReturn().getResponse().getContentAsString();
			List<String> names = new ArrayList<>();
			Matcher name = Pattern
				.compile("<th data-label=\"[^\"]+\" scope=\"row\">\\s*<a href=\"/[a-z]+/[^\"]+\">([^<]+)</a>")
				.matcher(page);
			while (name.find()) {
				names.add(HtmlUtils.htmlUnescape(name.group(1)).toLowerCase(Locale.ROOT));
			}
			assertThat(names).as(list).hasSizeGreaterThan(5).isSorted();
		}
	}

	@Test
	void correctionsPageListsEveryDisputeWithWhatItAffects() throws Exception {
		this.mvc.perform(get("/disputes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("26 notes"),
					containsString("The World AI Conference is held in Shanghai, not Shenzhen"),
					containsString("href=\"/cities/shenzhen\""),
					containsString("href=\"/incentives/shenzhen-1bn-subsidies\""))));
	}

	@Test
	void malformedSourceIdIs400AndUnknownIs404() throws Exception {
		this.mvc.perform(get("/sources/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a valid record number")));
		this.mvc.perform(get("/sources/99999")).andExpect(status().isNotFound());
		// In Chinese, what was wrong is named in Chinese too.
		this.mvc.perform(get("/sources/abc").header("Accept-Language", "zh-Hans"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("“abc”不是有效的编号"), not(containsString("有效的id")))));
		this.mvc.perform(get("/sources").param("page", "99").header("Accept-Language", "zh-Hans"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("此列表没有第99页")));
	}

	/**
	 * A page beyond the last of a public list is a page that does not exist, as on the
	 * sources, not an empty list saying that nothing matches the filters.
	 */
	@Test
	void aPageBeyondTheLastOfAPublicListIsNotFound() throws Exception {
		for (String list : List.of("/companies", "/universities", "/incentives")) {
			this.mvc.perform(get(list).param("page", "99999"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This list has no page 99999.")));
			this.mvc.perform(get(list).param("page", "1")).andExpect(status().isOk());
		}
	}

	@Test
	void rankingsListTheIndicatorsWithFiguresAboutHubs() throws Exception {
		this.mvc.perform(get("/indicators"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("AI companies"), containsString("AI industry output"),
					containsString("href=\"/indicators/ai-pilot-zone\""))));
	}

	@Test
	void aRankingRanksOnlyComparableFiguresAndSaysWhyTheOthersStandApart() throws Exception {
		this.mvc.perform(get("/indicators/ai-companies"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Shenzhen"), containsString(">ranked<"),
					containsString("Older figures"), containsString("More than 2 years before the newest"),
					containsString("Counted differently from the ranked figures"),
					containsString("id=\"chart-ai-companies\""))));
	}

	@Test
	void anUnknownIndicatorIs404() throws Exception {
		this.mvc.perform(get("/indicators/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no indicator called")));
	}

	@Test
	void theMapShowsEveryHubAsALinkAndInTheTable() throws Exception {
		String page = this.mvc.perform(get("/map").param("size", "ai-companies"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> slugs = this.jdbc.queryForList("select slug from city where latitude is not null", String.class);
		assertThat(slugs).hasSize(24);
		for (String slug : slugs) {
			assertThat(page).as(slug).contains("<a href=\"/cities/" + slug + "\"");
		}
		assertThat(page).contains("class=\"land\"", "pilot-zone", "The 24 hubs on the map");
	}

	@Test
	void aMapSizedByAnUnknownIndicatorIsABadRequestThatNamesTheChoices() throws Exception {
		this.mvc.perform(get("/map").param("size", "bogus"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The parameter &#39;size&#39; must be one of: ")));
	}

	@Test
	void theDirectorySortsByAnIndicatorWithHubsWithoutAFigureLastEitherWay() throws Exception {
		for (String dir : List.of("desc", "asc")) {
			String page = this.mvc.perform(get("/cities").param("sort", "ai-companies").param("dir", dir))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int withFigure = page.indexOf("href=\"/cities/shenzhen\"");
			int without = page.indexOf("href=\"/cities/tianjin\"");
			assertThat(withFigure).as(dir).isPositive().isLessThan(without);
		}
		String descending = this.mvc.perform(get("/cities").param("sort", "ai-companies").param("dir", "desc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(descending.indexOf("href=\"/cities/shenzhen\""))
			.isLessThan(descending.indexOf("href=\"/cities/hangzhou\""));
	}

	@Test
	void theDirectoryFiltersByPilotZoneStatus() throws Exception {
		this.mvc.perform(get("/cities").param("pilot", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/cities/hefei\""),
					not(containsString("href=\"/cities/guangdong\"")))));
		this.mvc.perform(get("/cities").param("pilot", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The parameter &#39;pilot&#39; must be")));
	}

	@Test
	void theHomePageSaysWhatTheDataCoversAndProfilesSuggestComparisonsWithSharedIndicators() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("The data covers"), containsString("24 hubs"),
					containsString("the newest source was published"), containsString("Named in our sources:"))));
		this.mvc.perform(get("/cities/shanghai"))
			.andExpect(content()
				.string(allOf(containsString("Worth comparing:"), containsString("indicators in common"))));
	}

	@Test
	void readersNeverSeeTheSeedArticlesInternalReferences() throws Exception {
		for (String page : List.of("/disputes", "/sources", "/cities/shenzhen", "/cities/hangzhou")) {
			this.mvc.perform(get(page)).andExpect(content().string(not(containsString("seed-00"))));
		}
	}

	@Test
	void aDisputedFigureCarriesItsBadgeOnItsSourcesPageAndOnTheMap() throws Exception {
		long seed003 = this.jdbc.queryForObject("select id from source where slug = 'seed-003'", Long.class);
		this.mvc.perform(get("/sources/" + seed003))
			.andExpect(content().string(allOf(containsString("1 billion yuan"), containsString("badge-disputed"))));
		this.mvc.perform(get("/map").param("size", "ai-industry-output"))
			.andExpect(content().string(containsString("badge-caveat")));
	}

	@Test
	void sourcesAreListedOldestFirstWithUndatedPagesLast() throws Exception {
		String page = everySourcesPage("en");
		assertThat(page.indexOf("Where is China’s Silicon Valley?")).isPositive()
			.isLessThan(page.indexOf("Beijing Set to Transform Itself Into a Tech Capital"))
			.isLessThan(page.indexOf("Zhengzhou approved as national new-generation AI pilot zone"));
	}

}
