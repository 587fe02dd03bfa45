package org.hubatlas.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.config.SecurityConfig;
import org.hubatlas.pack.PlanRow.Outcome;
import org.hubatlas.support.SignInGuardsMocked;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The data-pack admin page with the importer mocked: admins only; a preview without a
 * file, of a file over 2 MB or of one the importer cannot read answers the page with the
 * message beside the file field and keeps nothing for applying; a preview shows each
 * row's outcome; apply writes exactly the file previewed in this session, once, and
 * anything else applies nothing; no post without its CSRF token.
 */
@SignInGuardsMocked
@WebMvcTest(PackAdminController.class)
@Import(SecurityConfig.class)
class PackAdminControllerTests {

	private static final byte[] PACK = "hubs:\n- {slug: test-hub, name: Test Hub, level: county}\n"
		.getBytes(StandardCharsets.UTF_8);

	private static final PackReport REPORT = new PackReport("test.yaml", "abc123def4567890",
			List.of(new PlanRow(2, "hub", "Test Hub", Outcome.CREATE, null),
					new PlanRow(3, "hub", "Other Hub", Outcome.UNCHANGED, null)));

	private static final PackReport WITH_A_REFUSAL = new PackReport("test.yaml", "abc123def4567890",
			List.of(new PlanRow(2, "hub", "Test Hub", Outcome.CREATE, null),
					PlanRow.refused(3, "hub", "Bad <Hub>", "Slug: Use lower-case letters.")));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PackImporter importer;

