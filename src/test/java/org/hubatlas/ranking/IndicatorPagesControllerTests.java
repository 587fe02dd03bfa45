package org.hubatlas.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.support.TestHubs;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The indicator pages with the rankings mocked: the catalogue, one indicator's ranking
 * with its first hundred rows or all of them ({@code ?all=yes}) and its description in
 * the page's head, the same ranking as a CSV download, a 400 page naming a bad
 * {@code all}, and a 404 page for a code that is no indicator.
 */
@SignInGuardsMocked
@WebMvcTest(IndicatorPagesController.class)
@Import({ SecurityConfig.class, FigureText.class, DisplayNames.class })
class IndicatorPagesControllerTests {

	private static final String DEFINITION = "Companies whose main business is artificial intelligence.";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private IndicatorRankingService rankings;

	private static Indicator aiCompanies() {
		Indicator indicator = new Indicator("ai-companies", "AI companies", "companies", true, DEFINITION, 1);
		ReflectionTestUtils.setField(indicator, "id", 5L);
		return indicator;
	}

	private static Figure figure(long id, City hub, Indicator indicator, String value, String asWritten,
			Source source) {
		Figure figure = new Figure(Subject.city(hub.getId()), indicator, new BigDecimal(value), asWritten,
				FigureKind.ACTUAL, source, hub.getName() + " had " + asWritten + " AI companies.");
		ReflectionTestUtils.setField(figure, "id", id);
		return figure;
	}

	private static IndicatorRanking ranking() {
		Indicator indicator = aiCompanies();
		Source source = new Source("caict-2024", "China AI development report 2024", "March 2024", DatePrecision.MONTH);
		ReflectionTestUtils.setField(source, "id", 11L);
		City beijing = TestHubs.hub(1, "beijing", "Beijing", "北京");
		City shanghai = TestHubs.hub(2, "shanghai", "Shanghai", "上海");
		IndicatorRanking.Group ranked = new IndicatorRanking.Group("Ranked", null, true, List.of(
				new IndicatorRanking.Entry(1, beijing, figure(21, beijing, indicator, "2400", "2,400", source)),
				new IndicatorRanking.Entry(2, shanghai, figure(22, shanghai, indicator, "1100", "1,100", source))));
		return new IndicatorRanking(indicator, List.of(ranked), null, Disputes.none(),
				"2 hubs ranked by AI companies, figures of 2024.");
	}

	@Test
	void theCatalogueListsEveryIndicatorWithFigures() throws Exception {
		List<IndicatorRankingService.IndicatorSummary> catalogue = List
			.of(new IndicatorRankingService.IndicatorSummary(aiCompanies(), 2, 2, List.of()));
		given(this.rankings.catalogue()).willReturn(catalogue);
		this.mvc.perform(get("/indicators"))
			.andExpect(status().isOk())
			.andExpect(view().name("ranking/list"))
			.andExpect(model().attribute("indicators", sameInstance(catalogue)))
			.andExpect(content().string(containsString("href=\"/indicators/ai-companies\"")));
	}

	@Test
	void anIndicatorShowsItsRankingWithTheFirstHundredRowsAndItsDefinitionAsDescription() throws Exception {
		IndicatorRanking ranking = ranking();
		given(this.rankings.ranking("ai-companies")).willReturn(ranking);
		this.mvc.perform(get("/indicators/ai-companies"))
			.andExpect(status().isOk())
			.andExpect(view().name("ranking/show"))
			.andExpect(model().attribute("ranking", sameInstance(ranking)))
			.andExpect(model().attribute("rowsShown", IndicatorPagesController.ROWS_SHOWN))
			.andExpect(model().attribute("metaDescription", DEFINITION))
			.andExpect(content().string(
					allOf(containsString("href=\"/cities/beijing\""), containsString("href=\"/cities/shanghai\""))));
	}

	@Test
	void allYesShowsEveryRow() throws Exception {
		given(this.rankings.ranking("ai-companies")).willReturn(ranking());
		this.mvc.perform(get("/indicators/ai-companies").param("all", "yes"))
			.andExpect(status().isOk())
			.andExpect(view().name("ranking/show"))
			.andExpect(model().attribute("rowsShown", Integer.MAX_VALUE));
	}

	@Test
	void anAllOtherThanYesIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/indicators/ai-companies").param("all", "no"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'all'")));
		verify(this.rankings, never()).ranking(any());
	}

	@Test
	void anUnknownCodeIs404() throws Exception {
		given(this.rankings.ranking("nope")).willThrow(new NotFoundException("indicator", "nope"));
		this.mvc.perform(get("/indicators/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", containsString("nope")));
	}

	@Test
	void theRankingDownloadsAsCsvWithARowPerHub() throws Exception {
		given(this.rankings.ranking("ai-companies")).willReturn(ranking());
		this.mvc.perform(get("/indicators/ai-companies.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-ai-companies.csv")))
			.andExpect(content().string(
					allOf(containsString("\r\n1,Beijing,北京,Ranked,"), containsString("\r\n2,Shanghai,上海,Ranked,"))));
	}

	@Test
	void anUnknownCodeIs404ForTheCsvToo() throws Exception {
		given(this.rankings.ranking("nope")).willThrow(new NotFoundException("indicator", "nope"));
		this.mvc.perform(get("/indicators/nope.csv")).andExpect(status().isNotFound()).andExpect(view().name("error"));
	}

}
