package org.hubatlas.web;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The language switch: the choice kept for a year in an HttpOnly cookie and the reader
 * sent back to the page they were on, never to another site; a 400 page naming {@code to}
 * for a language the site does not have, with no cookie set.
 */
@SignInGuardsMocked
@WebMvcTest(LanguageController.class)
@Import(SecurityConfig.class)
class LanguageControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void choosingChineseKeepsTheChoiceAndGoesBackToThePage() throws Exception {
		this.mvc.perform(get("/language").param("to", "zh-Hans").param("back", "/cities/hefei?tab=figures"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cities/hefei?tab=figures"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "zh-Hans"))
			.andExpect(cookie().maxAge(SiteLanguage.COOKIE, (int) LanguageConfig.COOKIE_SECONDS))
			.andExpect(cookie().path(SiteLanguage.COOKIE, "/"))
			.andExpect(cookie().httpOnly(SiteLanguage.COOKIE, true));
	}

	@Test
	void choosingEnglishKeepsTheChoiceAndGoesBackToThePage() throws Exception {
		this.mvc.perform(get("/language").param("to", "en").param("back", "/map"))
			.andExpect(redirectedUrl("/map"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "en"));
	}

	@Test
	void withoutAPageToGoBackToTheReaderGoesHome() throws Exception {
		this.mvc.perform(get("/language").param("to", "en"))
			.andExpect(redirectedUrl("/"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "en"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/page", "https://evil.example/", "/\\evil.example", "cities/hefei",
			"/cities/hefei\r\nSet-Cookie: x=y" })
	void aReturnAddressOffThisSiteGoesHomeInstead(String back) throws Exception {
		this.mvc.perform(get("/language").param("to", "zh-Hans").param("back", back))
			.andExpect(redirectedUrl("/"))
			.andExpect(cookie().value(SiteLanguage.COOKIE, "zh-Hans"));
	}

	/**
	 * Braces in the page's address are part of it, not a template to fill (was a 500).
	 */
	@Test
	void aReturnAddressWithBracesGoesBackToItAsItIs() throws Exception {
		this.mvc.perform(get("/language").param("to", "en").param("back", "/{x}{y}"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/{x}{y}"));
	}

	@Test
	void aLanguageTheSiteDoesNotHaveIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/language").param("to", "fr").param("back", "/map"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", allOf(containsString("'to'"), containsString("zh-Hans"))))
			.andExpect(cookie().doesNotExist(SiteLanguage.COOKIE));
	}

	@Test
	void noLanguageIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/language").param("back", "/map"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("'to'")))
			.andExpect(cookie().doesNotExist(SiteLanguage.COOKIE));
	}

}
