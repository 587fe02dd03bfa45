package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.hubatlas.city.City;
import org.hubatlas.city.CityForm;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.support.SignInGuardsMocked;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The sign-in page a save gets when its session has ended, with the record kind and the
 * editor mocked: the input carried in hidden fields, and listed for the admin to read: an
 * edit's changes only (an emptied field or a cleared choice said so, line breaks kept), a
 * new record's filled-in fields.
 */
@SignInGuardsMocked
@WebMvcTest(HeldInputController.class)
@Import(SecurityConfig.class)
class HeldInputControllerTests {

	private static final String LOADED = "{\"name\":[\"Hefei\"],\"slug\":[\"hefei\"],\"level\":[\"AREA\"],"
			+ "\"province\":[\"Anhui\"],\"summary\":[\"One line.\"]}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private RecordEditor editor;

	@MockitoBean
	private RecordKinds kinds;

	@SuppressWarnings("unchecked")
	private final RecordKind<City, CityForm> hubs = mock(RecordKind.class);

	@BeforeEach
	void describeHubs() {
		given(this.kinds.find("cities")).willAnswer((call) -> this.hubs);
		given(this.kinds.at("cities")).willAnswer((call) -> this.hubs);
		given(this.hubs.path()).willReturn("cities");
		given(this.hubs.what()).willReturn("hub");
		given(this.hubs.choices())
			.willReturn(new FormChoices(Map.of(), Map.of("level", Map.of("AREA", "Area", "CITY", "City"))));
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("name", "Name");
		labels.put("slug", "Address name");
		labels.put("level", "Level");
		labels.put("province", "Province");
		labels.put("summary", "Summary");
		given(this.editor.labels(this.hubs)).willReturn(labels);
	}

	/**
	 * A save security forwarded here, as it does one without a session, after its CSRF
	 * check.
	 */
	private static MockHttpServletRequestBuilder forwardedSave(String path) {
		return post(HeldInputController.PATH).requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, path)
			.contentType("application/x-www-form-urlencoded")
			.with(csrf());
	}

	@Test
	void anEditListsWhatTheAdminChangedAnEmptiedFieldTooWithItsLineBreaks() throws Exception {
		this.mvc
			.perform(forwardedSave("/admin/cities/7").param("name", "Hefei")
				.param("slug", "hefei")
				.param("level", "")
				.param("province", "")
				.param("summary", "One line.\r\nAnd a second.")
				.param("version", "3")
				.param("loaded", LOADED))
			.andExpect(status().isUnauthorized())
			.andExpect(view().name("admin/held"))
			.andExpect(model().attribute("heldFor", "/admin/cities/7"))
			.andExpect(model().attribute("shown",
					Map.of("Level", "(none chosen)", "Province", "(emptied)", "Summary", "One line.\nAnd a second.")))
			.andExpect(content().string(allOf(containsString("Your changes, as you typed them"),
					containsString("<td class=\"as-typed\" data-label=\"Your input\">(emptied)</td>"),
					containsString("name=\"held.province\" value=\"\""), not(containsString("held._csrf")),
					not(containsString("<th scope=\"row\">Name</th>")))));
	}

	/**
	 * The page's language switch sends it again with the input it holds, in the other
	 * language (a link would lose the input: a GET of this page is no page).
	 */
	@Test
	void theLanguageSwitchSendsThePageAgainWithItsInput() throws Exception {
		String page = this.mvc.perform(forwardedSave("/admin/cities").param("name", "Hefei").param("level", "AREA"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element switchForm = Jsoup.parse(page).selectFirst(".language-switch form");
		assertThat(switchForm).as("the switch is a form of its own, holding the input").isNotNull();
		assertThat(switchForm.attr("action")).isEqualTo("/login/held-input?lang=zh-Hans");
		assertThat(switchForm.select("input[name=held.name]").attr("value")).isEqualTo("Hefei");
		assertThat(switchForm.select("input[name=_csrf]")).isNotEmpty();
		this.mvc
			.perform(post("/login/held-input?lang=zh-Hans").with(csrf())
				.param("heldFor", "/admin/cities/new")
				.param("username", "chief")
				.param("held.name", "Hefei")
				.param("held.level", "AREA"))
			.andExpect(status().isUnauthorized())
			.andExpect(view().name("admin/held"))
			.andExpect(model().attribute("heldFor", "/admin/cities/new"))
			.andExpect(model().attribute("username", "chief"))
			.andExpect(content().string(containsString("name=\"held.name\" value=\"Hefei\"")));
	}

	@Test
	void aNewRecordListsTheFieldsTheAdminFilledIn() throws Exception {
		this.mvc
			.perform(forwardedSave("/admin/cities").param("name", "Hefei")
				.param("slug", "")
				.param("level", "AREA")
				.param("province", "")
				.param("summary", ""))
			.andExpect(status().isUnauthorized())
			.andExpect(model().attribute("heldFor", "/admin/cities/new"))
			.andExpect(model().attribute("shown", Map.of("Name", "Hefei", "Level", "Area")))
			.andExpect(content()
				.string(allOf(containsString("Your input, as you typed it"), not(containsString("(emptied)")))));
	}

}
