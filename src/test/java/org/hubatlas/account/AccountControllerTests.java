package org.hubatlas.account;

import java.util.List;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Signing in, one's own password and the list of admins, with the accounts mocked: the
 * sign-in page open to all and the rest to admins only; a refused form answers the page
 * with field messages, keeps what was typed except passwords and changes nothing; a
 * change redirects with a flash message; a post without its CSRF token is refused.
 */
@SignInGuardsMocked
@WebMvcTest(AccountController.class)
@Import(SecurityConfig.class)
class AccountControllerTests {

	private static final String CURRENT = "old password 2025";

	private static final String NEW = "correct horse battery staple";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AdminAccountService accounts;

	/** The mock of {@link SignInGuardsMocked}. */
	@Autowired
	private SessionCap sessions;

	@Test
	void theSignInPageIsOpenToAll() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("admin/login"));
	}

	@Test
	void anonymousReadersAreSentToSignInForTheAccountPages() throws Exception {
		this.mvc.perform(get("/admin/account")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.accounts);
	}

	@Test
	void theAccountPageOffersAnEmptyPasswordForm() throws Exception {
		MvcResult result = this.mvc.perform(get("/admin/account").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/password"))
			.andExpect(model().attribute("form", instanceOf(PasswordChangeForm.class)))
			.andReturn();
		PasswordChangeForm form = (PasswordChangeForm) result.getModelAndView().getModel().get("form");
		assertThat(form).isEqualTo(new PasswordChangeForm(null, null, null));
		// Each field says it is required before a save is tried, and a password manager
		// knows which password goes where.
		assertThat(result.getResponse().getContentAsString())
			.contains("Current password<span class=\"required\">(required)</span></label>")
			.containsPattern("aria-required=\"true\" autocomplete=\"current-password\" id=\"currentPassword\"")
			.containsPattern("aria-required=\"true\" autocomplete=\"new-password\" id=\"newPassword\"")
			.containsPattern("aria-required=\"true\" autocomplete=\"new-password\" id=\"confirmPassword\"");
	}

	@Test
	void aWrongCurrentPasswordIsAFieldMessageAndNothingChanges() throws Exception {
		given(this.accounts.matches("chief", "not my password")).willReturn(false);
		MvcResult result = this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/password"))
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(content().string(not(containsString(NEW))))
			.andExpect(content().string(not(containsString("not my password"))))
			.andReturn();
		// Password fields show no value: neither password is in the page (checked above).
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void aNewPasswordThatIsTheCurrentOneIsAFieldMessageAndNothingChanges() throws Exception {
		given(this.accounts.matches("chief", CURRENT)).willReturn(true);
		this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("newPassword", CURRENT)
				.param("confirmPassword", CURRENT))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "valid.theNewPasswordIsYourCurrent"))
			.andExpect(content().string(containsString("This is the password you have now: choose a new one.")));
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void twoNewPasswordsThatDifferAreAFieldMessageAndNothingChanges() throws Exception {
		given(this.accounts.matches("chief", CURRENT)).willReturn(true);
		MvcResult result = this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("newPassword", NEW)
				.param("confirmPassword", NEW + "!"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/password"))
			.andExpect(model().attributeHasFieldErrors("form", "confirmPassword"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(content().string(not(containsString(NEW))))
			.andExpect(content().string(not(containsString(CURRENT))))
			.andReturn();
		// Password fields show no value: neither password is in the page (checked above).
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void aNewPasswordShorterThanTwelveCharactersIsAFieldMessage() throws Exception {
		given(this.accounts.matches("chief", CURRENT)).willReturn(true);
		this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/password"))
			.andExpect(model().attributeHasFieldErrors("form", "newPassword"));
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void anEmptyFormIsAFieldMessageOnEveryField() throws Exception {
		String page = this.mvc.perform(post("/admin/account").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/password"))
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword", "newPassword", "confirmPassword"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The summary reads down the form, whatever order the checks ran in.
		assertThat(Jsoup.parse(page).select(".error-summary a").eachAttr("href")).containsExactly("#currentPassword",
				"#newPassword", "#confirmPassword");
		verify(this.accounts, never()).matches(any(), any());
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void aChangedPasswordRedirectsWithAFlashMessage() throws Exception {
		given(this.accounts.matches("chief", CURRENT)).willReturn(true);
		this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("newPassword", NEW)
				.param("confirmPassword", NEW))
			.andExpect(view().name("redirect:/admin/account"))
			.andExpect(redirectedUrl("/admin/account"))
			.andExpect(flash().attribute("flash",
					"Your password has been changed, and any other session signed in as you has ended."));
		verify(this.accounts).changePassword("chief", NEW);
		verify(this.sessions).endOthers(eq("chief"), any());
	}

	@Test
	void aPasswordChangeWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/account").with(user("chief").roles("ADMIN"))
				.param("currentPassword", CURRENT)
				.param("newPassword", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.accounts);
	}

	@Test
	void theAdminsPageListsTheAdminsWithAnEmptyForm() throws Exception {
		List<AdminUser> admins = List.of(new AdminUser("chief", "{noop}x"),
				new AdminUser("deputy", "{noop}y", "chief"));
		given(this.accounts.all()).willReturn(admins);
		this.mvc.perform(get("/admin/users").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/users"))
			.andExpect(model().attribute("users", sameInstance(admins)))
			.andExpect(model().attribute("form", instanceOf(NewAdminForm.class)))
			.andExpect(content().string(containsString("deputy")))
			// Who added whom; a way to remove another admin, never oneself.
			.andExpect(content().string(containsString("set up at first start")))
			.andExpect(content().string(containsString("href=\"/admin/users/deputy/remove\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/users/chief/remove\""))));
	}

	/**
	 * An admin removes another after a confirmation: the account goes and its sessions
	 * end; no one removes themselves, and an unknown admin is a 404.
	 */
	@Test
	void anAdminRemovesAnotherAfterAConfirmationButNeverThemselves() throws Exception {
		AdminUser deputy = new AdminUser("deputy", "{noop}y", "chief");
		given(this.accounts.get("deputy")).willReturn(deputy);
		given(this.accounts.get("Chief")).willReturn(new AdminUser("chief", "{noop}x"));
		given(this.accounts.get("nobody")).willThrow(new org.hubatlas.common.NotFoundException("admin", "nobody"));
		given(this.accounts.remove("deputy")).willReturn(true);
		this.mvc.perform(get("/admin/users/deputy/remove").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/remove"))
			.andExpect(content().string(containsString("Remove admin \u201cdeputy\u201d?")));
		verify(this.accounts, never()).remove(anyString());

		this.mvc.perform(post("/admin/users/deputy/remove").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", containsString("Admin \u201cdeputy\u201d removed")));
		verify(this.accounts).remove("deputy");
		verify(this.sessions).endAll("deputy");

		this.mvc.perform(post("/admin/users/Chief/remove").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("warning", containsString("You cannot remove yourself")));
		verify(this.accounts, never()).remove("chief");
		this.mvc.perform(post("/admin/users/nobody/remove").with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/deputy/remove").with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTakenUsernameIsAFieldMessageWithTheUsernameKeptAndNoPassword() throws Exception {
		List<AdminUser> admins = List.of(new AdminUser("chief", "{noop}x"));
		given(this.accounts.all()).willReturn(admins);
		given(this.accounts.exists("Chief")).willReturn(true);
		MvcResult result = this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "Chief")
				.param("password", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/users"))
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(model().attribute("users", sameInstance(admins)))
			.andExpect(content().string(not(containsString(NEW))))
			.andReturn();
		NewAdminForm form = (NewAdminForm) result.getModelAndView().getModel().get("form");
		assertThat(form.username()).isEqualTo("Chief");
		assertThat(result.getResponse().getContentAsString()).doesNotContain(NEW);
		verify(this.accounts, never()).create(anyString(), anyString(), any());
	}

	@Test
	void passwordsThatDifferAreAFieldMessageWithTheUsernameKept() throws Exception {
		given(this.accounts.exists("deputy")).willReturn(false);
		MvcResult result = this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "deputy")
				.param("password", NEW)
				.param("confirmPassword", "another password 2026"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/users"))
			.andExpect(model().attributeHasFieldErrors("form", "confirmPassword"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(model().attributeExists("users"))
			.andExpect(content().string(not(containsString(NEW))))
			.andReturn();
		NewAdminForm form = (NewAdminForm) result.getModelAndView().getModel().get("form");
		assertThat(form.username()).isEqualTo("deputy");
		assertThat(result.getResponse().getContentAsString()).doesNotContain(NEW);
		verify(this.accounts, never()).create(anyString(), anyString(), any());
	}

	@Test
	void aUsernameWithSpacesIsAFieldMessageWithTheInputKept() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "li wei")
				.param("password", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/users"))
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andReturn();
		NewAdminForm form = (NewAdminForm) result.getModelAndView().getModel().get("form");
		assertThat(form.username()).isEqualTo("li wei");
		assertThat(result.getResponse().getContentAsString()).doesNotContain(NEW);
		verify(this.accounts, never()).exists(any());
		verify(this.accounts, never()).create(anyString(), anyString(), any());
	}

	@Test
	void aNewAdminIsAddedAndRedirectsWithAFlashMessage() throws Exception {
		given(this.accounts.exists("deputy")).willReturn(false);
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "  deputy ")
				.param("password", NEW)
				.param("confirmPassword", NEW))
			.andExpect(view().name("redirect:/admin/users"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "Admin \u201cdeputy\u201d added."));
		verify(this.accounts).create("deputy", NEW, "chief");
	}

	@Test
	void aUsernameTakenAtTheLastMomentIsAFieldMessage() throws Exception {
		given(this.accounts.exists("deputy")).willReturn(false);
		given(this.accounts.create("deputy", NEW, "chief"))
			.willThrow(new DataIntegrityViolationException("username_key"));
		MvcResult result = this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.with(csrf())
				.param("username", "deputy")
				.param("password", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account/users"))
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andExpect(model().attributeExists("users"))
			.andExpect(content().string(not(containsString(NEW))))
			.andReturn();
		NewAdminForm form = (NewAdminForm) result.getModelAndView().getModel().get("form");
		assertThat(form.username()).isEqualTo("deputy");
		assertThat(result.getResponse().getContentAsString()).doesNotContain(NEW);
	}

	@Test
	void addingAnAdminWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("chief").roles("ADMIN"))
				.param("username", "deputy")
				.param("password", NEW)
				.param("confirmPassword", NEW))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.accounts);
	}

}
