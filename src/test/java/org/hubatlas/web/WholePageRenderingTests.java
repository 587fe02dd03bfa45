package org.hubatlas.web;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page is rendered whole before any of it is sent: when rendering fails half-way
 * through a long page, nothing has gone out yet, so the server can still answer with its
 * error page instead of a truncated page with a 200.
 */
@SignInGuardsMocked
@WebMvcTest(WholePageRenderingTests.HalfPage.class)
@Import({ SecurityConfig.class, WholePageRenderingTests.HalfPage.class })
class WholePageRenderingTests {

	@Autowired
	private WebApplicationContext context;

	@Test
	void aPageThatFailsHalfWayIsReplacedByTheErrorPage() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).addFilters(new ContainerErrorPage()).build();
		mvc.perform(get("/test/half-page"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string("the error page"))
			.andExpect(content().string(not(containsString("row 1"))));
	}

	/** Many rows, then a value that cannot be rendered. */
	@Controller
	static class HalfPage {

		@GetMapping("/test/half-page")
		String page(Model model) {
			model.addAttribute("rows", Collections.nCopies(2_000, "row 1 of a long page"));
			model.addAttribute("page", this);
			return "test/half-page";
		}

		public String failsHere() {
			throw new IllegalStateException("rendering fails half-way");
		}

	}

	/**
	 * What the servlet container does with an exception: its error page if nothing of the
	 * response has been sent, else nothing more can be done.
	 */
	static class ContainerErrorPage extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				if (!response.isCommitted()) {
					response.reset();
					response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
					response.getWriter().write("the error page");
				}
			}
		}

	}

}
