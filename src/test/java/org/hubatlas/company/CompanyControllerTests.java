package org.hubatlas.company;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.BadRequestException;
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
import org.hubatlas.web.DisplayNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import static org.assertj.core.api.Assertions.assertThat;
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
 * The companies list, its spreadsheet and a company's page with the services mocked: the
 * kind, sector and page are parsed from the address, handed to the service and kept in
 * the pager's and the download's links; a malformed kind or page, or a sector the data
 * does not have, is a 400 page naming the parameter; an unknown company is a 404 page; a
 * company's page asks for the disputes of the company, its figures and its statements.
 */
@SignInGuardsMocked
@WebMvcTest(CompanyController.class)
@Import({ SecurityConfig.class, FigureText.class, DisplayNames.class })
class CompanyControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CompanyService companies;

	@MockitoBean
	private EvidenceService evidence;

	private final City hangzhou = hub(4, "hangzhou", "Hangzhou");

	private final Source article = source(40);

	private final Company deepSeek = company(5, "deepseek", "DeepSeek", "深度求索", CompanyKind.STARTUP, this.hangzhou,
			"Makes open-weight language models.", "LLM", "AI");

	private final Company iflytek = company(6, "iflytek", "iFlytek", "科大讯飞", CompanyKind.TECH_GIANT, null, null,
			"Speech");

	private static City hub(long id, String slug, String name) {
		City city = new City(slug, name, CityLevel.SUB_PROVINCIAL_CITY);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static Source source(long id) {
		Source source = new Source("source-" + id, "China's AI start-ups", "2025-02-01", DatePrecision.DAY);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

	private static Company company(long id, String slug, String name, String nameZh, CompanyKind kind, City hq,
			String summary, String... sectors) {
		Company company = new Company(slug, name, kind);
		company.edit(slug, name, nameZh, kind, 2023, hq, null, summary, null, Set.of(sectors));
		ReflectionTestUtils.setField(company, "id", id);
		return company;
	}

	@Test
	void theListShowsTheFirstPageOfEveryCompanyByDefault() throws Exception {
		given(this.companies.sectors()).willReturn(List.of("AI", "Robotics"));
		given(this.companies.list(null, null, 1))
			.willReturn(new PageImpl<>(List.of(this.deepSeek, this.iflytek), PageRequest.of(0, 50), 2));
		this.mvc.perform(get("/companies"))
			.andExpect(status().isOk())
			.andExpect(view().name("company/list"))
			.andExpect(model().attribute("companies", contains(this.deepSeek, this.iflytek)))
			.andExpect(model().attribute("total", 2L))
			.andExpect(model().attribute("kinds", List.of(CompanyKind.values())))
			.andExpect(model().attribute("sectors", List.of("AI", "Robotics")))
			.andExpect(model().attribute("kind", nullValue()))
			.andExpect(model().attribute("sector", nullValue()))
			.andExpect(model().attribute("csvHref", "/companies.csv"))
			.andExpect(model().attribute("pages", new PageLinks(1, 1, 2, 1, 2, null, null)))
			.andExpect(
					content().string(allOf(containsString("/companies/deepseek"), containsString("/cities/hangzhou"))));
	}

	/**
	 * A company without sectors says they are not recorded, in the reader's language,
	 * rather than leave its cell blank.
	 */
	@Test
	void aCompanyWithoutSectorsSaysTheyAreNotRecorded() throws Exception {
		Company unsorted = company(7, "unsorted", "Unsorted Labs", "未分类实验室", CompanyKind.COMPANY, this.hangzhou, null);
		given(this.companies.sectors()).willReturn(List.of("AI"));
		given(this.companies.list(null, null, 1))
			.willReturn(new PageImpl<>(List.of(this.deepSeek, unsorted), PageRequest.of(0, 50), 2));
		for (String[] language : new String[][] { { "en", "not recorded" }, { "zh-CN", "未记录" } }) {
			Document list = Jsoup.parse(this.mvc.perform(get("/companies").locale(Locale.forLanguageTag(language[0])))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(list.select("tbody tr").eachText()).hasSize(2);
			assertThat(list.select("tbody tr").get(0).select("td").eachText()).anyMatch((cell) -> cell.contains("LLM"));
			assertThat(list.select("tbody tr").get(1).select("td span.muted").eachText()).contains(language[1]);
		}
	}

	@Test
	void theKindSectorAndPageAreHandedToTheServiceAndKeptInTheLinks() throws Exception {
		given(this.companies.sectors()).willReturn(List.of("AI", "Robotics"));
		given(this.companies.sector("robotics")).willReturn("Robotics");
		given(this.companies.list(CompanyKind.STARTUP, "Robotics", 2))
			.willReturn(new PageImpl<>(List.of(this.deepSeek), PageRequest.of(1, 50), 51));
		this.mvc.perform(get("/companies").param("kind", "startup").param("sector", "robotics").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("company/list"))
			.andExpect(model().attribute("companies", contains(this.deepSeek)))
			.andExpect(model().attribute("total", 51L))
			.andExpect(model().attribute("kind", CompanyKind.STARTUP))
			.andExpect(model().attribute("sector", "Robotics"))
			.andExpect(model().attribute("csvHref", "/companies.csv?kind=startup&sector=Robotics"))
			.andExpect(model().attribute("pages",
					new PageLinks(2, 2, 51, 51, 51, "/companies?kind=startup&sector=Robotics&page=1", null)));
		verify(this.companies).list(CompanyKind.STARTUP, "Robotics", 2);
	}

	@ParameterizedTest
	@CsvSource({ "kind, bogus", "page, 0", "page, -1", "page, two" })
	void aMalformedListParameterIs400NamingIt(String parameter, String value) throws Exception {
		this.mvc.perform(get("/companies").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 400))
			.andExpect(model().attribute("message", containsString("'" + parameter + "'")));
		verify(this.companies, never()).list(any(), any(), anyInt());
	}

	@Test
	void aSectorTheDataDoesNotHaveIs400NamingTheSectorsThereAre() throws Exception {
		given(this.companies.sector("quantum"))
			.willThrow(BadRequestException.oneOf("sector", List.of("AI", "Robotics")));
		this.mvc.perform(get("/companies").param("sector", "quantum"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", "The parameter 'sector' must be one of: AI, Robotics."));
		verify(this.companies, never()).list(any(), any(), anyInt());
	}

	@Test
	void aCompanysPageShowsItsFiguresStatementsAndTiesWithTheirDisputes() throws Exception {
		Indicator models = new Indicator("registered-llms", "Registered LLMs", "registered LLMs", true, "Models", 9);
		Figure figure = new Figure(Subject.company(5), models, new BigDecimal("3"), "three", FigureKind.ACTUAL,
				this.article, "DeepSeek has registered three models.");
		ReflectionTestUtils.setField(figure, "id", 60L);
		Statement statement = new Statement(Subject.company(5), this.article, "DeepSeek trains its models cheaply.",
				"DeepSeek's training is cheap.", Nature.ATTRIBUTED_VIEW);
		ReflectionTestUtils.setField(statement, "id", 61L);
		List<CompanyPresence> presences = List
			.of(new CompanyPresence(this.deepSeek, hub(1, "beijing", "Beijing"), "Office"));
		List<InstitutionTies.TiedInstitution> institutions = List
			.of(new InstitutionTies.TiedInstitution("zhejiang-university", "Zhejiang University", "Alma mater"));
		Disputes none = Disputes.none();
		given(this.companies.get("deepseek")).willReturn(this.deepSeek);
		given(this.companies.presencesOf(this.deepSeek)).willReturn(presences);
		given(this.companies.institutionsOf(this.deepSeek)).willReturn(institutions);
		given(this.evidence.about(Subject.company(5)))
			.willReturn(new Evidence(List.of(figure), List.of(statement), none));

		this.mvc.perform(get("/companies/deepseek"))
			.andExpect(status().isOk())
			.andExpect(view().name("company/show"))
			.andExpect(model().attribute("company", sameInstance(this.deepSeek)))
			.andExpect(model().attribute("presences", presences))
			.andExpect(model().attribute("institutions", institutions))
			.andExpect(model().attribute("figures", contains(figure)))
			.andExpect(model().attribute("statements", contains(statement)))
			.andExpect(model().attribute("disputes", sameInstance(none)))
			.andExpect(model().attribute("metaDescription", "Makes open-weight language models."))
			.andExpect(content().string(allOf(containsString("/universities/zhejiang-university"),
					containsString("/cities/beijing"), containsString("DeepSeek trains its models cheaply."))));
	}

	@Test
	void anUnknownCompanyIs404() throws Exception {
		given(this.companies.get("atlantis")).willThrow(new NotFoundException("company", "atlantis"));
		this.mvc.perform(get("/companies/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", "There is no company called \u201catlantis\u201d."))
			.andExpect(model().attributeDoesNotExist("company"));
		verifyNoInteractions(this.evidence);
	}

	@Test
	void theDownloadIsTheListWithTheSameFiltersAsCsv() throws Exception {
		given(this.companies.download(CompanyKind.STARTUP, null)).willReturn(List.of(this.deepSeek));
		this.mvc.perform(get("/companies.csv").param("kind", "STARTUP"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("hub-atlas-companies.csv")))
			.andExpect(content().string(containsString(
					"DeepSeek,深度求索,Startup,AI; LLM,Hangzhou,,2023,Makes open-weight language models.,/companies/deepseek\r\n")));
		verify(this.companies).download(CompanyKind.STARTUP, null);
	}

	@Test
	void aMalformedDownloadKindIs400NamingIt() throws Exception {
		this.mvc.perform(get("/companies.csv").param("kind", "bogus"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'kind'")));
		verify(this.companies, never()).download(any(), any());
	}

}
