package org.hubatlas.api;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.compare.CompareRequest;
import org.hubatlas.compare.Comparison;
import org.hubatlas.compare.ComparisonService;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.support.TestHubs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison as JSON with its service mocked: the hubs in the order asked, each with
 * its names and profile address; a malformed or short list is a 400 problem document
 * naming the parameter, before the service is asked. (An unknown hub's 404 problem is
 * tested over the whole application, in {@link OpenDataApiTests}.)
 */
@SignInGuardsMocked
@WebMvcTest(CompareApiController.class)
@Import(SecurityConfig.class)
class CompareApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ComparisonService comparisons;

	private static Comparison comparisonOf(City... hubs) {
		List<City> all = List.of(hubs);
		return new Comparison(new CompareRequest(all.stream().map(City::getSlug).toList()),
				all.stream().map((hub) -> new Comparison.Column(hub, List.of(), List.of(), List.of())).toList(),
				List.of(), List.of(), List.of(), List.of(), List.of(), Disputes.none(), List.of());
	}

	@Test
	void theHubsComeInTheOrderAskedWithTheirNamesAndProfiles() throws Exception {
		given(this.comparisons.compare(new CompareRequest(List.of("hangzhou", "beijing")))).willReturn(comparisonOf(
				TestHubs.hub(2, "hangzhou", "Hangzhou", "杭州"), TestHubs.hub(1, "beijing", "Beijing", "北京")));
		this.mvc.perform(get("/api/compare").param("cities", "hangzhou,beijing"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.cities[*].slug").value(contains("hangzhou", "beijing")))
			.andExpect(jsonPath("$.cities[0].nameZh").value("杭州"))
			.andExpect(jsonPath("$.cities[0].level").value("Municipality"))
			.andExpect(jsonPath("$.cities[0].profile").value("/cities/hangzhou"))
			.andExpect(jsonPath("$.figures").value(empty()));
	}

	@Test
	void aMalformedOrShortListIsA400ProblemNamingTheParameter() throws Exception {
		for (String cities : new String[] { "beijing,<b>", "" }) {
			this.mvc.perform(get("/api/compare").param("cities", cities))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.parameter").value("cities"))
				.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
		}
		this.mvc.perform(get("/api/compare"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Choose at least 2 hubs to compare."));
		verifyNoInteractions(this.comparisons);
		// One hub is counted once it is known to be one: the comparison says too few.
		given(this.comparisons.compare(new CompareRequest(List.of("beijing"))))
			.willAnswer((asked) -> asked.getArgument(0, CompareRequest.class).counted());
		this.mvc.perform(get("/api/compare").param("cities", "beijing"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("cities"))
			.andExpect(jsonPath("$.detail").value("Choose at least 2 different hubs to compare; you chose 1."));
	}

}
