package org.hubatlas.search;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.hubatlas.common.PageLinks;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.hubatlas.web.DisplayNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The search page with the search mocked: the query, kind and page handed to the search,
 * the results and choices in the model, a 400 page naming a bad {@code type} or
 * {@code page}, and the "go straight to a hub" choice, which jumps to an exactly named
 * hub and is kept in (or cleared from) its cookie.
 */
@SignInGuardsMocked
@WebMvcTest(SearchController.class)
@Import({ SecurityConfig.class, DisplayNames.class })
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SearchService search;

	private static SearchResults hefeiFound() {
		SearchResults.Hit hit = new SearchResults.Hit(SearchKind.HUB, "/cities/hefei",
				List.of(new SearchResults.Segment("Hefei", true)), "合肥",
				List.of(new SearchResults.Segment("合肥", false)), "Prefecture-level city · Anhui",
				List.of(new SearchResults.Segment("An AI hub on the ", false), new SearchResults.Segment("Hefei", true),
						new SearchResults.Segment(" science island.", false)));
		return new SearchResults("Hefei", false, null, false,
				List.of(new SearchResults.Group(SearchKind.HUB, 1, List.of(hit))), 1, null);
	}

	private static SearchResults companiesPageTwo() {
		SearchResults.Hit hit = new SearchResults.Hit(SearchKind.COMPANY, "/companies/deepseek",
				List.of(new SearchResults.Segment("DeepSeek", true)), "深度求索",
				List.of(new SearchResults.Segment("深度求索", false)), "Startup · Hangzhou", List.of());
		return new SearchResults("DeepSeek", false, SearchKind.COMPANY, false,
				List.of(new SearchResults.Group(SearchKind.COMPANY, 45, List.of(hit))), 45, new PageLinks(2, 3, 45, 21,
						40, "/search?q=DeepSeek&type=companies&page=1", "/search?q=DeepSeek&type=companies&page=3"));
	}

	@Test
	void aQueryShowsTheResultsPageWithWhatTheSearchFound() throws Exception {
		SearchResults found = hefeiFound();
		given(this.search.search("Hefei", null, 1)).willReturn(found);
		this.mvc.perform(get("/search").param("q", "Hefei"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/page"))
			.andExpect(model().attribute("results", sameInstance(found)))
			.andExpect(model().attribute("jump", false))
			.andExpect(model().attribute("kinds", List.of(SearchKind.values())))
			.andExpect(model().attribute("maxQueryChars", SearchService.MAX_QUERY_CHARS))
			.andExpect(content().string(containsString("href=\"/cities/hefei\"")));
		verify(this.search, never()).exactHub(any());
	}

	@Test
	void theTypeAndPageAskedForAreHandedToTheSearch() throws Exception {
		SearchResults found = companiesPageTwo();
		given(this.search.search("DeepSeek", SearchKind.COMPANY, 2)).willReturn(found);
		this.mvc.perform(get("/search").param("q", "DeepSeek").param("type", "companies").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/page"))
			.andExpect(model().attribute("results", sameInstance(found)))
			.andExpect(content().string(containsString("/search?q=DeepSeek&amp;type=companies&amp;page=3")));
	}

	@Test
	void anUnknownTypeIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/search").param("q", "Hefei").param("type", "planets"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'type'")));
		verifyNoInteractions(this.search);
	}

	@Test
	void aPageThatIsNoNumberIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/search").param("q", "Hefei").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'page'")));
		verifyNoInteractions(this.search);
	}

	@Test
	void aPageBelowOneIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/search").param("q", "Hefei").param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'page'")));
		verifyNoInteractions(this.search);
	}

	@Test
	void tickingTheBoxGoesStraightToTheHubNamedAndKeepsTheChoice() throws Exception {
		given(this.search.exactHub("Hefei")).willReturn(Optional.of("/cities/hefei"));
		this.mvc.perform(get("/search").param("q", "Hefei").param("jump", "yes").param("jumpchoice", "1"))
			.andExpect(view().name("redirect:/cities/hefei"))
			.andExpect(redirectedUrl("/cities/hefei"))
			.andExpect(cookie().value(SearchController.JUMP_COOKIE, "yes"))
			.andExpect(cookie().maxAge(SearchController.JUMP_COOKIE, 365 * 24 * 3600))
			.andExpect(cookie().httpOnly(SearchController.JUMP_COOKIE, true));
		verify(this.search, never()).search(any(), any(), anyInt());
	}

	@Test
	void theKeptChoiceGoesStraightToTheHubWithoutTheBox() throws Exception {
		given(this.search.exactHub("Hefei")).willReturn(Optional.of("/cities/hefei"));
		this.mvc.perform(get("/search").param("q", "Hefei").cookie(new Cookie(SearchController.JUMP_COOKIE, "yes")))
			.andExpect(redirectedUrl("/cities/hefei"))
			.andExpect(cookie().doesNotExist(SearchController.JUMP_COOKIE));
	}

	@Test
	void theKeptChoiceShowsTheResultsWhenNoHubHasExactlyThatName() throws Exception {
		SearchResults found = hefeiFound();
		given(this.search.exactHub("Hefei")).willReturn(Optional.empty());
		given(this.search.search("Hefei", null, 1)).willReturn(found);
		this.mvc.perform(get("/search").param("q", "Hefei").cookie(new Cookie(SearchController.JUMP_COOKIE, "yes")))
			.andExpect(status().isOk())
			.andExpect(view().name("search/page"))
			.andExpect(model().attribute("results", sameInstance(found)))
			.andExpect(model().attribute("jump", true));
	}

	@Test
	void anUntickedBoxClearsTheKeptChoiceAndShowsTheResults() throws Exception {
		SearchResults found = hefeiFound();
		given(this.search.search("Hefei", null, 1)).willReturn(found);
		this.mvc
			.perform(get("/search").param("q", "Hefei")
				.param("jumpchoice", "1")
				.cookie(new Cookie(SearchController.JUMP_COOKIE, "yes")))
			.andExpect(status().isOk())
			.andExpect(view().name("search/page"))
			.andExpect(model().attribute("jump", false))
			.andExpect(cookie().value(SearchController.JUMP_COOKIE, ""))
			.andExpect(cookie().maxAge(SearchController.JUMP_COOKIE, 0));
		verify(this.search, never()).exactHub(anyString());
	}

	@Test
	void noJumpIsMadeWhenOneKindIsAskedFor() throws Exception {
		SearchResults found = companiesPageTwo();
		given(this.search.search("DeepSeek", SearchKind.COMPANY, 1)).willReturn(found);
		this.mvc
			.perform(get("/search").param("q", "DeepSeek")
				.param("type", "companies")
				.cookie(new Cookie(SearchController.JUMP_COOKIE, "yes")))
			.andExpect(status().isOk())
			.andExpect(view().name("search/page"))
			.andExpect(model().attribute("jump", true));
		verify(this.search, never()).exactHub(any());
	}

}
