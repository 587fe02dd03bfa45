package org.hubatlas.hub;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.NotFoundException;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.source.Trust;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectLink;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The sources, a source's page and the two downloads with the service mocked: the list
 * carries each source's cited count, a source's page what the service loaded for its id,
 * an unknown id is a 404 page and an id that is not a number a 400 page naming it; the
 * spreadsheets hold one row per source and per statement.
 */
@SignInGuardsMocked
@WebMvcTest(SourcePagesController.class)
@Import({ SecurityConfig.class, DisplayNames.class, FigureText.class })
class SourcePagesControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SourcePageService pages;

	private final Source caixin = source(40, "Hefei bets on AI", "2025-03-02", "Caixin", "https://example.org/hefei",
			Trust.MEDIUM);

	private final Source government = source(41, "Pilot zone plan", "2024-11", "Hefei government", null, Trust.HIGH);

	private static Source source(long id, String title, String published, String publisher, String url, Trust trust) {
		Source source = new Source("source-" + id, title, published, DatePrecision.DAY);
		source.applyPackStanding(trust, false);
		ReflectionTestUtils.setField(source, "publisher", publisher);
		ReflectionTestUtils.setField(source, "url", url);
		ReflectionTestUtils.setField(source, "publishedYear", 2025);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

	private Statement statement(long id, String paraphrase) {
		Statement statement = new Statement(Subject.city(7), this.caixin, "Hefei has attracted many AI firms.",
				paraphrase, Nature.REPORTED_FACT);
		ReflectionTestUtils.setField(statement, "id", id);
		return statement;
	}

	@Test
	void theSourcesListShowsEverySourceWithHowOftenItIsCited() throws Exception {
		Map<Long, Long> counts = Map.of(40L, 12L);
		given(this.pages.sources()).willReturn(List.of(this.caixin, this.government));
		given(this.pages.citedCounts()).willReturn(counts);
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("source/list"))
			.andExpect(model().attribute("sources", contains(this.caixin, this.government)))
			.andExpect(model().attribute("counts", counts))
			.andExpect(content().string(allOf(containsString("/sources/40"), containsString("/sources/41"))));
	}

	/** A search keeps the sources whose title, publisher or author holds every word. */
	@Test
	void aSearchKeepsTheSourcesThatHoldItsWords() throws Exception {
		given(this.pages.sources()).willReturn(List.of(this.caixin, this.government));
		given(this.pages.citedCounts()).willReturn(Map.of());
		this.mvc.perform(get("/sources").param("q", " HEFEI   government "))
			.andExpect(status().isOk())
			.andExpect(model().attribute("sources", contains(this.government)))
			.andExpect(model().attribute("q", "HEFEI government"))
			.andExpect(content().string(containsString("1 source matching \u201cHEFEI government\u201d")));
		this.mvc.perform(get("/sources").param("q", "xinhua"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No source\u2019s title, publisher or author holds")));
	}

	/** Fifty sources a page; a page beyond the last is a 404, a search too long a 400. */
	@Test
	void theListComesFiftyAPage() throws Exception {
		List<Source> many = new java.util.ArrayList<>();
		for (long id = 1; id <= 60; id++) {
			many.add(source(id, "Article " + id, "2025-01-01", "Xinhua", null, Trust.HIGH));
		}
		given(this.pages.sources()).willReturn(many);
		given(this.pages.citedCounts()).willReturn(Map.of());
		this.mvc.perform(get("/sources").param("page", "2").param("q", "xinhua"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("sources", many.subList(50, 60)))
			.andExpect(content().string(containsString("href=\"/sources?q=xinhua&amp;page=1\"")));
		this.mvc.perform(get("/sources").param("page", "3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sources").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("message", "The search may be at most 200 characters long."));
	}

	@Test
	void aSourcesPageShowsWhatTheServiceLoadedForItsId() throws Exception {
		Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, "AI firms", 1);
		Figure figure = new Figure(Subject.city(7), companies, new BigDecimal("1300"), "more than 1,300",
				FigureKind.ACTUAL, this.caixin, "Hefei counts more than 1,300 AI companies.");
		ReflectionTestUtils.setField(figure, "id", 90L);
		Statement statement = statement(91, "Hefei attracts AI firms.");
		SubjectLink hefei = new SubjectLink("Hub", "Hefei", "/cities/hefei");
		SourcePage page = new SourcePage(this.caixin, List.of(figure), List.of(statement), List.of(),
				Map.of(90L, hefei), Map.of(91L, hefei), Disputes.none());
		given(this.pages.page(40)).willReturn(page);
		this.mvc.perform(get("/sources/40"))
			.andExpect(status().isOk())
			.andExpect(view().name("source/show"))
			.andExpect(model().attribute("page", sameInstance(page)))
			.andExpect(content().string(allOf(containsString("Hefei bets on AI"), containsString("/cities/hefei"),
					containsString("Hefei attracts AI firms."))));
	}

	/**
	 * What the page says of a source's date follows the date: printed, estimated (with
	 * how), or neither; never "date unknown" beside "the date is printed".
	 */
	@Test
	void aSourcesPageSaysHowItsDateIsKnown() throws Exception {
		Source undated = source(42, "Statistical bulletin", "unknown", "Wuhan statistics bureau", null, Trust.MEDIUM);
		ReflectionTestUtils.setField(undated, "publishedYear", null);
		Source estimated = source(43, "A blog post", "unknown (2025-01)", "A blog", null, Trust.LOW);
		Source yearOnly = source(44, "A plan", "2025", "A city government", null, Trust.HIGH);
		ReflectionTestUtils.setField(yearOnly, "datePrecision", DatePrecision.YEAR);
		Source inferred = source(45, "A column, republished", "2025-09 (inferred)", "A paper", null, Trust.MEDIUM);
		ReflectionTestUtils.setField(inferred, "datePrecision", DatePrecision.YEAR);
		ReflectionTestUtils.setField(estimated, "datePrecision", DatePrecision.ESTIMATED);
		ReflectionTestUtils.setField(estimated, "dateBasis", "The address holds 2025/01.");
		for (Source source : List.of(this.caixin, undated, estimated, yearOnly, inferred)) {
			given(this.pages.page(source.getId())).willReturn(
					new SourcePage(source, List.of(), List.of(), List.of(), Map.of(), Map.of(), Disputes.none()));
		}
		assertThat(dateNotice(40)).isEqualTo("About the date The date is printed in the article.");
		assertThat(dateNotice(42))
			.isEqualTo("About the date The page as read prints no date, and nothing on it dates it.");
		assertThat(dateNotice(43)).isEqualTo("How the date was estimated The address holds 2025/01.");
		// Only a year: never "the date is printed" beside "exact date unknown".
		assertThat(dateNotice(44))
			.isEqualTo("About the date Only the year is known: our record of the page gives no fuller date.");
		// A month given beside "(inferred)" is not contradicted by "only the year is
		// known".
		assertThat(dateNotice(45)).isEqualTo("About the date Only the year is certain: the date is given as our "
				+ "record of the page has it, which may be inferred rather than printed.");
	}

	/**
	 * A title or publisher in the other language than the page's is marked so, for screen
	 * readers; a note the portal keeps only in English says so on a Chinese page.
	 */
	@Test
	void wordsInTheOtherLanguageAreMarkedAndEnglishOnlyNotesSaySo() throws Exception {
		Source ministry = source(45, "科技部关于支持上海建设试验区的函", "2019-05", "科技部", null, Trust.HIGH);
		ReflectionTestUtils.setField(ministry, "publisherNote", "The ministry's own site.");
		given(this.pages.page(45))
			.willReturn(new SourcePage(ministry, List.of(), List.of(), List.of(), Map.of(), Map.of(), Disputes.none()));
		given(this.pages.sources()).willReturn(List.of(ministry, this.caixin));
		given(this.pages.citedCounts()).willReturn(Map.of());
		Document english = html(get("/sources/45"));
		assertThat(english.select("h1 > span").attr("lang")).isEqualTo("zh");
		Document list = html(get("/sources"));
		assertThat(list.select("a[href=/sources/45]").attr("lang")).isEqualTo("zh");
		assertThat(list.select("a[href=/sources/40]").hasAttr("lang")).isFalse();
		assertThat(list.select("span[lang=zh]").eachText()).contains("科技部");
		Document chinese = html(get("/sources/45").header("Accept-Language", "zh-CN"));
		assertThat(chinese.select("h1 > span").hasAttr("lang")).isFalse();
		assertThat(chinese.select("dl.notice dt").eachText()).contains("关于发布者（英文记录）");
		assertThat(chinese.select("dl.notice dd[lang=en]").eachText()).contains("The ministry's own site.");
		assertThat(english.select("dl.notice dt").eachText()).contains("About the publisher");
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String dateNotice(long id) throws Exception {
		String page = this.mvc.perform(get("/sources/" + id)).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(page).select("dl.notice").first().text();
	}

	@Test
	void anUnknownSourceIs404() throws Exception {
		given(this.pages.page(99)).willThrow(new NotFoundException("source", "99"));
		this.mvc.perform(get("/sources/99"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", "There is no source called \u201c99\u201d."))
			.andExpect(model().attributeDoesNotExist("page"));
	}

	@Test
	void aSourceIdThatIsNoNumberIs400NamingIt() throws Exception {
		this.mvc.perform(get("/sources/atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 400))
			.andExpect(model().attribute("message", allOf(containsString("atlantis"), containsString("id"))));
		verifyNoInteractions(this.pages);
	}

	@Test
	void theSourcesDownloadHasARowPerSourceWithItsCitedCount() throws Exception {
		given(this.pages.sources()).willReturn(List.of(this.caixin, this.government));
		given(this.pages.citedCounts()).willReturn(Map.of(40L, 12L));
		this.mvc.perform(get("/sources.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-sources.csv")))
			.andExpect(content().string(allOf(
					containsString("Hefei bets on AI,,Caixin,,2025-03-02,https://example.org/hefei,medium,false,12,"
							+ "/sources/40\r\n"),
					containsString("Pilot zone plan,,Hefei government,,2024-11,,high,false,0,/sources/41\r\n"))));
	}

	@Test
	void theStatementsDownloadHasARowPerStatementWithWhatItIsAbout() throws Exception {
		given(this.pages.statementLines())
			.willReturn(List.of(new SourcePageService.StatementLine(statement(91, "Hefei attracts AI firms."),
					new SubjectLink("Hub", "Hefei", "/cities/hefei"))));
		this.mvc.perform(get("/statements.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-statements.csv")))
			.andExpect(content().string(containsString("Hefei attracts AI firms.,Hefei has attracted many AI firms.,"
					+ "Reported fact,Hefei,,Hefei bets on AI,Caixin,2025-03-02,https://example.org/hefei\r\n")));
	}

}
