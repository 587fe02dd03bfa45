package org.hubatlas.compare;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hubatlas.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The comparison through the whole application over the seed data: its page, picker,
 * errors and JSON, and what it costs in SQL statements.
 */
@SiteTest
class ComparePagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void withoutHubsThePickerShows() throws Exception {
		this.mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andExpect(view().name("compare/page"))
			.andExpect(content().string(allOf(containsString("First hub"), containsString("Fourth hub (optional)"),
					containsString("<option value=\"hangzhou\">Hangzhou</option>"))));
	}

	/**
	 * Hohhot and Changsha rank together on one row only: "the one row", not "the 1 rows".
	 */
	@Test
	void whoLeadsCountsItsRowsInWordsThatAgree() throws Exception {
		assertThat(comparison("hohhot,changsha"))
			.contains("Of the one row where two or more of these hubs rank together")
			.doesNotContain("1 rows");
	}

	/**
	 * Leads add up to the rows unless hubs tie for a lead; then the line says a tie
	 * counts for each hub in it.
	 */
	@Test
	void whoLeadsSaysWhenTiedRowsCountForEachHub() throws Exception {
		java.util.regex.Pattern rows = java.util.regex.Pattern.compile("Of the (\\d+) rows");
		java.util.regex.Pattern leads = java.util.regex.Pattern.compile("leads (\\d+|one|none)");
		String tie = "A row where hubs tie for the lead counts for each of them.";
		boolean tied = false;
		for (String hubs : List.of("beijing,shanghai,shenzhen", "beijing,shanghai", "hangzhou,shenzhen",
				"beijing,shanghai,shenzhen,hangzhou", "shenzhen,tianjin")) {
			String page = comparison(hubs).replaceAll("<[^>]+>", "");
			java.util.regex.Matcher total = rows.matcher(page);
			assertThat(total.find()).as(hubs).isTrue();
			int sum = 0;
			java.util.regex.Matcher lead = leads.matcher(page);
			while (lead.find()) {
				sum += switch (lead.group(1)) {
					case "one" -> 1;
					case "none" -> 0;
					default -> Integer.parseInt(lead.group(1));
				};
			}
			boolean hasTies = sum > Integer.parseInt(total.group(1));
			assertThat(page.contains(tie)).as(hubs).isEqualTo(hasTies);
			tied |= hasTies;
		}
		assertThat(tied).as("one of these comparisons has a tie").isTrue();
	}

	/**
	 * A tie among the hubs with a figure does not say every hub has the value when one
	 * has no figure at all (Guizhou has no pilot-zone year).
	 */
	@Test
	void aTieAmongTheHubsWithAFigureSaysSo() throws Exception {
		String page = comparison("shenzhen,hefei,guizhou");
		assertThat(page).contains("tie: every hub with a figure has the same value")
			.doesNotContain("tie: every hub has the same value");
	}

	/**
	 * A lead is counted only where hubs rank on figures reported: not on a plan, nor on
	 * the year a hub was designated (four hubs named in 2019 would all "lead").
	 */
	@Test
	void leadsAreCountedOnReportedFiguresNotOnPlansOrYears() throws Exception {
		Comparison c = (Comparison) this.mvc.perform(get("/compare").param("cities", "beijing,shanghai,shenzhen,hefei"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("comparison");
		assertThat(c.rankedRows()).anyMatch((row) -> row.indicator().isValueAYear());
		assertThat(c.leadRows()).isNotEmpty()
			.noneMatch((row) -> row.indicator().isValueAYear())
			.allMatch((row) -> row.cells()
				.stream()
				.filter(java.util.Objects::nonNull)
				.noneMatch(org.hubatlas.figure.Comparability::isTarget));
		assertThat(c.leads().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(c.leadRows().size());
	}

	/**
	 * Two figures that do not rank together say why: Beijing's count of October 2022 is
	 * more than two years before Shanghai's of December 2025, not "an earlier figure".
	 */
	@Test
	void figuresThatDoNotRankTogetherSayWhyForTheRow() throws Exception {
		String csv = this.mvc.perform(get("/compare.csv").param("cities", "beijing,shanghai"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().filter((line) -> line.startsWith("AI professionals,"))).hasSize(2)
			.allMatch((line) -> line.contains(",2,different years: 2022 vs 2025,"), "says the years apart");
		// Hubs that each count another way: the row says so, and each cell says how.
		Comparison c = (Comparison) this.mvc.perform(get("/compare").param("cities", "shenzhen,hangzhou,hefei"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("comparison");
		assertThat(c.figureRows()).filteredOn((row) -> row.indicator().getCode().equals("ai-industry-output"))
			.singleElement()
			.satisfies((row) -> assertThat(row.ranking().reason()).isEqualTo("each counts it in another way"))
			.satisfies((row) -> assertThat(row.rankedOrWhy(2)).startsWith("counted as: "));
	}

	@Test
	void comparesInTheOrderGivenWithNoDataNeverZero() throws Exception {
		String body = this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Compare Beijing and Hangzhou"), containsString("北京"),
					containsString("杭州"), containsString("over 2,400"), containsString("no data"),
					containsString("Not ranked: only one hub has data"), containsString("$2.1 billion"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body.indexOf("href=\"/cities/beijing\"")).isLessThan(body.indexOf("href=\"/cities/hangzhou\""));
	}

	/**
	 * The widest gaps cite each figure's source once: Beijing's and Hangzhou's unicorns
	 * come from one article, so that line has one note, not "[34][34]".
	 */
	@Test
	void theWidestGapsNameTheHubsValuesAndCiteEachSourceOnce() throws Exception {
		String page = comparison("hangzhou,beijing,shanghai");
		Document document = Jsoup.parse(page);
		List<Element> gaps = document.select("ul.gaps > li");
		assertThat(gaps).hasSize(3);
		for (Element gap : gaps) {
			List<String> notes = gap.select("a.note").eachAttr("href");
			assertThat(notes).as(gap.text())
				.isNotEmpty()
				.doesNotHaveDuplicates()
				.allMatch((n) -> n.matches("#source-\\d+"));
			notes.forEach(
					(note) -> assertThat(document.select(note)).as("the note %s leads to its source", note).hasSize(1));
		}
		Element unicorns = gaps.stream().filter((g) -> g.text().startsWith("Unicorns")).findFirst().orElseThrow();
		assertThat(unicorns.text()).contains("Beijing 114 companies, Hangzhou 19 companies: 6.0 times Hangzhou’s");
		assertThat(unicorns.select("a.note")).hasSize(1);
	}

	/**
	 * A ratio over a lower bound says nothing (Beijing's 33 EFLOPS over Chengdu's "≥ 8
	 * EFLOPS", 4.1 times, would be the second widest gap), and one from a lower bound is
	 * at least what it shows, rounded down.
	 */
	@Test
	void aGapOverALowerBoundIsLeftOutAndOneFromItIsAtLeast() throws Exception {
		assertThat(Jsoup.parse(comparison("beijing,chengdu")).select("ul.gaps > li").eachText()).hasSize(3)
			.noneMatch((gap) -> gap.startsWith("Computing power (total)"));
		List<String> gaps = Jsoup.parse(comparison("beijing,shanghai")).select("ul.gaps > li").eachText();
		// 2,400 ÷ 1,100 is 2.18: a least is rounded down, never up to 2.2.
		assertThat(gaps).anyMatch((gap) -> gap.contains(
				"Beijing more than 2,400 companies, Shanghai 1,100 companies: at least 2.1 " + "times Shanghai’s"));
	}

	/**
	 * Any order is a few clicks away without script: each hub after the first moves one
	 * place left, as "Remove" takes it out.
	 */
	@Test
	void eachHubAfterTheFirstMovesOnePlaceLeft() throws Exception {
		Document page = Jsoup.parse(comparison("beijing,shanghai,guizhou"));
		assertThat(page.select("thead a:contains(left)").eachAttr("href"))
			.containsExactly("/compare?cities=shanghai,beijing,guizhou", "/compare?cities=beijing,guizhou,shanghai");
		assertThat(page.select("thead a:contains(left)").eachText()).containsExactly("Move Shanghai left",
				"Move Guizhou left");
		assertThat(Jsoup.parse(comparison("beijing,shanghai")).select("thead a:contains(left)")).isEmpty();
	}

	/**
	 * A hub whose incentives named state no amount says where its funds and vouchers are,
	 * rather than "none stated" under Hangzhou's ¥1 billion vouchers (a figure).
	 */
	@Test
	void aHubWhoseIncentivesStateNoAmountPointsToItsFiguresOfFunds() throws Exception {
		Document page = Jsoup.parse(comparison("hangzhou,shenzhen"));
		assertThat(page.select("#row-computing-voucher-programme td").eachText())
			.anyMatch((cell) -> cell.contains("¥1 billion"));
		assertThat(page.select("td span.muted").eachText())
			.contains("no amount in the incentives named; funds and vouchers counted as figures are under Key figures");
	}

	/**
	 * A row that ranks some hubs and leaves one out says so, naming the one and why:
	 * Shenzhen and Shanghai rank in the whole AI industry's scale, without Hangzhou,
	 * whose figure counts the core industry only.
	 */
	@Test
	void aRowRankedWithoutAHubNamesItAndWhy() throws Exception {
		Document page = Jsoup.parse(comparison("hangzhou,shenzhen,shanghai"));
		assertThat(page.select("#row-ai-industry-output .verdict").text())
			.startsWith("ranked without Hangzhou (counted as: ");
	}

	/**
	 * A row of plans (Wuhan's forecast for 2025 and Changsha's target for 2027, both
	 * "over ¥100 billion") marks its first as the highest plan, not a lead, and counts no
	 * lead; the first year of designation is the first, not a lead.
	 */
	@Test
	void aRowOfPlansHasAHighestPlanAndAYearOfDesignationAFirstNeitherALead() throws Exception {
		Document page = Jsoup.parse(comparison("wuhan,changsha,zhengzhou"));
		assertThat(page.select("#row-ai-industry-output .lead-mark").eachText()).isNotEmpty()
			.allMatch("▲ highest plan"::equals);
		assertThat(page.select("#row-ai-pilot-zone .lead-mark").eachText()).isNotEmpty().allMatch("▲ first"::equals);
		assertThat(page.select("#row-gdp .lead-mark").eachText()).containsExactly("▲ leads");
		// In Chinese a gap's indicator is followed by a full-width colon.
		String chinese = this.mvc
			.perform(get("/compare").param("cities", "wuhan,changsha,zhengzhou").header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(chinese).select("ul.gaps > li").eachText()).isNotEmpty()
			.allMatch((gap) -> gap.contains("：") && !gap.contains(": "));
	}

	/**
	 * A target beside reported figures stands apart from their ranking and does not make
	 * the row one of plans: Beijing's reported output leads Shanghai's, whatever
	 * Guizhou's target for 2025.
	 */
	@Test
	void aTargetBesideReportedFiguresLeavesTheirLeadALead() throws Exception {
		Document page = Jsoup.parse(comparison("beijing,shanghai,guizhou"));
		assertThat(page.select("#row-ai-industry-output .lead-mark").eachText()).containsExactly("▲ leads");
		Document two = Jsoup.parse(comparison("beijing,shanghai"));
		assertThat(two.select("#row-ai-industry-output .lead-mark").eachText()).containsExactly("▲ leads");
	}

	/**
	 * Plans for different years (200 EFLOPS by 2027, 25 by 2025) are no gap between hubs.
	 */
	@Test
	void plansForDifferentYearsAreNoGap() throws Exception {
		String page = comparison("beijing,shanghai,shenzhen");
		assertThat(page).contains("Computing power target");
		assertThat(Jsoup.parse(page).select("ul.gaps > li").eachText()).isNotEmpty()
			.noneMatch((gap) -> gap.startsWith("Computing power target"));
	}

	/**
	 * A province is many times its cities by any total because it holds them: the widest
	 * gaps of totals set cities against cities, and the page says what the province's
	 * totals hold.
	 */
	@Test
	void aProvincesTotalsAreNoGapAgainstCities() throws Exception {
		Document page = Jsoup.parse(comparison("guangdong,shenzhen,guangzhou"));
		List<String> gaps = page.select("ul.gaps > li").eachText();
		assertThat(gaps).isNotEmpty().noneMatch((gap) -> gap.contains("Guangdong"));
		assertThat(gaps).anyMatch((gap) -> gap.contains("Shenzhen") && gap.contains("Guangzhou"));
		assertThat(page.select(".scope-note p").eachText()).containsExactly(
				"Guangdong is a province or region: where it ranks beside cities by a total (GDP, companies, "
						+ "computing power), that total includes its cities\u2019.");
		assertThat(Jsoup.parse(comparison("shenzhen,guangzhou")).select(".scope-note")).isEmpty();
	}

	@Test
	void targetsAreNotRankedAgainstActuals() throws Exception {
		String page = comparison("shanghai,guizhou");
		String row = page.substring(page.indexOf("<span>Computing power, kind not stated</span>"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("≥ 100 EFLOPS", "85 EFLOPS", "Not ranked: a ").doesNotContain("▲ leads");
	}

	@Test
	void countsNamedInTheSourcesAreLabelledSoAndNotCharted() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou"))
			.andExpect(content().string(allOf(containsString("Named in our sources (what the articles happen to name"),
					containsString("of which Artificial intelligence"), not(containsString("chart-count-")))));
	}

	@Test
	void sharedIndicatorsLeadAndSayHowManyHubsHaveThem() throws Exception {
		String page = comparison("shanghai,shenzhen");
		assertThat(page).contains("2 of 2 hubs have a figure");
		assertThat(page.indexOf("2 of 2 hubs have a figure")).isLessThan(page.indexOf("1 of 2 hubs have a figure"));
	}

	@Test
	void pickerIsPrefilledAndSwapAndRemoveLinksKeepTheUrlAsState() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou,shanghai"))
			.andExpect(content().string(allOf(containsString("<option value=\"hangzhou\" selected=\"selected\">"),
					containsString("href=\"/compare?cities=shanghai,hangzhou,beijing\""),
					containsString("href=\"/compare?cities=beijing,shanghai\""),
					containsString("href=\"/api/compare?cities=beijing,hangzhou,shanghai\""))));
	}

	@Test
	void pickerFormSubmissionRedirectsToTheCanonicalUrl() throws Exception {
		this.mvc.perform(get("/compare?cities=beijing&cities=hangzhou&cities=&cities="))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compare?cities=beijing,hangzhou"));
	}

	@Test
	void profileHasACompareWithForm() throws Exception {
		this.mvc.perform(get("/cities/beijing"))
			.andExpect(content().string(allOf(containsString("Compare Beijing with"),
					containsString("<input type=\"hidden\" name=\"cities\" value=\"beijing\">"))));
	}

	@Test
	void oneHubIs400WithThePicker() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Choose at least 2 different hubs"),
					containsString("First hub"), containsString("<option value=\"beijing\" selected=\"selected\">"))));
	}

	/**
	 * A single name that is no hub is told so, not that one hub is too few; two are named
	 * together.
	 */
	@Test
	void oneUnknownHubIs404NamingIt() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("There is no hub called “nowhere”"),
					not(containsString("Choose at least 2")))));
		this.mvc.perform(get("/compare").param("cities", "nowhere,alsonowhere"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("None of these is a hub: “nowhere”, “alsonowhere”.")));
	}

	@Test
	void fiveHubsIs400SayingHowManyAreAllowed() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou,shanghai,shenzhen,guizhou"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("at most 4 hubs"), containsString("First hub"))));
	}

	@Test
	void unknownHubIs404NamingItEscaped() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(
					content().string(allOf(containsString("no hub called “atlantis”"), containsString("First hub"))));
	}

	@Test
	void hostileValueIs400AndEscaped() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,<script>alert(1)</script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;"), not(containsString("<script>alert")))));
	}

	@Test
	void emptyBlankAndOverLongAre400() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare").param("cities", "   ")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare").param("cities", "x".repeat(5000))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/compare").param("cities", "beijing,,hangzhou")).andExpect(status().isBadRequest());
	}

	@Test
	void aSubAreaComparedBesideItsParentCountsInBothColumns() throws Exception {
		this.mvc.perform(get("/api/compare").param("cities", "beijing,zhongguancun"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts[0].label").value("Companies"))
			// Beijing's own (Zhipu AI, Baichuan) and Zhongguancun's four.
			.andExpect(jsonPath("$.counts[0].values[0]").value(6))
			.andExpect(jsonPath("$.counts[0].values[1]").value(4));
	}

	@Test
	void sameHubTwiceIsShownOnce() throws Exception {
		String body = comparison("beijing,hangzhou,beijing");
		assertThat(body).contains("Compare Beijing and Hangzhou");
	}

	@Test
	void apiReturnsTheSameComparisonAsJson() throws Exception {
		this.mvc.perform(get("/api/compare").param("cities", "beijing,shenzhen"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cities[0].slug").value("beijing"))
			.andExpect(jsonPath("$.cities[1].nameZh").value("深圳"))
			// Indicators both hubs have come first.
			.andExpect(jsonPath("$.figures[0].indicator").value("ai-pilot-zone"))
			.andExpect(jsonPath("$.figures[0].values[1].valueAsWritten").exists())
			// Beijing's "more than 2,400" of 2024 (its city government's, dated, over an
			// undated page's) and Shenzhen's "more than 2,200" count the same thing.
			.andExpect(jsonPath("$.figures[?(@.indicator == 'ai-companies')].values[0].valueAsWritten")
				.value(contains("mehr als 2.400 KI-Unternehmen")))
			.andExpect(jsonPath("$.figures[?(@.indicator == 'ai-companies')].comparable").value(contains(true)))
			.andExpect(jsonPath("$.sources[0].page").exists());
	}

	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		this.mvc.perform(get("/api/compare").param("cities", "beijing"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("at least 2")));
		this.mvc.perform(get("/api/compare").param("cities", "beijing,atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void statementCountDoesNotDependOnTheNumberOfHubs(@Autowired EntityManagerFactory emf) throws Exception {
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou")).andExpect(status().isOk());
		long two = statistics.getPrepareStatementCount();
		statistics.clear();
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou,shanghai,shenzhen"))
			.andExpect(status().isOk());
		long four = statistics.getPrepareStatementCount();
		// Hubs, sub-areas, figures, company ties (two), institutions, incentives,
		// disputes, the indicator catalogue
		// and which indicators have figures (for the line naming those no compared hub
		// has), the picker's hubs.
		assertThat(two).isEqualTo(four).isLessThanOrEqualTo(11);
	}

	@Test
	void comparingAHubWithItsOwnSubAreaSaysSo() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,zhongguancun"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zhongguancun is part of Beijing")));
		this.mvc.perform(get("/compare").param("cities", "beijing,shanghai"))
			.andExpect(content().string(not(containsString("counts for Beijing too"))));
	}

	@Test
	void indicatorsNoComparedHubHasFoldIntoOneLineAndGeneralCaveatsGoToTheFootCollapsed() throws Exception {
		String page = comparison("hefei,deqing");
		assertThat(page).contains("No figure for any of these hubs:", "href=\"/indicators/computing-power\"");
		String beijing = this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int details = beijing.indexOf("<details class=\"general-caveats\">");
		assertThat(details).isPositive();
		assertThat(beijing.indexOf("The 17 tech hubs are never listed or dated")).isGreaterThan(details);
	}

	/** The comparison page of these hubs, answered 200. */
	private String comparison(String cities) throws Exception {
		return this.mvc.perform(get("/compare").param("cities", cities))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
