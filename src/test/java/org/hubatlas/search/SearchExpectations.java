package org.hubatlas.search;

import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a reader must find over the shipped data, whatever the database: the first result
 * of the first group for each query. H2 and PostgreSQL tests both run it.
 */
public final class SearchExpectations {

	/** Query as typed → the page its first result opens. */
	public static final Map<String, String> FIRST_RESULT = Map.ofEntries(Map.entry("DeepSeek", "/companies/deepseek"),
			Map.entry("deepseek", "/companies/deepseek"), Map.entry("深度求索", "/companies/deepseek"),
			Map.entry("deeps", "/companies/deepseek"),
			Map.entry("Zhejiang University", "/universities/zhejiang-university"),
			Map.entry("浙江大学", "/universities/zhejiang-university"),
			Map.entry("Zhejang Univercity", "/universities/zhejiang-university"), Map.entry("北京", "/cities/beijing"),
			Map.entry("beijing", "/cities/beijing"), Map.entry("Shenzen", "/cities/shenzhen"),
			Map.entry("hangzhou", "/cities/hangzhou"), Map.entry("neimenggu", "/cities/inner-mongolia"),
			Map.entry("Zhongguancun teleportation", "/cities/zhongguancun"),
			Map.entry("Hangzhou tax incentive", "/incentives/hangzhou-tax-subsidies"),
			Map.entry("杭州 税收 扶持政策", "/incentives/hangzhou-tax-subsidies"),
			// A hub by its name as a government writes it; an indicator by its Chinese
			// name; a company by the pinyin of one word of its Chinese name.
			Map.entry("北京市", "/cities/beijing"), Map.entry("贵州省", "/cities/guizhou"),
			Map.entry("算力总规模", "/indicators/computing-power-total"), Map.entry("xunfei", "/companies/iflytek"));

	private SearchExpectations() {
	}

	/** Searches each query and checks where its first result leads. */
	public static void assertFirstResults(MockMvc mvc) throws Exception {
		for (Map.Entry<String, String> expected : FIRST_RESULT.entrySet()) {
			String page = mvc.perform(get("/search").param("q", expected.getKey()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int first = page.indexOf("class=\"hit-title\" href=\"");
			assertThat(first).as("a result for %s", expected.getKey()).isPositive();
			String href = page.substring(first + 24, page.indexOf('"', first + 24));
			assertThat(href).as("first result for %s", expected.getKey()).isEqualTo(expected.getValue());
		}
	}

}
