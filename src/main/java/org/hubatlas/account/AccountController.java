package org.hubatlas.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.editing.FormLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, one's own password, and the list of admins. */
@Controller
class AccountController {

	private static final Logger log = LoggerFactory.getLogger(AccountController.class);

	private final AdminAccountService accounts;

	private final SessionCap sessions;

	AccountController(AdminAccountService accounts, SessionCap sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/login")
	String login() {
		return "admin/login";
	}

	@GetMapping("/admin/account")
	String account(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "admin/account/password";
	}

	@PostMapping("/admin/account")
	String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			Principal principal, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.matches(principal.getName(), form.currentPassword())) {
			result.rejectValue("currentPassword", "valid.thatIsNotYourCurrent", "That is not your current password.");
		}
		if (form.newPassword() != null && form.newPassword().equals(form.currentPassword())
				&& !result.hasFieldErrors("currentPassword") && !result.hasFieldErrors("newPassword")) {
			result.rejectValue("newPassword", "valid.theNewPasswordIsYourCurrent",
					"This is the password you have now: choose a new one.");
		}
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "valid.theTwoNewPasswordsDiffer", "The two new passwords differ.");
		}
		if (result.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
					FormLayout.inRecordOrder(result, PasswordChangeForm.class));
			return "admin/account/password";
		}
		this.accounts.changePassword(principal.getName(), form.newPassword());
		// Whoever signed in with the old password elsewhere is signed out; this session
		// stays.
		HttpSession current = request.getSession(false);
		this.sessions.endOthers(principal.getName(), (current != null) ? current.getId() : null);
		redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.passwordChanged",
				"Your password has been changed, and any other session signed in as you has ended."));
		return "redirect:/admin/account";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", this.accounts.all());
		model.addAttribute("form", NewAdminForm.empty());
		return "admin/account/users";
	}

	@PostMapping("/admin/users")
	String addUser(@Valid @ModelAttribute("form") NewAdminForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			result.rejectValue("username", "valid.thereIsAlreadyAnAdmin",
					"There is already an admin with this username.");
		}
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "valid.theTwoPasswordsDiffer", "The two passwords differ.");
		}
		if (result.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
					FormLayout.inRecordOrder(result, NewAdminForm.class));
			model.addAttribute("users", this.accounts.all());
			return "admin/account/users";
		}
		try {
			this.accounts.create(form.username(), form.password(), principal.getName());
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin added the same name (in some case) between the check above
			// and this save.
			result.rejectValue("username", "valid.thereIsAlreadyAnAdmin",
					"There is already an admin with this username.");
			model.addAttribute("users", this.accounts.all());
			return "admin/account/users";
		}
		redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.adminAdded",
				"Admin \u201c{0}\u201d added.", form.username().trim()));
		return "redirect:/admin/users";
	}

	/** Whether to remove an admin, asked first; no one removes themselves. */
	@GetMapping("/admin/users/{username}/remove")
	String confirmRemove(@PathVariable String username, Principal principal, Model model, RedirectAttributes redirect) {
		AdminUser user = this.accounts.get(username);
		if (user.is(principal.getName())) {
			return refuseSelf(redirect);
		}
		model.addAttribute("user", user);
		return "admin/account/remove";
	}

	/**
	 * Removes an admin: they can no longer sign in, and their open sessions end. The
	 * changes they made stay in the history under their name.
	 */
	@PostMapping("/admin/users/{username}/remove")
	String remove(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		AdminUser user = this.accounts.get(username);
		if (user.is(principal.getName())) {
			return refuseSelf(redirect);
		}
		if (!this.accounts.remove(user.getUsername())) {
			throw new NotFoundException("admin", username);
		}
		this.sessions.endAll(user.getUsername());
		log.info("Admin '{}' removed by '{}'.", user.getUsername(), principal.getName());
		redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.adminRemoved",
				"Admin \u201c{0}\u201d removed: they can no longer sign in, and their open sessions have ended.",
				user.getUsername()));
		return "redirect:/admin/users";
	}

	/**
	 * One's own account is not removed here: another admin must, so one always remains.
	 */
	private static String refuseSelf(RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", InterfaceText.message("admin.flash.cannotRemoveYourself",
				"You cannot remove yourself: another admin can, so that the portal always keeps one."));
		return "redirect:/admin/users";
	}

}
