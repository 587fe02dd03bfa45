package org.hubatlas.web;

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

import org.hubatlas.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of public page read in 简体中文 shows no English word of its own: only proper
 * names (of hubs, companies, institutions, publishers), units and acronyms, and the
 * evidence as written (quotes, source titles, the values as the source wrote them), or
 * English marked {@code lang="en"} where a record lacks its Chinese. Indicators,
 * definitions, kinds and levels never fall back.
 */
@SiteTest
class ChinesePagesTests {

	/** Units, acronyms and the site's name, as Chinese pages write them too. */
	private static final Set<String> ALLOWED = Set.of("hub", "atlas", "ai", "gdp", "cny", "usd", "eflops", "pflops",
			"exaflops", "csv", "json", "api", "km", "r&d", "llm", "llms", "id", "ha", "english", "pdf", "yaml", "url",
			"rmb", "utf", "ef", "vpn", "ceo", "inc", "waic", "cna", "nyt", "scmp", "ozy", "afp", "natural", "earth",
			"world-atlas");

	private static final Pattern QUOTED = Pattern.compile("「[^」]*」|“[^”]*”|‘[^’]*’");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z&'’\\-]*[A-Za-z]|[A-Za-z]");

	@Autowired
	private MockMvc mvc;

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
			for (org.jsoup.nodes.TextNode node : allTextNodes(document.body())) {
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

	private static List<org.jsoup.nodes.TextNode> allTextNodes(Element root) {
		List<org.jsoup.nodes.TextNode> nodes = new ArrayList<>();
		root.traverse((node, depth) -> {
			if (node instanceof org.jsoup.nodes.TextNode text && !text.isBlank()) {
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
