package org.hubatlas.search;

import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin saves is found at once, and what they rename is no longer found by its
 * old name.
 */
@EditingTest
class SearchAfterEditTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aSavedCompanyIsFoundAtOnceAndARenameReplacesTheOldName() throws Exception {
		this.mvc.perform(get("/search").param("q", "Quillfeather")).andExpect(status().isOk());
		long hangzhou = this.jdbc.queryForObject("select id from city where slug = 'hangzhou'", Long.class);
		this.mvc
			.perform(post("/admin/companies").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.param("name", "Quillfeather Robotics")
				.param("nameZh", "羽笔机器人")
				.param("slug", "quillfeather-robotics")
				.param("kind", "STARTUP")
				.param("summary", "A search test company.")
				.param("hqCityId", String.valueOf(hangzhou)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/search").param("q", "Quillfeather"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")));
		this.mvc.perform(get("/search").param("q", "羽笔"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")));
		long id = this.jdbc.queryForObject("select id from company where slug = 'quillfeather-robotics'", Long.class);
		long version = this.jdbc.queryForObject("select version from company where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/companies/" + id).with(user("editor").roles("ADMIN"))
				.with(csrf())
				.param("name", "Inkwell Robotics")
				.param("slug", "quillfeather-robotics")
				.param("kind", "STARTUP")
				.param("summary", "A search test company.")
				.param("hqCityId", String.valueOf(hangzhou))
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		// The address name is kept, so the old name is gone from the results but the page
		// is
		// still found by it.
		this.mvc.perform(get("/search").param("q", "Inkwell"))
			.andExpect(content().string(containsString("href=\"/companies/quillfeather-robotics\"")))
			.andExpect(content().string(containsString("<mark>Inkwell</mark> Robotics")))
			.andExpect(content().string(not(containsString("Quillfeather Robotics"))));
	}

}
