package org.hubatlas;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a shared link, a browser tab and a printed page show of the site. */
@SiteTest
class SharingTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesDescribeThemselvesForSharedLinks() throws Exception {
		this.mvc.perform(get("/cities/hangzhou"))
			.andExpect(content().string(allOf(containsString("<meta property=\"og:title\" content=\"Hangzhou\">"),
					containsString(
							"<meta property=\"og:description\" content=\"Best known as the headquarters of Alibaba"),
					containsString("<meta name=\"description\" content=\"Best known as the headquarters of Alibaba"))));
		this.mvc.perform(get("/compare").param("cities", "beijing,hangzhou"))
			.andExpect(content().string(containsString(
					"<meta property=\"og:description\" content=\"Beijing, Hangzhou compared side by side")));
		this.mvc.perform(get("/companies/deepseek"))
			.andExpect(content().string(containsString("<meta property=\"og:title\" content=\"DeepSeek\">")));
		// No public address configured in tests: no absolute link built from the
		// request's Host.
		this.mvc.perform(get("/").header("Host", "evil.example"))
			.andExpect(content().string(allOf(not(containsString("evil.example")), not(containsString("og:url")))));
	}

	@Test
	void theSiteHasAFaviconAManifestAndAPrintStylesheet() throws Exception {
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age")));
		this.mvc.perform(get("/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"src\": \"/images/icon-512.png\"")));
		this.mvc.perform(get("/images/icon-512.png")).andExpect(status().isOk());
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"),
					containsString("media=\"print\""), containsString("class=\"print-note wrap\""))));
	}

}
