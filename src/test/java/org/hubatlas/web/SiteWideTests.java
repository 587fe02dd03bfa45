package org.hubatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.hubatlas.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What holds on every page of the site: a load balancer's health checks answer and
 * nothing else of actuator is public; a fault on the server shows the 500 page in the
 * site's layout and nothing of the fault; and the whole site reads in English or
 * Simplified Chinese, chosen by the reader or their browser.
 * <p>
 * Every kind of public page read in 简体中文 shows no English word of its own: only proper
 * names (of hubs, companies, institutions, publishers), units and acronyms, and the
 * evidence as written (quotes, source titles, the values as the source wrote them), or
 * English marked {@code lang="en"} where a record lacks its Chinese. Indicators,
 * definitions, kinds and levels never fall back.
 */
@SiteTest
class SiteWideTests {

	private static final Cookie CHINESE = new Cookie(SiteLanguage.COOKIE, "zh-Hans");

	@Autowired
	private MockMvc mvc;

	/**
	 * An address typed with a slash at its end is the page without it, its query kept;
	 * the site's root stays where it is.
	 */
	@Test
	void anAddressEndingInASlashGoesToThePageWithoutIt() throws Exception {
		this.mvc.perform(get("/cities/")).andExpect(status().isPermanentRedirect()).andExpect(redirectedUrl("/cities"));
		this.mvc.perform(get("/compare/").queryParam("cities", "beijing,shanghai"))
			.andExpect(status().isPermanentRedirect())
			.andExpect(redirectedUrl("/compare?cities=beijing,shanghai"));
		this.mvc.perform(get("/")).andExpect(status().isOk());
	}

	// What a load balancer asks, and nothing else of actuator in public.

