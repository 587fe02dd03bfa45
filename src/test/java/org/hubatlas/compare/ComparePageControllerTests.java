package org.hubatlas.compare;

import java.util.Arrays;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.FigureText;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.support.TestHubs;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The comparison page with its service mocked: no hubs shows the picker; the picker's one
 * parameter per select becomes the one address of the comparison; the hubs asked for are
 * parsed and handed to the service in their order; a malformed list is a 400 and an
 * unknown hub a 404, both on the page with the message and the picker holding the hubs
 * worth keeping; the spreadsheet without hubs is a 400.
 */
@SignInGuardsMocked
@WebMvcTest(ComparePageController.class)
@Import({ SecurityConfig.class, DisplayNames.class, FigureText.class })
class ComparePageControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ComparisonService comparisons;

	private final City beijing = TestHubs.hub(1, "beijing", "Beijing", "北京");

	private final City hangzhou = TestHubs.hub(2, "hangzhou", "Hangzhou", "杭州");

	private Comparison comparisonOf(City... hubs) {
		List<Comparison.Column> columns = Arrays.stream(hubs)
			.map((hub) -> new Comparison.Column(hub, List.of(), List.of(), List.of()))
			.toList();
		CompareRequest request = new CompareRequest(Arrays.stream(hubs).map(City::getSlug).toList());
		return new Comparison(request, columns, List.of(), List.of(), List.of(), List.of(), List.of(), Disputes.none(),
				List.of());
	}

	@Test
	void withoutHubsThePickerOffersEveryHubAndCompareNothing() throws Exception {
		given(this.comparisons.choices()).willReturn(List.of(this.beijing, this.hangzhou));
		this.mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andExpect(view().name("compare/page"))
			.andExpect(model().attribute("chosen", empty()))
			.andExpect(model().attribute("choices", contains(this.beijing, this.hangzhou)))
			.andExpect(model().attribute("typedPicker", false))
			.andExpect(model().attribute("pickerNames", hasEntry("hangzhou", "Hangzhou")))
			.andExpect(model().attributeDoesNotExist("comparison"))
			.andExpect(content().string(containsString("<option value=\"hangzhou\">Hangzhou</option>")));
		verify(this.comparisons, never()).compare(any());
	}

	@Test
	void thePickersSelectsBecomeTheComparisonsOneAddress() throws Exception {
		given(this.comparisons.slugsFor(List.of("beijing", "Hangzhou"))).willReturn(List.of("beijing", "hangzhou"));
		this.mvc.perform(get("/compare").param("cities", "beijing", "", " Hangzhou ", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compare?cities=beijing,hangzhou"));
	}

	@Test
	void theHubsAskedForAreComparedInTheirOrder() throws Exception {
		given(this.comparisons.compare(new CompareRequest(List.of("hangzhou", "beijing"))))
			.willReturn(comparisonOf(this.hangzhou, this.beijing));
		given(this.comparisons.choices()).willReturn(List.of(this.beijing, this.hangzhou));
		this.mvc.perform(get("/compare").param("cities", "Hangzhou, beijing,hangzhou"))
			.andExpect(status().isOk())
			.andExpect(view().name("compare/page"))
			.andExpect(model().attribute("chosen", contains("hangzhou", "beijing")))
			.andExpect(model().attributeExists("comparison"))
			.andExpect(content().string(allOf(containsString("<h1>Compare Hangzhou and Beijing</h1>"),
					containsString("href=\"/compare.csv?cities=hangzhou,beijing\""))));
	}

	@Test
	void aMalformedListIsA400OnThePageKeepingTheHubsThatWereValid() throws Exception {
		given(this.comparisons.choices()).willReturn(List.of(this.beijing, this.hangzhou));
		this.mvc.perform(get("/compare").param("cities", "beijing,<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("compare/page"))
			.andExpect(model().attribute("chosen", contains("beijing")))
			.andExpect(model().attribute("error", containsString("“<script>” is not a hub name")))
			.andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("&lt;script&gt;"))))
			.andExpect(content().string(not(containsString("<script>”"))));
		verify(this.comparisons, never()).compare(any());
	}

	@Test
	void anUnknownHubIsA404OnThePageKeepingTheKnownOnes() throws Exception {
		given(this.comparisons.compare(new CompareRequest(List.of("beijing", "atlantis"))))
			.willThrow(ComparisonInputException.unknownHubs(List.of("atlantis"), List.of("beijing")));
		given(this.comparisons.choices()).willReturn(List.of(this.beijing, this.hangzhou));
		this.mvc.perform(get("/compare").param("cities", "beijing,atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("compare/page"))
			.andExpect(model().attribute("chosen", contains("beijing")))
			.andExpect(model().attribute("error", "There is no hub called “atlantis”. Choose from the list below."));
	}

	@Test
	void theSpreadsheetWithoutHubsIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/compare.csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cities=beijing,shanghai")));
		verifyNoInteractions(this.comparisons);
	}

}
