package org.hubatlas.web;

import jakarta.servlet.RequestDispatcher;

import org.hubatlas.support.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fault on the server shows the 500 page in the site's layout and nothing of the fault
 * itself. The request is the one the servlet container forwards to the error page after a
 * fault, with the fault attached.
 */
@SiteTest
class ServerErrorPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void serverFaultShowsThe500PageWithoutInternals() throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cities/beijing")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret connection string")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(allOf(containsString("Something went wrong"), containsString("Hub Atlas"),
					containsString("href=\"/cities\""), not(containsString("secret connection string")),
					not(containsString("IllegalStateException")), not(containsString("at org.")))));
	}

}
