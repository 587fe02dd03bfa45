package org.hubatlas.admin;

import jakarta.servlet.http.Cookie;

import org.assertj.core.api.Assertions;
import org.hubatlas.support.EditingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingTest
class AdminSecurityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(
			strings = { "/admin", "/admin/cities", "/admin/companies/1", "/admin/universities/new", "/admin/incentives",
					"/admin/sources", "/admin/figures", "/admin/statements", "/admin/users", "/admin/account" })
	void anonymousVisitorsAreSentToSignIn(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/cities", "/admin/companies/1", "/admin/universities/new",
			"/admin/incentives", "/admin/sources/1", "/admin/figures/1", "/admin/statements/1", "/admin/users",
			"/admin/account", "/admin/companies/1/delete" })
	void signedInAdminsGetThePage(String url) throws Exception {
		this.mvc.perform(get(url).with(user("chief").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void aPostWithoutACsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/admin/companies/1").with(user("chief").roles("ADMIN")).param("name", "X"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/companies/1/delete").with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	/**
	 * A save from a page opened before the admin signed out, or in again, in another tab
	 * carries a stale token: its input goes to the sign-in page that keeps it, signed in
	 * or not. A post from another site is refused as before.
	 */
	@Test
	void aSaveWithAStaleTokenKeepsItsInputOnTheSignInPage() throws Exception {
		this.mvc
			.perform(post("/admin/companies/1").with(csrf().useInvalidToken())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("name=Kept+name&slug=kept"))
			.andExpect(forwardedUrl(HeldInputController.PATH));
		this.mvc
			.perform(post("/admin/companies/1").with(user("chief").roles("ADMIN"))
				.with(csrf().useInvalidToken())
				.header("Origin", "http://localhost")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("name=Kept+name&slug=kept"))
			.andExpect(forwardedUrl(HeldInputController.PATH));
		this.mvc
			.perform(post("/admin/companies/1").with(csrf().useInvalidToken())
				.header("Origin", "https://evil.example")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("name=Kept+name&slug=kept"))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicPagesStayOpen() throws Exception {
		this.mvc.perform(get("/cities/beijing")).andExpect(status().isOk());
	}

	@Test
	void firstAdminComesFromThePropertiesWithAHashedPassword() {
		String hash = this.jdbc.queryForObject("select password_hash from admin_user where username = 'chief'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct-horse-battery");
		// At the work factor the setting names (4 in the test configuration, 10 by
		// default).
		assertThat(hash).startsWith("{bcrypt}$2a$04$");
	}

	@Test
	void signInWorksWithTheRightPasswordAndChangesTheSession() throws Exception {
		Cookie first = signIn(null);
		assertThat(first).as("the session cookie (sessions kept in the database)").isNotNull();
		Cookie second = signIn(first);
		assertThat(second.getValue()).as("signing in again from a session gets a new one")
			.isNotEqualTo(first.getValue());
	}

	/**
	 * After sign-in the admin goes back to the page asked for, on this site, whatever
	 * host the requests named: the saved address's host is the client's to set.
	 */
	@Test
	void signInGoesBackToThePageAskedForAsAPathOfThisSite() throws Exception {
		Cookie asked = this.mvc.perform(get("/admin/companies?q=deep").with((request) -> {
			request.setServerName("evil.example");
			return request;
		})).andExpect(redirectedUrl("/login")).andReturn().getResponse().getCookie("REDIRECT_URI");
		assertThat(asked).as("the page asked for, kept in a cookie").isNotNull();
		this.mvc.perform(post("/login").with(csrf())
			.param("username", "chief")
			.param("password", "correct-horse-battery")
			.cookie(asked)
			.with((request) -> {
				request.setServerName("evil.example");
				return request;
			})).andExpect(redirectedUrl("/admin/companies?q=deep"));
	}

	private Cookie signIn(Cookie session) throws Exception {
		var request = post("/login").with(csrf()).param("username", "chief").param("password", "correct-horse-battery");
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameGenericAnswer() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.1");
			return r;
		}).param("username", "chief").param("password", "wrong")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.1");
			return r;
		}).param("username", "nobody").param("password", "wrong")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong username or password.")));
	}

	@Test
	void repeatedFailuresLockTheClientOutEvenWithTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").with(csrf()).with((r) -> {
				r.setRemoteAddr("10.9.9.2");
				return r;
			}).param("username", "chief").param("password", "guess-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.2");
			return r;
		}).param("username", "chief").param("password", "correct-horse-battery"))
			.andExpect(redirectedUrl("/login?locked"));
		// Another address is not affected.
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.3");
			return r;
		}).param("username", "chief").param("password", "correct-horse-battery")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void adminPagesAreServedWithAContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/admin").with(user("chief").roles("ADMIN")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void aUsernameWithAHiddenCharacterIsRefusedNamingItNotRewritten() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "nul\u0000byte")
				.param("password", "another-long-pass")
				.param("confirmPassword", "another-long-pass"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It holds U+0000 (NULL), a character that cannot be seen")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from admin_user where username like 'nul%'", Integer.class))
			.isZero();
	}

	@Test
	void adminsCanAddAdminsAndChangeTheirOwnPassword() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "second")
				.param("password", "another-long-pass")
				.param("confirmPassword", "another-long-pass"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "second")
				.param("password", "another-long-pass")
				.param("confirmPassword", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already an admin with this username.")))
			.andExpect(content().string(containsString("The two passwords differ.")))
			.andExpect(content().string(containsString("value=\"second\"")));
		this.mvc
			.perform(post("/admin/account").with(user("second").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "not-it")
				.param("newPassword", "a-brand-new-password")
				.param("confirmPassword", "a-brand-new-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That is not your current password.")));
		this.mvc
			.perform(post("/admin/account").with(user("second").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "another-long-pass")
				.param("newPassword", "a-brand-new-password")
				.param("confirmPassword", "a-brand-new-password"))
			.andExpect(redirectedUrl("/admin/account"));
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.4");
			return r;
		}).param("username", "second").param("password", "a-brand-new-password")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void usernamesAreOneWhateverTheirCaseAndTheDatabaseSaysSo() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "Casey.Case")
				.param("password", "casey-long-password")
				.param("confirmPassword", "casey-long-password"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "casey.CASE")
				.param("password", "other-long-password")
				.param("confirmPassword", "other-long-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already an admin with this username.")));
		assertThat(this.jdbc.queryForObject("select count(*) from admin_user where username_key = 'casey.case'",
				Integer.class))
			.isEqualTo(1);
		// Even a write that skips the form's check cannot add the same name in another
		// case.
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into admin_user (username, username_key, password_hash) values ('CASEY.case', 'casey.case', 'x')"))
			.isInstanceOf(DataIntegrityViolationException.class);
		Assertions
			.assertThatThrownBy(() -> this.jdbc.update(
					"insert into admin_user (username, username_key, password_hash) values ('CASEY.other', 'x', 'x')"))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.mvc.perform(post("/login").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.9.9.5");
			return r;
		}).param("username", "CASEY.case").param("password", "casey-long-password")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aPasswordLongerThanTheHashReadsIsAFieldMessage() throws Exception {
		String chinese = "\u5bc6".repeat(30);
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "long-password")
				.param("password", chinese)
				.param("confirmPassword", chinese))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At most 72 bytes")));
		this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "correct-horse-battery")
				.param("newPassword", "x".repeat(73))
				.param("confirmPassword", "x".repeat(73)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At most 72 bytes")));
		assertThat(this.jdbc.queryForObject("select count(*) from admin_user where username_key = 'long-password'",
				Integer.class))
			.isZero();
	}

}
