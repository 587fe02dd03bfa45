package org.hubatlas.admin;

import java.util.List;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.city.CityForm;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.Reference;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.editing.RevisionService;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin editing flow as the one controller of every record kind runs it, for hubs,
 * with the editor mocked: sign-in required, the form bound through its record
 * constructor, field messages without a save, POST-redirect-GET with a flash message, the
 * conflict page, and a 404 for an address that is no record kind.
 */
@SignInGuardsMocked
@WebMvcTest(AdminRecordsController.class)
@Import(SecurityConfig.class)
class AdminRecordsControllerTests {

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
		given(this.kinds.at("cities")).willAnswer((call) -> this.hubs);
		given(this.hubs.what()).willReturn("hub");
		given(this.hubs.key()).willReturn("city");
		given(this.hubs.path()).willReturn("cities");
		given(this.hubs.formType()).willReturn(CityForm.class);
		given(this.hubs.formLayout()).willReturn(
				"name slug nameZh level province parentId | latitude longitude | nicknames | summary:5 | summaryZh:4");
		given(this.hubs.choices())
			.willReturn(new FormChoices(Map.of("levels", CityLevel.values(), "hubs", Map.of()), Map.of()));
		given(this.editor.formAgain(eq(this.hubs), any(), any()))
			.willAnswer((call) -> new RecordEditor.EditPage(call.getArgument(2), call.getArgument(1), "Hefei",
					"/cities/hefei", RevisionService.HistoryPage.NONE, this.hubs.choices()));
		given(this.editor.labels(this.hubs)).willReturn(Map.of("name", "Name"));
	}

	@Test
	void anonymousAdminsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/cities/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aBlankNameIsAFieldMessageAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/cities").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", " ")
				.param("slug", "hefei")
				.param("level", "AREA"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/record"))
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			// The form shown again says which fields are required, and marks the field
			// that holds Chinese as Chinese.
			.andExpect(content().string(containsString("Name<span class=\"required\">(required)</span></label>")))
			.andExpect(content().string(containsString("lang=\"zh-Hans\" id=\"nameZh\"")));
		verify(this.editor, never()).save(any(), any(), any(), any());
	}

	@Test
	void aValueOfTheWrongTypeIsAFieldMessageWithTheInputKept() throws Exception {
		var result = this.mvc
			.perform(post("/admin/cities").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Hefei")
				.param("slug", "hefei")
				.param("level", "METROPOLIS"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/record"))
			.andExpect(model().attributeHasFieldErrors("form", "level"))
			.andExpect(model().attribute("org.springframework.validation.BindingResult.form",
					hasProperty("fieldErrors", hasItem(hasProperty("rejectedValue", is("METROPOLIS"))))))
			.andReturn();
		CityForm kept = (CityForm) result.getModelAndView().getModel().get("form");
		assertThat(kept.name()).isEqualTo("Hefei");
		assertThat(kept.level()).isNull();
		verify(this.editor, never()).save(any(), any(), any(), any());
	}

	/** The page is bound as a page number: anything else is a 400 page saying so. */
	@Test
	void aListPageThatIsNoPageNumberIsABadRequestThatSaysSo() throws Exception {
		given(this.hubs.sorts()).willReturn(RecordKind.BY_NAME);
		for (String page : new String[] { "x", "0", "-3", "2.5" }) {
			this.mvc.perform(get("/admin/cities").param("page", page).with(user("chief").roles("ADMIN")))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("error"))
				.andExpect(model().attribute("message", "The parameter 'page' must be a page number, 1 or more."));
		}
		verify(this.editor, never()).list(any(), any());
	}

	@Test
	void anAddressThatIsNoRecordKindIs404() throws Exception {
		given(this.kinds.at("planets")).willThrow(new NotFoundException("admin page", "planets"));
		this.mvc.perform(get("/admin/planets/new").with(user("chief").roles("ADMIN"))).andExpect(status().isNotFound());
	}

	@Test
	void aSavedHubRedirectsToItsFormWithAFlashMessage() throws Exception {
		given(this.editor.save(eq(this.hubs), isNull(), any(), any()))
			.willReturn(new RecordEditor.SaveResult.Saved(7, "Hefei", true));
		this.mvc
			.perform(post("/admin/cities").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Hefei")
				.param("slug", "hefei")
				.param("level", "AREA"))
			.andExpect(redirectedUrl("/admin/cities/7"))
			.andExpect(flash().attribute("flash", "Hub \u201cHefei\u201d created."));
	}

	@Test
	void aSaveOverAnotherAdminsVersionShowsTheConflictPage() throws Exception {
		CityForm saved = new CityForm("hefei", "Hefei (theirs)", null, CityLevel.AREA, null, null, null, null, null,
				null, null, 3L);
		given(this.editor.save(eq(this.hubs), eq(7L), any(), any()))
			.willReturn(new RecordEditor.SaveResult.Conflict(saved, 3));
		this.mvc
			.perform(post("/admin/cities/7").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Hefei (mine)")
				.param("slug", "hefei")
				.param("level", "AREA")
				.param("version", "2"))
			.andExpect(status().isConflict())
			.andExpect(view().name("admin/conflict"))
			.andExpect(model().attribute("savedShown", hasEntry("name", "Hefei (theirs)")));
		verify(this.editor, never()).delete(any(), anyLong());
	}

	@Test
	void aRefusedDeleteListsWhatPointsAtTheRecordUnderItsGroups() throws Exception {
		Reference binhu = new Reference("Sub-areas", "Binhu", "/admin/cities/8");
		Reference shushan = new Reference("Sub-areas", "Shushan", "/admin/cities/9");
		Reference figure = new Reference("Figures", "AI companies, 300", "/admin/figures/1");
		given(this.editor.deletable(this.hubs, 7L))
			.willReturn(new RecordEditor.DeleteResult("Hefei", List.of(binhu, figure, shushan), List.of()));
		this.mvc.perform(get("/admin/cities/7/delete").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/delete"))
			.andExpect(model().attribute("referenceGroups",
					is(Map.of("Sub-areas", List.of(binhu, shushan), "Figures", List.of(figure)))))
			.andExpect(content()
				.string(allOf(containsString("<h2>Sub-areas (2)</h2>"), containsString("<h2>Figures (1)</h2>"),
						containsString("<a href=\"/admin/figures/1\">AI companies, 300</a>"))));
	}

}
