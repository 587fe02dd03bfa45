package org.hubatlas.incentive;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageLinks;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.evidence.Evidence;
import org.hubatlas.evidence.EvidenceService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.subject.Subject;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.ChineseAmounts;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incentives list, its spreadsheet and an incentive's page with the services mocked:
 * the level, kind and page are parsed from the address, handed to the service and kept in
 * the pager's and the download's links; a malformed level, kind or page is a 400 page
 * naming the parameter; an unknown incentive is a 404 page; an incentive's page asks for
 * the disputes of the incentive, its figures and its statements.
 */
@SignInGuardsMocked
@WebMvcTest(IncentiveController.class)
@Import({ SecurityConfig.class, FigureText.class, ChineseAmounts.class, DisplayNames.class })
class IncentiveControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private IncentiveService incentives;

	@MockitoBean
	private EvidenceService evidence;

	private final City hefei = hub(7, "hefei", "Hefei");

	private final City wuhan = hub(8, "wuhan", "Wuhan");

	private final Source article = source(40);

	private final Incentive computeVouchers = incentive(20, "hefei-compute-vouchers", "Computing power vouchers",
			IncentiveLevel.MUNICIPAL, IncentiveKind.COMPUTING, "¥100 million", new BigDecimal("100000000"), "CNY",
			"Vouchers for AI firms renting computing power.", this.wuhan, this.hefei);

	private final Incentive pilotZones = incentive(21, "national-pilot-zones", "National AI pilot zones",
			IncentiveLevel.NATIONAL, IncentiveKind.PLAN, null, null, null, null);

	private static City hub(long id, String slug, String name) {
		City city = new City(slug, name, CityLevel.PREFECTURE_CITY);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static Source source(long id) {
		Source source = new Source("source-" + id, "Hefei's compute vouchers", "2024-06-03", DatePrecision.DAY);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

	private static Incentive incentive(long id, String slug, String title, IncentiveLevel level, IncentiveKind kind,
			String amountAsWritten, BigDecimal amount, String currency, String summary, City... hubs) {
		Incentive incentive = new Incentive(slug, title, level, kind);
		incentive.edit(slug, title, level, kind, "City government", amountAsWritten, amount, currency, "2024", 2024,
				null, "in force", summary, List.of(hubs));
		ReflectionTestUtils.setField(incentive, "id", id);
		return incentive;
	}

	@Test
	void theListShowsTheFirstPageOfEveryIncentiveByDefault() throws Exception {
		given(this.incentives.list(null, null, 1))
			.willReturn(new PageImpl<>(List.of(this.computeVouchers, this.pilotZones), PageRequest.of(0, 50), 2));
		this.mvc.perform(get("/incentives"))
			.andExpect(status().isOk())
			.andExpect(view().name("incentive/list"))
			.andExpect(model().attribute("incentives", contains(this.computeVouchers, this.pilotZones)))
			.andExpect(model().attribute("total", 2L))
			.andExpect(model().attribute("levels", List.of(IncentiveLevel.values())))
			.andExpect(model().attribute("kinds", List.of(IncentiveKind.values())))
			.andExpect(model().attribute("level", nullValue()))
			.andExpect(model().attribute("kind", nullValue()))
			.andExpect(model().attribute("csvHref", "/incentives.csv"))
			.andExpect(model().attribute("pages", new PageLinks(1, 1, 2, 1, 2, null, null)))
			.andExpect(content().string(allOf(containsString("/incentives/hefei-compute-vouchers"),
					containsString("/incentives/national-pilot-zones"))));
	}

	@Test
	void theLevelKindAndPageAreHandedToTheServiceAndKeptInTheLinks() throws Exception {
		given(this.incentives.list(IncentiveLevel.MUNICIPAL, IncentiveKind.COMPUTING, 2))
			.willReturn(new PageImpl<>(List.of(this.computeVouchers), PageRequest.of(1, 50), 51));
		this.mvc.perform(get("/incentives").param("level", "Municipal").param("kind", "computing").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("incentive/list"))
			.andExpect(model().attribute("incentives", contains(this.computeVouchers)))
			.andExpect(model().attribute("total", 51L))
			.andExpect(model().attribute("level", IncentiveLevel.MUNICIPAL))
			.andExpect(model().attribute("kind", IncentiveKind.COMPUTING))
			.andExpect(model().attribute("csvHref", "/incentives.csv?level=municipal&kind=computing"))
			.andExpect(model().attribute("pages",
					new PageLinks(2, 2, 51, 51, 51, "/incentives?level=municipal&kind=computing&page=1", null)));
		verify(this.incentives).list(IncentiveLevel.MUNICIPAL, IncentiveKind.COMPUTING, 2);
	}

	@ParameterizedTest
	@CsvSource({ "level, bogus", "kind, bogus", "page, 0", "page, last" })
	void aMalformedListParameterIs400NamingIt(String parameter, String value) throws Exception {
		this.mvc.perform(get("/incentives").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 400))
			.andExpect(model().attribute("message", containsString("'" + parameter + "'")));
		verify(this.incentives, never()).list(any(), any(), anyInt());
	}

	@Test
	void anIncentivesPageShowsItsFiguresAndStatementsWithTheirDisputes() throws Exception {
		Indicator budget = new Indicator("incentive-budget", "Budget", "CNY", true, "Money set aside", 3);
		Figure figure = new Figure(Subject.incentive(20), budget, new BigDecimal("100000000"), "¥100 million",
				FigureKind.TARGET, this.article, "Hefei sets aside ¥100 million for computing vouchers.");
		ReflectionTestUtils.setField(figure, "id", 80L);
		Statement statement = new Statement(Subject.incentive(20), this.article,
				"Firms may cover half their computing bills with vouchers.", "Vouchers cover half the bill.",
				Nature.REPORTED_FACT);
		ReflectionTestUtils.setField(statement, "id", 81L);
		Disputes none = Disputes.none();
		given(this.incentives.get("hefei-compute-vouchers")).willReturn(this.computeVouchers);
		given(this.evidence.about(Subject.incentive(20)))
			.willReturn(new Evidence(List.of(figure), List.of(statement), none));

		this.mvc.perform(get("/incentives/hefei-compute-vouchers"))
			.andExpect(status().isOk())
			.andExpect(view().name("incentive/show"))
			.andExpect(model().attribute("incentive", sameInstance(this.computeVouchers)))
			.andExpect(model().attribute("figures", contains(figure)))
			.andExpect(model().attribute("statements", contains(statement)))
			.andExpect(model().attribute("disputes", sameInstance(none)))
			.andExpect(model().attribute("metaDescription", "Vouchers for AI firms renting computing power."))
			.andExpect(content().string(allOf(containsString("/cities/hefei"), containsString("/cities/wuhan"),
					containsString("Vouchers cover half the bill."))));
	}

	@Test
	void anUnknownIncentiveIs404() throws Exception {
		given(this.incentives.get("atlantis")).willThrow(new NotFoundException("incentive", "atlantis"));
		this.mvc.perform(get("/incentives/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", "There is no incentive called \u201catlantis\u201d."))
			.andExpect(model().attributeDoesNotExist("incentive"));
		verifyNoInteractions(this.evidence);
	}

	@Test
	void theDownloadIsTheListWithTheSameFiltersAsCsv() throws Exception {
		given(this.incentives.download(IncentiveLevel.MUNICIPAL, null)).willReturn(List.of(this.computeVouchers));
		this.mvc.perform(get("/incentives.csv").param("level", "municipal"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-incentives.csv")))
			.andExpect(content().string(containsString("Computing power vouchers,,Municipal,Computing,Hefei; Wuhan,"
					+ "City government,¥100 million,100000000,CNY,2024,,in force,"
					+ "Vouchers for AI firms renting computing power.,/incentives/hefei-compute-vouchers\r\n")));
		verify(this.incentives).download(IncentiveLevel.MUNICIPAL, null);
	}

	@Test
	void aMalformedDownloadFilterIs400NamingIt() throws Exception {
		this.mvc.perform(get("/incentives.csv").param("kind", "bribe"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'kind'")));
		verify(this.incentives, never()).download(any(), any());
	}

}
