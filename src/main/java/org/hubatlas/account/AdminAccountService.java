package org.hubatlas.account;

import java.util.List;
import java.util.Optional;

import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.Text;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin accounts: signing in, adding admins, changing one's own password. */
@Service
@Transactional(readOnly = true)
public class AdminAccountService implements UserDetailsService {

	private final AdminUserRepository users;

	private final PasswordEncoder passwords;

	AdminAccountService(AdminUserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AdminUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("No such admin"));
		return User.withUsername(user.getUsername()).password(user.getPasswordHash()).roles("ADMIN").build();
	}

	public List<AdminUser> all() {
		return this.users.findAllByName();
	}

	/** Whether an admin has this username, in any case. */
	public boolean exists(String username) {
		return find(username).isPresent();
	}

	private Optional<AdminUser> find(String username) {
		String normalized = Text.blankToNull(username);
		return (normalized != null) ? this.users.findByUsernameKey(AdminUser.key(normalized)) : Optional.empty();
	}

	public long count() {
		return this.users.count();
	}

	/**
	 * Adds an admin. Throws
	 * {@link org.springframework.dao.DataIntegrityViolationException} when the username
	 * is taken in any case, also when another admin took it a moment ago (the database's
	 * unique key decides).
	 */
	@Transactional
	public AdminUser create(String username, String rawPassword, String addedBy) {
		return this.users
			.saveAndFlush(new AdminUser(Text.blankToNull(username), this.passwords.encode(rawPassword), addedBy));
	}

	/** The admin with this username, in any case; 404 when there is none. */
	public AdminUser get(String username) {
		return find(username).orElseThrow(() -> new NotFoundException("admin", username));
	}

	/** Removes the admin; false when there is none by that name (removed meanwhile). */
	@Transactional
	public boolean remove(String username) {
		Optional<AdminUser> user = find(username);
		user.ifPresent(this.users::delete);
		return user.isPresent();
	}

	/** Whether the password is this admin's current one. */
	public boolean matches(String username, String rawPassword) {
		return find(username).map((u) -> this.passwords.matches(rawPassword, u.getPasswordHash())).orElse(false);
	}

	@Transactional
	public void changePassword(String username, String newRawPassword) {
		AdminUser user = find(username).orElseThrow();
		user.setPasswordHash(this.passwords.encode(newRawPassword));
	}

}
