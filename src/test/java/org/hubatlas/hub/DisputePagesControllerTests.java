package org.hubatlas.hub;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.ReaderText;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeType;
import org.hubatlas.dispute.Severity;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The corrections and caveats page with its service mocked: each note in the order the
 * service gives, with its severity, whether the source is disputed or only to be read
 * with care, what the source says, why, and the pages it affects as links; stored text
 * escaped.
 */
@SignInGuardsMocked
@WebMvcTest(DisputePagesController.class)
@Import({ SecurityConfig.class, DisplayNames.class })
class DisputePagesControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SourcePageService pages;

	private static Dispute dispute(long id, String slug, String title, Severity severity, DisputeType type,
			Source source, String quote, String issue) {
		Dispute dispute = new Dispute(slug, title, severity, type, source, quote, issue, null);
		ReflectionTestUtils.setField(dispute, "id", id);
		return dispute;
	}

	@Test
	void everyNoteShowsItsSeverityWhatTheSourceSaysWhyAndWhatItAffects() throws Exception {
		Source article = new Source("seed-007", "Hangzhou's AI town", "2019", DatePrecision.YEAR);
		ReflectionTestUtils.setField(article, "id", 7L);
		Dispute wrongYear = dispute(1, "wrong-year", "A park dated <b>2030</b>", Severity.HIGH,
				DisputeType.CONTRADICTS_PUBLIC_FACT, article, "It opened in 2030.", "It opened in 2018.");
		Dispute vague = dispute(2, "vague-count", "A count without a date", Severity.LOW, DisputeType.MISSING_DATE,
				null, null, "The article gives no year.");
		Map<Long, LinkedHashSet<SourcePageService.Affected>> affects = Map.of(1L,
				new LinkedHashSet<>(List.of(new SourcePageService.Affected("Hangzhou", null, "/cities/hangzhou"),
						new SourcePageService.Affected("DeepSeek", null, "/companies/deepseek"),
						new SourcePageService.Affected("Hangzhou",
								new ReaderText("AI companies, more than 2,400 companies", null),
								"/cities/hangzhou#figure-9"))));
		given(this.pages.disputes()).willReturn(new SourcePageService.DisputesPage(List.of(wrongYear, vague), affects));

		String html = this.mvc.perform(get("/disputes"))
			.andExpect(status().isOk())
			.andExpect(view().name("source/disputes"))
			.andExpect(model().attributeExists("page"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").eachText()).containsExactly("Corrections and caveats");
		assertThat(page.select("main").text()).contains("2 notes, most severe first.");
		List<Element> notes = page.select("li.dispute");
		assertThat(notes).extracting((note) -> note.id()).containsExactly("dispute-wrong-year", "dispute-vague-count");
		Element first = notes.get(0);
		assertThat(first.hasClass("sev-high")).isTrue();
		assertThat(first.select(".badge-disputed")).as("a contradiction is marked disputed").hasSize(1);
		// The heading begins with the note's title, so that a list of headings tells the
		// notes apart.
		assertThat(first.select(".dispute-title").text()).startsWith("A park dated <b>2030</b>")
			.contains("High severity");
		assertThat(first.select("b")).as("stored text is escaped").isEmpty();
		assertThat(first.select("dd").eachText()).contains("It opened in 2018.")
			.anySatisfy((dd) -> assertThat(dd).contains("It opened in 2030."));
		assertThat(first.select("dd a[href]").eachAttr("href")).contains("/cities/hangzhou", "/companies/deepseek",
				"/cities/hangzhou#figure-9", "/sources/7");
		// A figure is named beside what it is about; one entry a line, as an entry's
		// words
		// hold commas and semicolons.
		assertThat(first.select("dd ul.affects > li").eachText()).containsExactly("Hangzhou", "DeepSeek",
				"Hangzhou: AI companies, more than 2,400 companies");
		Element second = notes.get(1);
		assertThat(second.hasClass("sev-low")).isTrue();
		assertThat(second.select(".badge-caveat")).as("a missing date is a caveat").hasSize(1);
		assertThat(second.select(".badge-disputed")).isEmpty();
		assertThat(second.select("dt").eachText()).as("a note that affects no page names none")
			.doesNotContain("Affects");
		assertThat(second.select("dd").eachText()).contains("The article gives no year.");
	}

}
