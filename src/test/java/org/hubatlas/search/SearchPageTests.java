package org.hubatlas.search;

import jakarta.servlet.http.Cookie;

import org.hubatlas.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public search: what it finds, how it shows it, and what it does with odd queries.
 */
@SiteTest
class SearchPageTests {

	@Autowired
	private MockMvc mvc;

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void findsByEnglishAndChineseNamesPinyinMisspellingsAndTheStartOfAWord() throws Exception {
		SearchExpectations.assertFirstResults(this.mvc);
	}

	/**
	 * A hub's name finds the same in either language: 杭州 finds what is written of
	 * Hangzhou in English only (a statement without its Chinese), as Hangzhou does.
	 */
	@Test
	void aHubsNameFindsTheSameInEitherLanguage(@Autowired SearchService search) {
		SearchResults english = search.search("Hangzhou", null, 1);
		SearchResults chinese = search.search("杭州", null, 1);
		assertThat(chinese.total()).isEqualTo(english.total()).isGreaterThan(50);
		assertThat(search.search("杭州", SearchKind.STATEMENT, 1).total())
			.isEqualTo(search.search("Hangzhou", SearchKind.STATEMENT, 1).total());
	}

	@Test
	void aHangzhouTaxIncentiveIsFoundByTypingIt() throws Exception {
		String results = page("Hangzhou tax incentive");
		assertThat(results).contains("href=\"/incentives/hangzhou-tax-subsidies\"");
		// Grouped by kind with counts, the group with the best match first.
		assertThat(results.indexOf("<section class=\"search-group\""))
			.isEqualTo(results.indexOf("<section class=\"search-group\" aria-labelledby=\"results-incentives\""));
		assertThat(results).containsPattern("Incentives</span>\\s*<span class=\"count\">\\(1\\)</span>");
	}

	@Test
	void matchedWordsAreMarked() throws Exception {
		assertThat(page("deepseek")).contains("<mark>DeepSeek</mark>");
		assertThat(page("深度求索")).contains("<mark>深度求索</mark>");
		assertThat(page("Shenzen")).contains("<mark>Shenzhen</mark>");
	}

	/** A word finds its plural in the text, and the other way round, and marks it. */
	@Test
	void aWordFindsItsPlural() throws Exception {
		String robot = page("robot");
		assertThat(robot).contains("href=\"/companies/agibot\"").contains("<mark>robots</mark>");
		assertThat(page("robots")).contains("href=\"/companies/siasun-robot-automation\"");
	}

