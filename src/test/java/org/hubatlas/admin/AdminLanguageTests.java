package org.hubatlas.admin;

import jakarta.servlet.http.Cookie;

import org.hubatlas.support.EditingTest;
import org.hubatlas.web.SiteLanguage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin area in Chinese: labels, validation messages beside the fields, and notices.
 */
@EditingTest
class AdminLanguageTests {

	private static final Cookie CHINESE = new Cookie(SiteLanguage.COOKIE, "zh-Hans");

	@Autowired
	private MockMvc mvc;

	@Test
	void validationMessagesAndNoticesAreInChinese() throws Exception {
		this.mvc
			.perform(post("/admin/cities").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE)
				.param("name", "")
				.param("slug", "Not A Slug"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请输入枢纽名称。"), containsString("请选择级别。"),
					containsString("请更正下方标出的字段。"), containsString("行政级别"),
					// the reader's input is kept
					containsString("value=\"Not A Slug\""))));
		this.mvc
			.perform(post("/admin/cities").with(user("editor").roles("ADMIN"))
				.with(csrf())
				.cookie(CHINESE)
				.param("name", "Language Test Hub")
				.param("slug", "language-test-hub")
				.param("level", "AREA"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "枢纽“Language Test Hub”已创建。"));
		this.mvc.perform(get("/admin").with(user("editor").roles("ADMIN")).cookie(CHINESE))
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-Hans\""), containsString("控制台"))));
	}

}
