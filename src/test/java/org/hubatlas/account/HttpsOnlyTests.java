package org.hubatlas.account;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Served over HTTPS only ({@code hubatlas.https=true}): HSTS on every answer, even when a
 * proxy that ends TLS makes the request look plain, and the CSRF cookie marked Secure.
 */
@SignInGuardsMocked
@WebMvcTest(AccountController.class)
@Import(SecurityConfig.class)
@TestPropertySource(properties = "hubatlas.https=true")
class HttpsOnlyTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AdminAccountService accounts;

	@Test
	void everyAnswerCarriesHstsAndTheCsrfCookieIsSecure() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
			.andExpect(header().string("Set-Cookie", containsString("Secure")));
	}

}
