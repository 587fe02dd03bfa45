package org.hubatlas.api;

import java.util.Locale;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The API's guide lists what the API's controllers declare (here the hubs' two endpoints,
 * and no page of the site), each with its parameters and an address to try, in the
 * reader's language.
 */
@SignInGuardsMocked
@WebMvcTest({ ApiGuideController.class, HubApiController.class })
@Import({ SecurityConfig.class, ApiReference.class, InterfaceText.class })
class ApiGuideControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private OpenDataService data;

	private Document guide(Locale language) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/open-data").locale(language))
			.andExpect(status().isOk())
			.andExpect(view().name("api/guide"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The API's root leads a browser to this guide, and a program to the description. */
	@Test
	void theApisRootLeadsToTheGuideOrTheDescription() throws Exception {
		this.mvc.perform(get("/api").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/open-data"));
		this.mvc.perform(get("/api/").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(redirectedUrl("/open-data"));
		this.mvc.perform(get("/api").accept(MediaType.APPLICATION_JSON)).andExpect(redirectedUrl("/v3/api-docs"));
	}

	@Test
	void theGuideListsTheDeclaredEndpointsWithTheirParametersAndAnAddressToTry() throws Exception {
		Document page = guide(Locale.ENGLISH);
		assertThat(page.select("h1").eachText()).containsExactly("Open data API");
		assertThat(page.select(".endpoint h3").eachText()).containsExactly("GET /api/hubs", "GET /api/hubs/{slug}");
		assertThat(page.select(".api-group h2").eachText()).containsExactly("Hubs");
		assertThat(page.select(".endpoint").get(1).select("tbody tr").eachText())
			.containsExactly("slug In the path The hub's address name. beijing");
		assertThat(page.select(".endpoint a[href]").eachAttr("href")).containsExactly("/api/hubs", "/api/hubs/beijing");
		// The description's Markdown code marks are not shown as typed.
		assertThat(page.select(".endpoint").get(0).text()).contains("the Link header and links name")
			.doesNotContain("`");
	}

	@Test
	void aChineseReaderReadsTheGuideInChinese() throws Exception {
		Document page = guide(Locale.SIMPLIFIED_CHINESE);
		assertThat(page.select("h1").eachText()).containsExactly("开放数据 API");
		assertThat(page.select(".api-group h2").eachText()).containsExactly("枢纽");
		assertThat(page.select(".endpoint").get(1).text()).contains("一个枢纽及其企业").contains("枢纽的地址名。");
		assertThat(page.select(".endpoint").get(0).select("tbody tr").eachText())
			.containsExactly("page 查询参数，可选 页码，从 1 开始。 1", "size 查询参数，可选 每页条数，1 至 100。 20");
	}

}