	/**
	 * A reader of Chinese reads a result's summary in Chinese where the record has one.
	 */
	@Test
	void aReaderOfChineseReadsTheSummaryInChinese() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "机器人").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("沈阳是新松<mark>机器人</mark>").doesNotContain("Shenyang, home to SIASUN");
	}

	/** An indicator found in Chinese says its unit and its definition in Chinese. */
	@Test
	void anIndicatorIsFoundByItsChineseNameWithItsUnitInChinese() throws Exception {
		Document chinese = Jsoup
			.parse(this.mvc.perform(get("/search").param("q", "独角兽企业").header("Accept-Language", "zh-CN"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(chinese.select("#results-indicators ~ ol li").first().text()).contains("独角兽企业")
			.contains("估值超过10亿美元的未上市初创企业")
			.doesNotContain("companies")
			.doesNotContain("Privately held");
	}

	/**
	 * An indicator no hub has a figure for (its figures moved to the indicator that
	 * counts the same thing) is not found: its page would be empty.
	 */
	@Test
	void anIndicatorWithoutAFigureAboutAHubIsNotFound() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "registered"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/indicators/genai-services-registered-via-api")
			.doesNotContain("/indicators/llm-registered")
			.doesNotContain("/indicators/registered-ai-companies");
	}

	/**
	 * A reader of Chinese reads a hub's Chinese name first, and a statement in its
	 * Chinese words with what it is about in Chinese; an English reader's results are as
	 * before.
	 */
	@Test
	void aReaderOfChineseReadsResultsTitledInChinese() throws Exception {
		Document chinese = Jsoup
			.parse(this.mvc.perform(get("/search").param("q", "深圳").header("Accept-Language", "zh-CN"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(chinese.select("#results-hubs ~ ol .hit-title").first().text()).isEqualTo("深圳");
		assertThat(chinese.select("#results-hubs ~ ol .hit-title + .zh").first().text()).isEqualTo("Shenzhen");
		Elements statements = chinese.select("#results-statements ~ ol li");
		assertThat(statements).isNotEmpty();
		assertThat(statements.select(".hit-title").eachText()).allMatch((title) -> title.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
		assertThat(chinese.select("#results-incentives ~ ol .hit-title").eachText()).isNotEmpty()
			.allMatch((title) -> title.codePoints()
				.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
		assertThat(statements.select(".hit-context").eachText())
			.allMatch((context) -> Character.UnicodeScript.of(context.codePointAt(0)) == Character.UnicodeScript.HAN);
		Document english = Jsoup
			.parse(this.mvc.perform(get("/search").param("q", "深圳")).andReturn().getResponse().getContentAsString());
		assertThat(english.select("#results-hubs ~ ol .hit-title").first().text()).isEqualTo("Shenzhen");
		assertThat(english.select("#results-statements ~ ol .hit-title").eachText())
			.anyMatch((title) -> title.contains("Shenzhen"));
	}

	@Test
	void aCompanyIsFoundByItsSectorInEitherLanguage() throws Exception {
		assertThat(page("legal services")).contains("href=\"/companies/rajah-tann\"");
		assertThat(page("法律服务")).contains("href=\"/companies/rajah-tann\"");
	}

	@Test
	void oneKindIsPagedAndAnUnknownKindOrPageIsA400() throws Exception {
		String companies = page("hangzhou");
		assertThat(companies).contains("href=\"/search?q=hangzhou&amp;type=companies\"");
		this.mvc.perform(get("/search").param("q", "hangzhou").param("type", "companies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/companies/deepseek\"")))
			.andExpect(content().string(not(containsString("href=\"/cities/hangzhou\""))));
		this.mvc.perform(get("/search").param("q", "hangzhou").param("type", "planets"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The parameter &#39;type&#39; must be one of")));
		this.mvc.perform(get("/search").param("q", "hangzhou").param("type", "companies").param("page", "0"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEmptyQueryShowsExamples() throws Exception {
		for (String blank : new String[] { "", "   ", "\u200b" }) {
			assertThat(page(blank)).contains("href=\"/search?q=DeepSeek\"").doesNotContain("class=\"hit-title\"");
		}
		this.mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(containsString("Try")));
	}

	@Test
	void wildcardsQuotesAndMarkupMatchLiterallyAndComeBackEscaped() throws Exception {
		for (String query : new String[] { "%", "_", "*", "?", "%%", "\"", "'", "%_%", "\\", "[]{}()", "<>", "~~",
				"+-" }) {
			String results = page(query);
			assertThat(results).as(query).doesNotContain("class=\"hit-title\"");
		}
		String markup = page("<script>alert(1)</script> DeepSeek");
		assertThat(markup).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; DeepSeek");
		assertThat(markup).contains("href=\"/companies/deepseek\"");
		// A quoted name is the name, not a phrase search.
		assertThat(page("\"DeepSeek\"")).contains("href=\"/companies/deepseek\"");
	}

	@Test
	void anOverLongQueryIsCutWithANote() throws Exception {
		String results = page("DeepSeek " + "x".repeat(500));
		assertThat(results).contains("longer than 100 characters");
		assertThat(results).contains("value=\"DeepSeek " + "x".repeat(91) + "\"");
	}

	@Test
	void anExactHubGoesStraightToItsPageOnlyWhenTheReaderChoseSo() throws Exception {
		this.mvc.perform(get("/search").param("q", "Beijing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cities/beijing\"")));
		this.mvc.perform(get("/search").param("q", "Beijing").param("jump", "yes").param("jumpchoice", "1"))
			.andExpect(redirectedUrl("/cities/beijing"))
			.andExpect(cookie().value(SearchController.JUMP_COOKIE, "yes"))
			.andExpect(cookie().httpOnly(SearchController.JUMP_COOKIE, true));
		Cookie chosen = new Cookie(SearchController.JUMP_COOKIE, "yes");
		this.mvc.perform(get("/search").param("q", "北京").cookie(chosen)).andExpect(redirectedUrl("/cities/beijing"));
		this.mvc.perform(get("/search").param("q", "neimenggu").cookie(chosen))
			.andExpect(redirectedUrl("/cities/inner-mongolia"));
		// Not an exact name: the results, with the box ticked.
		this.mvc.perform(get("/search").param("q", "Beij").cookie(chosen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/cities/beijing\""), containsString("checked"))));
		// Unticking the box clears the choice.
		this.mvc.perform(get("/search").param("q", "Beijing").param("jumpchoice", "1").cookie(chosen))
			.andExpect(status().isOk())
			.andExpect(cookie().maxAge(SearchController.JUMP_COOKIE, 0));
	}

	@Test
	void everyPageHasTheSearchBoxInItsHeader() throws Exception {
		for (String path : new String[] { "/", "/cities/beijing", "/compare", "/companies", "/sources" }) {
			this.mvc.perform(get(path))
				.andExpect(content().string(allOf(containsString("<form class=\"header-search\" role=\"search\""),
						containsString("<label for=\"header-q\""))));
		}
	}

}
