package org.hubatlas.city;

import java.util.List;
import java.util.Map;

import org.hubatlas.account.LoginThrottle;
import org.hubatlas.account.SessionCap;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.editing.AdminPages;
import org.hubatlas.editing.EditPage;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.RecordEditor;
import org.hubatlas.editing.SaveResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The shared admin editing flow as one controller runs it, with the editor mocked:
 * sign-in required, field messages without a save, POST-redirect-GET with a flash
 * message, and the conflict page.
 */
@WebMvcTest(CityAdminController.class)
@Import(SecurityConfig.class)
class CityAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private RecordEditor editor;

	@MockitoBean
	private CityEditing hubs;

	@MockitoBean
	private LoginThrottle throttle;

	@MockitoBean
	private SessionCap sessionCap;

	@BeforeEach
	void describeHubs() {
		given(this.hubs.what()).willReturn("hub");
		given(this.hubs.type()).willReturn("city");
		given(this.hubs.choices())
			.willReturn(new FormChoices(Map.of("levels", CityLevel.values(), "hubs", Map.of()), Map.of()));
		given(this.editor.formAgain(eq(this.hubs), any(), any()))
			.willAnswer((call) -> new EditPage<>(call.getArgument(2), call.getArgument(1), "Hefei", "/cities/hefei",
					AdminPages.HistoryPage.NONE, this.hubs.choices()));
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
			.andExpect(view().name("admin/city/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name"));
		verify(this.editor, never()).save(any(), any(), any(), any());
	}

	@Test
	void aSavedHubRedirectsToItsFormWithAFlashMessage() throws Exception {
		given(this.editor.save(eq(this.hubs), isNull(), any(), any())).willReturn(new SaveResult.Saved<>(7, "Hefei"));
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
		CityForm saved = new CityForm();
		saved.setName("Hefei (theirs)");
		given(this.editor.save(eq(this.hubs), eq(7L), any(), any())).willReturn(new SaveResult.Conflict<>(saved, 3));
		this.mvc
			.perform(post("/admin/cities/7").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("name", "Hefei (mine)")
				.param("slug", "hefei")
				.param("level", "AREA")
				.param("version", "2"))
			.andExpect(status().isConflict())
			.andExpect(view().name("admin/conflict"))
			.andExpect(model().attribute("savedShown", org.hamcrest.Matchers.hasEntry("name", "Hefei (theirs)")));
		verify(this.editor, never()).delete(any(), anyLong());
	}

}
