package org.hubatlas.university;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageLinks;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyKind;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.BeanUtils;
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
 * The universities and institutes list, its spreadsheet and an institution's page with
 * the services mocked: the kind and page are parsed from the address, handed to the
 * service and kept in the pager's and the download's links; a malformed kind or page is a
 * 400 page naming the parameter; an unknown institution is a 404 page; an institution's
 * page shows its ties to companies and asks for the disputes of the institution, its
 * figures and its statements.
 */
@SignInGuardsMocked
@WebMvcTest(UniversityController.class)
@Import({ SecurityConfig.class, FigureText.class, DisplayNames.class })
class UniversityControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private UniversityService universities;

	@MockitoBean
	private EvidenceService evidence;

	private final City hangzhou = hub(4, "hangzhou", "Hangzhou");

	private final Source article = source(40);

	private final University zju = university(8, "zhejiang-university", "Zhejiang University",
			UniversityKind.UNIVERSITY, this.hangzhou);

	private final University baai = university(9, "baai", "Beijing Academy of Artificial Intelligence",
			UniversityKind.RESEARCH_INSTITUTE, null);

	private static City hub(long id, String slug, String name) {
		City city = new City(slug, name, CityLevel.SUB_PROVINCIAL_CITY);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

	private static Source source(long id) {
		Source source = new Source("source-" + id, "Where China's AI talent studies", "2025-01", DatePrecision.MONTH);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

	private static University university(long id, String slug, String name, UniversityKind kind, City city) {
		University university = new University(slug, name, kind);
		university.setCity(city);
		ReflectionTestUtils.setField(university, "id", id);
		return university;
	}

	private static UniversityCompanyTie tie(University university, Company company, String relation) {
		UniversityCompanyTie tie = BeanUtils.instantiateClass(UniversityCompanyTie.class);
		ReflectionTestUtils.setField(tie, "university", university);
		ReflectionTestUtils.setField(tie, "company", company);
		ReflectionTestUtils.setField(tie, "relation", relation);
		return tie;
	}

	@Test
	void theListShowsTheFirstPageOfEveryInstitutionByDefault() throws Exception {
		given(this.universities.list(null, 1))
			.willReturn(new PageImpl<>(List.of(this.baai, this.zju), PageRequest.of(0, 50), 2));
		this.mvc.perform(get("/universities"))
			.andExpect(status().isOk())
			.andExpect(view().name("university/list"))
			.andExpect(model().attribute("universities", contains(this.baai, this.zju)))
			.andExpect(model().attribute("total", 2L))
			.andExpect(model().attribute("kinds", List.of(UniversityKind.values())))
			.andExpect(model().attribute("kind", nullValue()))
			.andExpect(model().attribute("csvHref", "/universities.csv"))
			.andExpect(model().attribute("pages", new PageLinks(1, 1, 2, 1, 2, null, null)))
			.andExpect(content().string(
					allOf(containsString("/universities/zhejiang-university"), containsString("/cities/hangzhou"))));
	}

	@Test
	void theKindAndPageAreHandedToTheServiceAndKeptInTheLinks() throws Exception {
		given(this.universities.list(UniversityKind.RESEARCH_INSTITUTE, 2))
			.willReturn(new PageImpl<>(List.of(this.baai), PageRequest.of(1, 50), 101));
		this.mvc.perform(get("/universities").param("kind", "research-institute").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("university/list"))
			.andExpect(model().attribute("universities", contains(this.baai)))
			.andExpect(model().attribute("total", 101L))
			.andExpect(model().attribute("kind", UniversityKind.RESEARCH_INSTITUTE))
			.andExpect(model().attribute("csvHref", "/universities.csv?kind=research-institute"))
			.andExpect(model().attribute("pages", new PageLinks(2, 3, 101, 51, 51,
					"/universities?kind=research-institute&page=1", "/universities?kind=research-institute&page=3")));
		verify(this.universities).list(UniversityKind.RESEARCH_INSTITUTE, 2);
	}

	@ParameterizedTest
	@CsvSource({ "kind, bogus", "page, 0", "page, 1000001", "page, 1.5" })
	void aMalformedListParameterIs400NamingIt(String parameter, String value) throws Exception {
		this.mvc.perform(get("/universities").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 400))
			.andExpect(model().attribute("message", containsString("'" + parameter + "'")));
		verify(this.universities, never()).list(any(), anyInt());
	}

	@Test
	void anInstitutionsPageShowsItsTiesFiguresAndStatementsWithTheirDisputes() throws Exception {
		Indicator talent = new Indicator("ai-graduates", "AI graduates", "people", true, "Graduates", 5);
		Figure figure = new Figure(Subject.university(8), talent, new BigDecimal("1200"), "1,200", FigureKind.ACTUAL,
				this.article, "Zhejiang University graduates 1,200 AI students a year.");
		ReflectionTestUtils.setField(figure, "id", 70L);
		Statement statement = new Statement(Subject.university(8), this.article,
				"Its alumni founded several AI start-ups.", "Alumni founded AI start-ups.", Nature.REPORTED_FACT);
		ReflectionTestUtils.setField(statement, "id", 71L);
		Company deepSeek = new Company("deepseek", "DeepSeek", CompanyKind.STARTUP);
		List<UniversityCompanyTie> ties = List.of(tie(this.zju, deepSeek, "Alma mater of its founder"));
		Disputes none = Disputes.none();
		given(this.universities.get("zhejiang-university")).willReturn(this.zju);
		given(this.universities.ties(this.zju)).willReturn(ties);
		given(this.evidence.about(Subject.university(8)))
			.willReturn(new Evidence(List.of(figure), List.of(statement), none));

		this.mvc.perform(get("/universities/zhejiang-university"))
			.andExpect(status().isOk())
			.andExpect(view().name("university/show"))
			.andExpect(model().attribute("university", sameInstance(this.zju)))
			.andExpect(model().attribute("ties", ties))
			.andExpect(model().attribute("figures", contains(figure)))
			.andExpect(model().attribute("statements", contains(statement)))
			.andExpect(model().attribute("disputes", sameInstance(none)))
			.andExpect(model().attributeDoesNotExist("metaDescription"))
			.andExpect(content().string(allOf(containsString("/companies/deepseek"),
					containsString("Alma mater of its founder"), containsString("Alumni founded AI start-ups."))));
	}

	@Test
	void anUnknownInstitutionIs404() throws Exception {
		given(this.universities.get("atlantis"))
			.willThrow(new NotFoundException("university or institute", "atlantis"));
		this.mvc.perform(get("/universities/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("status", 404))
			.andExpect(model().attribute("message", "There is no university or institute called \u201catlantis\u201d."))
			.andExpect(model().attributeDoesNotExist("university"));
		verifyNoInteractions(this.evidence);
	}

	@Test
	void theDownloadIsTheListWithTheSameKindAsCsv() throws Exception {
		given(this.universities.download(UniversityKind.UNIVERSITY)).willReturn(List.of(this.zju));
		this.mvc.perform(get("/universities.csv").param("kind", "university"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(
					header().string("Content-Disposition", containsString("hub-atlas-universities-and-institutes.csv")))
			.andExpect(content().string(containsString(
					"Zhejiang University,,University,Hangzhou,,,/universities/zhejiang-university\r\n")));
		verify(this.universities).download(UniversityKind.UNIVERSITY);
	}

	@Test
	void aMalformedDownloadKindIs400NamingIt() throws Exception {
		this.mvc.perform(get("/universities.csv").param("kind", "college"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'kind'")));
		verify(this.universities, never()).download(any());
	}

}