	@Test
	void healthLivenessAndReadinessAnswerWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("\"status\":\"UP\"")))
				.andExpect(content().string(not(containsString("\"components\""))));
		}
	}

	@Test
	void nothingElseOfActuatorIsExposed() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/heapdump", "/actuator/health/db" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	// A fault on the server shows the 500 page in the site's layout and nothing of the
	// fault itself. The request is the one the servlet container forwards to the error
	// page after a fault, with the fault attached.

	@Test
	void serverFaultShowsThe500PageWithoutInternals() throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cities/beijing")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret connection string")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(allOf(containsString("Something went wrong"), containsString("Hub Atlas"),
					containsString("href=\"/cities\""), not(containsString("secret connection string")),
					not(containsString("IllegalStateException")), not(containsString("at org.")))));
	}

	// The whole site in English or Simplified Chinese, chosen by the reader or their
	// browser.

	@Test
	void aChineseBrowserGetsChineseOnItsFirstVisit() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
			.andExpect(header().string("Content-Language", "zh-Hans"))
			.andExpect(header().string("Vary", containsString("Accept-Language")))
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-Hans\""), containsString(">枢纽</a>"),
					containsString("中国人工智能枢纽，每个数字背后都有来源"), containsString("hreflang=\"en\""))));
		this.mvc.perform(get("/").header("Accept-Language", "fr-FR,en;q=0.5"))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString(">Hubs</a>"))));
		this.mvc.perform(get("/").header("Accept-Language", ";;;not a header"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void theChoiceIsKeptInACookieAndWinsOverTheBrowser() throws Exception {
		this.mvc.perform(get("/language").param("to", "zh-Hans").param("back", "/cities?level=province"))
			.andExpect(redirectedUrl("/cities?level=province"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "zh-Hans"))
			.andExpect(cookie().maxAge(SiteLanguage.COOKIE, (int) LanguageConfig.COOKIE_SECONDS));
		this.mvc.perform(get("/cities").header("Accept-Language", "en").cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<h1>枢纽目录</h1>"), containsString("直辖市"))));
		this.mvc.perform(get("/language").param("to", "en").param("back", "//evil.example/"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/language").param("to", "fr")).andExpect(status().isBadRequest());
	}

	@Test
	void aLinkThatAsksForALanguageOpensInItAndKeepsItForTheNextPages() throws Exception {
		String page = this.mvc.perform(get("/cities?level=province&lang=zh-Hans").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Language", "zh-Hans"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "zh-Hans"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"zh-Hans\"", "<h1>枢纽目录</h1>")
			// The switch goes back to the page without the "lang" that would outweigh it.
			.contains("back=/cities?level%3Dprovince\"")
			.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/cities?level=province&amp;lang=en\">");
		// The link outweighs a cookie of the other language, and sets the cookie only
		// where the choice changes (a page with a cookie is not kept).
		this.mvc.perform(get("/cities?lang=en").cookie(CHINESE))
			.andExpect(content().string(containsString("<h1>Hub directory</h1>")))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "en"));
		this.mvc.perform(get("/cities?lang=zh-Hans").cookie(CHINESE))
			.andExpect(cookie().doesNotExist(SiteLanguage.COOKIE));
		// A language the site does not have is a wrong parameter, named on a 400 page.
		for (String wrong : List.of("fr", "", "%3Cscript%3E", "x".repeat(5000))) {
			this.mvc.perform(get("/cities?lang=" + wrong))
				.andExpect(status().isBadRequest())
				.andExpect(
						content().string(containsString("The parameter &#39;lang&#39; must be one of: en, zh-Hans.")))
				.andExpect(cookie().doesNotExist(SiteLanguage.COOKIE));
		}
		// The API answers as asked and keeps nothing.
		this.mvc.perform(get("/api/hubs/beijing?lang=zh-Hans"))
			.andExpect(header().string("Content-Language", "zh-Hans"))
			.andExpect(cookie().doesNotExist(SiteLanguage.COOKIE));
	}

	@Test
	void pagesErrorsAndDownloadsSpeakTheReadersLanguageButQuotesStayAsWritten() throws Exception {
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou").cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("对比北京和杭州"), containsString("无数据"),
					// a quote is never translated
					containsString("国科函规"), not(containsString(">Compare hubs<")))));
		this.mvc.perform(get("/cities/atlantis").cookie(CHINESE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("未找到页面"), containsString("没有名为“atlantis”的枢纽。"))));
		this.mvc.perform(get("/cities").param("sort", "height").cookie(CHINESE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("参数“sort”必须是以下之一：")));
		this.mvc.perform(get("/compare").param("cities", "beijing").cookie(CHINESE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请至少选择 2 个不同的枢纽进行对比；你选择了 1 个。")));
		byte[] csv = this.mvc.perform(get("/companies.csv").cookie(CHINESE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("名称,中文名,类型").contains("DeepSeek,深度求索,初创企业");
		this.mvc.perform(get("/search").param("q", "深度求索").cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("“深度求索”的搜索结果"), containsString("初创企业 · 杭州"))));
		this.mvc.perform(get("/search").param("q", "杭州 税收").cookie(CHINESE))
			.andExpect(content().string(containsString("税收 · 杭州、良渚")));
		this.mvc.perform(get("/search").param("q", "Hangzhou tax"))
			.andExpect(content().string(containsString("Tax · Hangzhou, Liangzhu")));
	}

	@Test
	void yuanAmountsReadIn亿ForReadersOfChinese() throws Exception {
		// Shanghai's AI industry output: "435.49 billion yuan" as written, 4354.9亿元 as
		// the headline, the words as written beside it; English readers read billions.
		this.mvc.perform(get("/cities/shanghai").cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<span>4354.9亿元</span>"),
					containsString("435.49 billion yuan (about 62.04 billion U.S. dollars)"))));
		this.mvc.perform(get("/cities/shanghai"))
			.andExpect(content().string(containsString("<span>¥435.49 billion</span>")));
		this.mvc.perform(get("/compare").param("cities", "shanghai,shenzhen"))
			.andExpect(content().string(not(containsString("亿元）"))));
	}

	@Test
	void datesFollowTheLanguage() throws Exception {
		this.mvc.perform(get("/sources/1").cookie(CHINESE)).andExpect(status().isOk());
		String page = this.mvc.perform(get("/").cookie(CHINESE)).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
	}

	@Test
	void adminPagesAreInChineseToo() throws Exception {
		this.mvc.perform(get("/login").cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-Hans\""), containsString("登录"))));
	}

	// Every kind of public page in Simplified Chinese.

	/** Units, acronyms and the site's name, as Chinese pages write them too. */
	private static final Set<String> ALLOWED = Set.of("hub", "atlas", "ai", "gdp", "cny", "usd", "eflops", "pflops",
			"exaflops", "csv", "json", "api", "km", "r&d", "llm", "llms", "id", "ha", "english", "pdf", "yaml", "url",
			"rmb", "utf", "ef", "vpn", "ceo", "inc", "waic", "cna", "nyt", "scmp", "ozy", "afp", "natural", "earth",
			"world-atlas");

	private static final Pattern QUOTED = Pattern.compile("「[^」]*」|“[^”]*”|‘[^’]*’");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z&'’\\-]*[A-Za-z]|[A-Za-z]");

	@Autowired
	private JdbcTemplate jdbc;

	/** The words of every proper name the data holds, lower case. */
	private Set<String> names() {
		Set<String> names = new HashSet<>(ALLOWED);
		for (String sql : List.of("select name from city", "select name from company", "select name from university",
				"select publisher from source where publisher is not null", "select title from source",
				"select value_as_written from figure",
				"select location_note from company where location_note " + "is not null",
				"select location_note from university where location_note is not null",
				"select province from city where province is not null",
				"select author from source where author is not null")) {
			for (String text : this.jdbc.queryForList(sql, String.class)) {
				Matcher words = WORD.matcher(text);
				while (words.find()) {
					names.add(words.group().toLowerCase(Locale.ROOT));
				}
			}
		}
		return names;
	}

	private List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/cities", "/companies", "/universities", "/incentives",
				"/sources", "/disputes", "/indicators", "/index", "/compare", "/compare?cities=shanghai,shenzhen",
				"/compare?cities=beijing,shanghai,shenzhen,hangzhou", "/map", "/search?q=shanghai", "/cities/atlantis",
				"/companies?page=x"));
		this.jdbc.queryForList("select slug from city order by slug", String.class)
			.forEach((slug) -> pages.add("/cities/" + slug));
		this.jdbc.queryForList("select code from indicator order by code", String.class)
			.forEach((code) -> pages.add("/indicators/" + code));
		pages.add("/companies/" + this.jdbc.queryForObject("select min(slug) from company", String.class));
		pages.add("/companies/deepseek");
		pages.add("/universities/" + this.jdbc.queryForObject("select min(slug) from university", String.class));
		pages.add("/incentives/" + this.jdbc.queryForObject("select min(slug) from incentive", String.class));
		pages.add("/sources/" + this.jdbc.queryForObject("select min(id) from source", Long.class));
		return pages;
	}

	/**
	 * The English words a page shows a reader of Chinese that are not allowed, by page.
	 */
	private Map<String, Set<String>> englishOn(List<String> pages, Set<String> names) throws Exception {
		Map<String, Set<String>> english = new LinkedHashMap<>();
		for (String page : pages) {
			String html = this.mvc.perform(get(page).header("Accept-Language", "zh-CN"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document document = Jsoup.parse(html);
			// Evidence as written, English marked as such, and what is not read.
			document
				.select("head, script, style, code, blockquote, q, [lang^=en], .as-written, .cite, .quote, "
						+ "a[href^=/sources/], a[href^=http], .brand, .print-note, datalist")
				.remove();
			Set<String> words = new TreeSet<>();
			for (TextNode node : allTextNodes(document.body())) {
				// What the sources said, quoted inside our Chinese, stays as they said
				// it.
				String text = QUOTED.matcher(node.text()).replaceAll(" ");
				// In a Chinese sentence a capitalised Latin word is a name ("据CNA报道").
				boolean chinese = text.codePoints()
					.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
				Matcher matcher = WORD.matcher(text);
				while (matcher.find()) {
					String word = matcher.group();
					boolean name = chinese && Character.isUpperCase(word.charAt(0));
					if (!name && !names.contains(word.toLowerCase(Locale.ROOT))) {
						words.add(word);
					}
				}
			}
			if (!words.isEmpty()) {
				english.put(page, words);
			}
		}
		return english;
	}

	private static List<TextNode> allTextNodes(Element root) {
		List<TextNode> nodes = new ArrayList<>();
		root.traverse((node, depth) -> {
			if (node instanceof TextNode text && !text.isBlank()) {
				nodes.add(text);
			}
		});
		return nodes;
	}

	@Test
	void everyPublicPageInChineseShowsNoEnglishOfItsOwn() throws Exception {
		assertThat(englishOn(pages(), names())).isEmpty();
	}

	@Test
	void everyStatementIsParaphrasedInChineseAndShownSoWithItsQuoteAsWritten() throws Exception {
		assertThat(this.jdbc.queryForList("select id from statement where paraphrase_zh is null", Long.class))
			.isEmpty();
		String zh = this.jdbc.queryForObject(
				"select paraphrase_zh from statement where seed_ref = (select min(seed_ref) from statement)",
				String.class);
		String quote = this.jdbc.queryForObject(
				"select quote from statement where seed_ref = (select min(seed_ref) from statement)", String.class);
		String source = this.mvc.perform(get("/sources/" + this.jdbc.queryForObject(
				"select source_id from statement where seed_ref = (select min(seed_ref) from statement)", Long.class))
			.header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(source).select(".paraphrase span").eachText()).contains(zh);
		assertThat(Jsoup.parse(source).select("blockquote").eachText()).contains("\u201c" + quote + "\u201d");
	}

	@Test
	void indicatorsDefinitionsKindsAndLevelsNeverFallBackToEnglish() {
		assertThat(this.jdbc.queryForList(
				"select code from indicator where name_zh is null or unit_zh is null or (definition is not null "
						+ "and definition_zh is null)",
				String.class))
			.isEmpty();
		assertThat(this.jdbc.queryForList(
				"select d.def_key from indicator_definition d where d.label_zh is null and d.def_key not like 'as-written-%'",
				String.class))
			.isEmpty();
	}

}
