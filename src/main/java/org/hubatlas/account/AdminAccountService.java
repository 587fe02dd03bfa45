package org.hubatlas.account;

import java.util.List;

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
		AdminUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such admin"));
		return User.withUsername(user.getUsername()).password(user.getPasswordHash()).roles("ADMIN").build();
	}

	public List<AdminUser> all() {
		return this.users.findAllByName();
	}

	public boolean exists(String username) {
		return this.users.findByUsername(username).isPresent();
	}

	public long count() {
		return this.users.count();
	}

	@Transactional
	public AdminUser create(String username, String rawPassword) {
		return this.users.save(new AdminUser(username.trim(), this.passwords.encode(rawPassword)));
	}

	/** Whether the password is this admin's current one. */
	public boolean matches(String username, String rawPassword) {
		return this.users.findByUsername(username)
			.map((u) -> this.passwords.matches(rawPassword, u.getPasswordHash()))
			.orElse(false);
	}

	@Transactional
	public void changePassword(String username, String newRawPassword) {
		AdminUser user = this.users.findByUsername(username).orElseThrow();
		user.setPasswordHash(this.passwords.encode(newRawPassword));
	}

}
