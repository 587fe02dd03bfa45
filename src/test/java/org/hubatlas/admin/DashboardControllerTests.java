package org.hubatlas.admin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.editing.Revision;
import org.hubatlas.editing.RevisionService;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin home with every service mocked: only a signed-in admin sees it (anonymous
 * readers are sent to sign in, other users refused); it counts each kind of record, in
 * the order of the admin menu, with a link to its list, and shows the latest fifteen
 * changes.
 */
@SignInGuardsMocked
@WebMvcTest(DashboardController.class)
@Import(SecurityConfig.class)
class DashboardControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private RevisionService revisions;

	@MockitoBean
	private RecordKinds kinds;

	@MockitoBean
	private RecordEditor editor;

	/** A change as the history keeps it (its constructor belongs to the history). */
	private static Revision revision(String type, long id, String name, Revision.Action action) throws Exception {
		return BeanUtils.instantiateClass(
				Revision.class.getDeclaredConstructor(String.class, Long.class, String.class, Revision.Action.class,
						String.class, LocalDateTime.class, String.class, String.class, String.class),
				type, id, name, action, "chief", LocalDateTime.of(2026, 11, 30, 9, 15), "{}", "{}", null);
	}

	@Test
	void anonymousReadersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.kinds, this.revisions, this.editor);
	}

	@Test
	void aSignedInUserWhoIsNoAdminIsRefused() throws Exception {
		this.mvc.perform(get("/admin").with(user("visitor").roles("USER"))).andExpect(status().isForbidden());
		verifyNoInteractions(this.kinds, this.revisions, this.editor);
	}

	@Test
	void theDashboardCountsEachKindAndShowsTheLatestChanges() throws Exception {
		given(this.kinds.counts()).willReturn(List.of(new RecordKinds.Count("city", "cities", 12),
				new RecordKinds.Count("company", "companies", 1048)));
		List<Revision> latest = List.of(revision("company", 4, "DeepSeek", Revision.Action.UPDATE),
				revision("city", 2, "Hefei", Revision.Action.CREATE),
				revision("company", 46, "Gone Labs", Revision.Action.UPDATE));
		given(this.revisions.latest(15)).willReturn(latest);
		given(this.kinds.pathsByKey()).willReturn(Map.of("company", "companies", "city", "cities"));
		// Gone Labs was deleted since: its change names it, with no link to a page that
		// is no more.
		given(this.editor.changedRecords(latest)).willReturn(new RecordEditor.ChangedRecords(
				List.of("DeepSeek", "Hefei", "Gone Labs"), Set.of("company:4", "city:2")));
		MvcResult result = this.mvc.perform(get("/admin").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/dashboard"))
			.andExpect(model().attribute("latest", sameInstance(latest)))
			.andExpect(content().string(allOf(containsString("href=\"/admin/cities/2\""),
					containsString("href=\"/admin/companies/4\">DeepSeek</a>"),
					containsString("href=\"/admin/cities/2\">Hefei</a>"), containsString("<span>Gone Labs</span>"),
					not(containsString("/admin/companies/46")))))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).containsSubsequence("<b>12</b>",
				"href=\"/admin/cities\">Hubs</a>", "<b>1,048</b>", "href=\"/admin/companies\">Companies</a>");
	}

}
