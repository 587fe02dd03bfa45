package org.hubatlas.pack;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploading a pack through the whole application, down to the database: a preview first,
 * writing nothing, then apply exactly what was previewed, whole or not at all; refusals
 * and wrong files explained. {@link PackAdminControllerTests} checks the page's answers
 * with the importer mocked.
 */
@EditingTest
class PackUploadTests {

	private static final String PACK = """
			entries:
			- hub: wuhan
			  indicator: ai_companies
			  value: 321
			  value_as_written: 321 AI companies
			  unit: companies
			  as_of: '2024'
			  qualifier: actual
			  quote: Wuhan counts 321 AI companies.
			  source: {title: Upload test page, publisher: Test paper, published: '2024-01-02', url: 'https://example.org/upload'}
			- hub: atlantis
			  indicator: ai_companies
			  value: 1
			  value_as_written: '1'
			  unit: companies
			  as_of: '2024'
			  qualifier: actual
			  quote: q
			  source: {title: Upload test page, publisher: Test paper, url: 'https://example.org/upload'}
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private int figuresFromTheUpload() {
		return this.jdbc.queryForObject("select count(*) from figure where quote = 'Wuhan counts 321 AI companies.'",
				Integer.class);
	}

	@Test
	void previewListsEveryRowWritesNothingAndApplyWritesWhatWasPreviewed() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "upload.yaml", "application/yaml",
				PACK.getBytes(StandardCharsets.UTF_8));
		Cookie session = this.mvc
			.perform(multipart("/admin/imports/preview").file(file).with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What applying “upload.yaml” will do"),
					containsString("Unknown hub “atlantis”."), not(containsString("Apply this pack")),
					containsString("One row is refused, so this pack cannot be applied"),
					// Two entries: the page and the figure of the one taken in (the
					// figure's
					// row saying it counts by "not stated", not listed a second time),
					// and the
					// refused one.
					containsString("3 records from 2 rows of upload.yaml"))))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(figuresFromTheUpload()).isZero();

		// Applied anyway (a form kept from before): whole or not at all.
		this.mvc
			.perform(post("/admin/imports/apply")
				.param("sha256", PackImporter.sha256(PACK.getBytes(StandardCharsets.UTF_8)))
				.cookie(session)
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash", containsString("Nothing was applied: one row is refused.")));
		assertThat(figuresFromTheUpload()).isZero();

		// Corrected: the refused entry taken out.
		String corrected = PACK.substring(0, PACK.indexOf("- hub: atlantis"));
		session = this.mvc
			.perform(
					multipart("/admin/imports/preview")
						.file(new MockMultipartFile("file", "upload.yaml", "application/yaml",
								corrected.getBytes(StandardCharsets.UTF_8)))
						.with(user("chief").roles("ADMIN"))
						.with(csrf()))
			.andExpect(content().string(containsString("Apply this pack")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc
			.perform(post("/admin/imports/apply")
				.param("sha256", PackImporter.sha256(corrected.getBytes(StandardCharsets.UTF_8)))
				.cookie(session)
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash", containsString("2 created")));
		assertThat(figuresFromTheUpload()).isOne();
		this.mvc.perform(get("/cities/wuhan")).andExpect(content().string(containsString("321 AI companies")));
		this.mvc.perform(get("/admin/imports").with(user("chief").roles("ADMIN")))
			.andExpect(content().string(containsString("upload.yaml")));
	}

	@Test
	void applyingWithoutAPreviewAppliesNothing() throws Exception {
		this.mvc
			.perform(post("/admin/imports/apply").param("sha256", "0".repeat(64))
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("flash", containsString("Nothing was applied")));
	}

	@Test
	void aPackWithNoRowsSaysSoInsteadOfAskingToCorrectRefusals() throws Exception {
		String header = "hub,indicator,value,value_as_written,unit,as_of,qualifier,quote,source_title,"
				+ "source_publisher,source_url\n";
		this.mvc
			.perform(
					multipart("/admin/imports/preview")
						.file(new MockMultipartFile("file", "header-only.csv", "text/csv",
								header.getBytes(StandardCharsets.UTF_8)))
						.with(user("chief").roles("ADMIN"))
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This file holds no rows: nothing to apply."),
					not(containsString("Correct the refused rows")),
					not(containsString("of header-only.csv (sha256")))));
	}

	@Test
	void aFileThatIsNotAPackGetsAMessageBesideTheField() throws Exception {
		this.mvc
			.perform(multipart("/admin/imports/preview")
				.file(new MockMultipartFile("file", "photo.png", "image/png", new byte[] { 1, 2, 3 }))
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A data pack is a .yaml, .yml or .csv file")));
		this.mvc.perform(multipart("/admin/imports/preview").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a pack file")));
	}

	@Test
	void importsNeedSignInAndCsrf() throws Exception {
		this.mvc.perform(get("/admin/imports")).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(multipart("/admin/imports/preview")
				.file(new MockMultipartFile("file", "upload.yaml", "application/yaml", new byte[0]))
				.with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

}
