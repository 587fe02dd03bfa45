package org.hubatlas.ranking;

import java.util.List;
import java.util.Map;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.support.TestHubs;
import org.hubatlas.web.DisplayNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The index with the reader's weights, its service mocked: the weights in the address go
 * to the service and stay in the form, the pager's links and the download; a page that is
 * no number is a 400 that never reaches the service, a weight the service refuses a 400
 * naming it, a page beyond the last a 404; the spreadsheet has a row per hub, those with
 * too little data without a rank.
 */
@SignInGuardsMocked
@WebMvcTest(HubIndexController.class)
@Import({ SecurityConfig.class, DisplayNames.class, FigureText.class })
class HubIndexControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HubIndexService index;

	private final Indicator companies = new Indicator("ai-companies", "AI companies", "companies", true, null, 1);

	private final HubIndex.Score beijing = new HubIndex.Score(1, 100, List.of(), 1.0, 1, 1, 1);

	private final HubIndex.Score shanghai = new HubIndex.Score(2, 60, List.of(), 1.0, 2, 1, 2);

	private final HubIndex.Score harbin = new HubIndex.Score(3, 0, List.of(), 0.25, 0, 0, 0);

	/** The index of three hubs with this weight, showing the first hub of two pages. */
	private HubIndexService.IndexPage page(int weight, boolean starting) {
		return page(weight, starting, false);
	}

	private HubIndexService.IndexPage page(int weight, boolean starting, boolean noWeight) {
		HubIndex.Result result = new HubIndex.Result(List.of(new HubIndex.Weight(this.companies, weight)),
				List.of(this.beijing, this.shanghai), List.of(this.harbin));
		return new HubIndexService.IndexPage(result, List.of(new HubIndexService.Choice(this.companies, weight, 7)),
				Map.of(1L, TestHubs.hub(1, "beijing", "Beijing", "北京"), 2L,
						TestHubs.hub(2, "shanghai", "Shanghai", "上海"), 3L, TestHubs.hub(3, "harbin", "Harbin", "哈尔滨")),
				Map.of(), starting, new PageImpl<>(List.of(this.beijing), PageRequest.of(0, 1), 2),
				List.of(TestHubs.hub(4, "guangdong", "Guangdong", "广东")), noWeight);
	}

	@Test
	void theWeightsInTheAddressGoToTheServiceAndStayInTheFormThePagerAndTheDownload() throws Exception {
		given(this.index.index(Map.of("ai-companies", "3"), 1)).willReturn(page(3, false));
		String html = this.mvc.perform(get("/index").param("ai-companies", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("ranking/index"))
			.andExpect(model().attributeExists("index", "pages"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("input#w-ai-companies").attr("name")).isEqualTo("ai-companies");
		assertThat(page.select("input#w-ai-companies").attr("value")).isEqualTo("3");
		assertThat(page.select("label[for=w-ai-companies]").text()).contains("AI companies", "7");
		assertThat(page.select("tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.select("th a").attr("href")).isEqualTo("/cities/beijing"))
			.satisfies((row) -> assertThat(row.select("td[data-label=Rank range]").text()).isEqualTo("same rank"));
		assertThat(page.select("a[download]").attr("href")).isEqualTo("/index.csv?ai-companies=3");
		assertThat(page.select("a[href*=page=2]").eachAttr("href")).isNotEmpty()
			.allSatisfy((href) -> assertThat(href).contains("ai-companies=3"));
		assertThat(page.select("#not-enough-heading + p + ul a").eachAttr("href")).containsExactly("/cities/harbin");
	}

	@Test
	void aPageThatIsNoNumberIsA400ThatNeverReachesTheService() throws Exception {
		this.mvc.perform(get("/index").param("page", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page")));
		verifyNoInteractions(this.index);
	}

	@Test
	void aWeightTheServiceRefusesIsA400NamingIt() throws Exception {
		given(this.index.index(anyMap(), anyInt()))
			.willThrow(new BadRequestException("ai-companies", "problem.wholeNumberFromTo",
					"The parameter ''{0}'' must be a whole number from {1} to {2}.", "ai-companies", "0", "10"));
		String html = this.mvc.perform(get("/index").param("ai-companies", "eleven"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("main .lead").text())
			.isEqualTo("The parameter 'ai-companies' must be a whole number from 0 to 10.");
	}

	/**
	 * Weights that are all 0 give the form again, as the reader left it, with the message
	 * beside it, and a 400; no scores, no download.
	 */
	@Test
	void weightsThatAreAllZeroGiveTheFormAgainWithTheMessageBesideIt() throws Exception {
		given(this.index.index(Map.of("ai-companies", "0"), 1)).willReturn(page(0, false, true));
		Document html = Jsoup.parse(this.mvc.perform(get("/index").param("ai-companies", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("ranking/index"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html.select("form.index-weights .field-error").text())
			.isEqualTo("Give at least one indicator a weight above 0.");
		assertThat(html.select("input[name=ai-companies]").attr("value")).isEqualTo("0");
		assertThat(html.select("input[name=ai-companies]").attr("aria-describedby")).isEqualTo("weights-error");
		assertThat(html.select("table")).isEmpty();
		assertThat(html.select("main a[download]")).isEmpty();
	}

	@Test
	void theSpreadsheetOfWeightsThatAreAllZeroIsA400() throws Exception {
		given(this.index.index(Map.of("ai-companies", "0"))).willReturn(page(0, false, true));
		this.mvc.perform(get("/index.csv").param("ai-companies", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void aPageBeyondTheLastIsA404() throws Exception {
		given(this.index.index(anyMap(), anyInt())).willThrow(new NotFoundException("page", "9"));
		this.mvc.perform(get("/index").param("page", "9")).andExpect(status().isNotFound());
	}

	@Test
	void theSpreadsheetHasARowPerHubAndNoRankWhereTheDataIsTooThin() throws Exception {
		given(this.index.index(Map.of("ai-companies", "3"))).willReturn(page(3, false));
		String csv = this.mvc.perform(get("/index.csv").param("ai-companies", "3"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(1)).startsWith("1,Beijing,北京,");
		assertThat(lines.get(2)).startsWith("2,Shanghai,上海,");
		assertThat(lines.get(3)).startsWith(",Harbin,哈尔滨,");
	}

}