	@MockitoBean
	private DatasetExport export;

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "test.yaml", "application/yaml", bytes);
	}

	/** An admin's apply of the pack previewed in this session. */
	private static MockHttpServletRequestBuilder apply(MockHttpSession session) {
		return post("/admin/imports/apply").param("sha256", "abc123def4567890")
			.session(session)
			.with(user("chief").roles("ADMIN"))
			.with(csrf());
	}

	/** An admin's upload of these bytes for a preview, in this session. */
	private static MockMultipartHttpServletRequestBuilder upload(byte[] bytes, MockHttpSession session) {
		return multipart("/admin/imports/preview").file(file(bytes))
			.session(session)
			.with(user("chief").roles("ADMIN"))
			.with(csrf());
	}

	@Test
	void anonymousReadersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/imports")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.importer);
	}

	/**
	 * A preview whose only difference is a record an editor changed says it would write
	 * nothing because that record is kept, not that every row is as the pack says.
	 */
	@Test
	void aPreviewSaysWhichRecordsAreKeptAsEditorsChangedThem() throws Exception {
		PackReport kept = new PackReport("test.yaml", "abc123def4567890",
				List.of(new PlanRow(2, "figure", "Hefei · AI companies", Outcome.UNCHANGED, "kept", true)));
		given(this.importer.preview("test.yaml", PACK)).willReturn(kept);
		this.mvc.perform(upload(PACK, new MockHttpSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Applying this pack would write nothing: one record is kept as editors changed it")));
	}

	/**
	 * The page offers one hub's short pack as a sample of the format, beside the whole.
	 */
	@Test
	void thePageOffersOneHubsPackAsAShortSample() throws Exception {
		given(this.export.sampleHub()).willReturn(new City("hefei", "Hefei", CityLevel.PREFECTURE_CITY));
		this.mvc.perform(get("/admin/imports").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("sampleHub", hasProperty("slug", is("hefei"))))
			.andExpect(content().string(containsString("href=\"/data/hub-atlas-pack.yaml?hub=hefei\"")))
			.andExpect(content().string(containsString("A short sample: Hefei and its figures as a pack (YAML)")))
			.andExpect(content().string(containsString("href=\"/data/hub-atlas-pack.yaml\"")));
	}

	@Test
	void aPreviewShowsEveryRowsOutcomeAndKeepsTheFileForApplying() throws Exception {
		given(this.importer.preview("test.yaml", PACK)).willReturn(REPORT);
		MockHttpSession session = new MockHttpSession();
		String html = this.mvc.perform(upload(PACK, session))
			.andExpect(status().isOk())
			.andExpect(view().name(PackAdminController.VIEW))
			.andExpect(model().attribute("report", REPORT))
			.andExpect(model().attribute("alreadyApplied", false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("input[name=sha256]").attr("value")).isEqualTo("abc123def4567890");
		assertThat(page.select("tbody tr")).hasSize(2);
		// Each row says what applying would do, not that it was done.
		assertThat(page.select("tbody tr").eachText()).anyMatch((row) -> row.contains("Test Hub to create"))
			.anyMatch((row) -> row.contains("Other Hub left as it is"));
		verify(this.importer, never()).applyWhole(any(), any());

		given(this.importer.applyWhole("test.yaml", PACK)).willReturn(REPORT);
		this.mvc.perform(apply(session))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash",
					"Pack \u201ctest.yaml\u201d applied: 1 created, 0 changed, 1 left as they were."));
		// Applied once: the same form sent again finds nothing waiting.
		this.mvc.perform(apply(session))
			.andExpect(flash().attribute("flash", "Nothing was applied: preview the pack again, then apply it."));
		verify(this.importer).applyWhole("test.yaml", PACK);
	}

	/**
	 * A pack is applied whole or not at all: a preview with a refused row offers no
	 * button, and a row refused when applying (the data changed since) writes nothing.
	 */
	@Test
	void aPackWithARefusedRowIsNotApplied() throws Exception {
		given(this.importer.preview("test.yaml", PACK)).willReturn(WITH_A_REFUSAL);
		MockHttpSession session = new MockHttpSession();
		Document page = Jsoup.parse(this.mvc.perform(upload(PACK, session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("form[action=/admin/imports/apply]")).isEmpty();
		assertThat(page.select("p.callout").text())
			.contains("One row is refused, so this pack cannot be applied: a pack is applied whole or not at all.");
		assertThat(page.select("tbody tr.diff-old").text()).contains("Bad <Hub>", "Slug: Use lower-case letters.");

		given(this.importer.applyWhole("test.yaml", PACK)).willReturn(WITH_A_REFUSAL);
		this.mvc.perform(apply(session))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash", "Nothing was applied: one row is refused. A pack is applied whole "
					+ "or not at all: correct the file and preview it again."));
		verify(this.importer, never()).apply(any(), any());
	}

	/** A pack that would write nothing says so, and offers no button to apply it. */
	@Test
	void aPreviewThatWouldWriteNothingOffersNoApply() throws Exception {
		PackReport unchanged = new PackReport("test.yaml", "abc123def4567890",
				List.of(new PlanRow(3, "hub", "Other Hub", Outcome.UNCHANGED, null)));
		given(this.importer.preview("test.yaml", PACK)).willReturn(unchanged);
		Document page = Jsoup.parse(this.mvc.perform(
				multipart("/admin/imports/preview").file(file(PACK)).with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("form[action=/admin/imports/apply]")).isEmpty();
		assertThat(page.select("p.callout").text()).contains("Applying this pack would write nothing");
	}

	@Test
	void applyingWithoutTheFilePreviewedInThisSessionAppliesNothing() throws Exception {
		given(this.importer.preview("test.yaml", PACK)).willReturn(REPORT);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(upload(PACK, session));
		this.mvc
			.perform(post("/admin/imports/apply").param("sha256", "another-file")
				.session(session)
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash", "Nothing was applied: preview the pack again, then apply it."));
		this.mvc
			.perform(post("/admin/imports/apply").param("sha256", "abc123def4567890")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "Nothing was applied: preview the pack again, then apply it."));
		verify(this.importer, never()).apply(any(), any());
	}

	@Test
	void aPreviewWithoutAFileOfAnEmptyFileOrOfAFileOver2MbSaysSoBesideTheField() throws Exception {
		this.mvc.perform(multipart("/admin/imports/preview").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "Choose a pack file (.yaml, .yml or .csv) to preview."))
			.andExpect(model().attributeDoesNotExist("report"));
		this.mvc
			.perform(multipart("/admin/imports/preview").file(file(new byte[(int) PackAdminController.MAX_BYTES + 1]))
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError", containsString("larger than 2 MB")));
		// A file chosen but empty is not "no file".
		this.mvc
			.perform(multipart("/admin/imports/preview").file(file(new byte[0]))
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError",
					"The file \u201ctest.yaml\u201d is empty: choose the pack file itself."));
		verify(this.importer, never()).preview(any(), any());
	}

	@Test
	void aFileTheImporterCannotReadIsAnsweredWithWhy() throws Exception {
		given(this.importer.preview("test.yaml", PACK))
			.willThrow(new PackFileException("Line 3: this is not YAML the portal can read."));
		String html = this.mvc.perform(
				multipart("/admin/imports/preview").file(file(PACK)).with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "Line 3: this is not YAML the portal can read."))
			.andExpect(model().attributeDoesNotExist("report"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".field.has-error .field-error").text())
			.isEqualTo("Line 3: this is not YAML the portal can read.");
	}

	@Test
	void aPreviewOrApplyWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(multipart("/admin/imports/preview").file(file(PACK)).with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/admin/imports/apply").param("sha256", "abc123def4567890").with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.importer);
	}

	/**
	 * The preview's address opened again, as the language switch does: the file waiting
	 * in the session is previewed again; with none, the imports page.
	 */
	@Test
	void thePreviewOpenedAgainPreviewsTheWaitingFileAgain() throws Exception {
		this.mvc.perform(get("/admin/imports/preview").with(user("chief").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/imports"));
		given(this.importer.preview("test.yaml", PACK)).willReturn(REPORT);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(upload(PACK, session));
		this.mvc.perform(get("/admin/imports/preview").session(session).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name(PackAdminController.VIEW))
			.andExpect(model().attribute("report", REPORT));
		verify(this.importer, times(2)).preview("test.yaml", PACK);
		// A later upload the importer cannot read leaves nothing waiting: no earlier
		// preview comes back in its place.
		given(this.importer.preview("test.yaml", "broken".getBytes(StandardCharsets.UTF_8)))
			.willThrow(new PackFileException("Line 1: not a pack."));
		this.mvc.perform(upload("broken".getBytes(StandardCharsets.UTF_8), session));
		this.mvc.perform(get("/admin/imports/preview").session(session).with(user("chief").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/imports"));
	}

}
