package org.hubatlas.account;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hubatlas.common.VersionedEntity;

/** Someone who may sign in to the admin pages. Only a hash of the password is stored. */
@Entity
@Table(name = "admin_user")
public class AdminUser extends VersionedEntity {

	@Column(nullable = false)
	private String username;

	/**
	 * The username lower-cased: unique in the database, so two admins never differ only
	 * in case.
	 */
	@Column(name = "username_key", nullable = false, unique = true)
	private String usernameKey;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	/** The admin who added this one; null for one set up at first start. */
	@Column(name = "created_by")
	private String createdBy;

	protected AdminUser() {
	}

	AdminUser(String username, String passwordHash) {
		this(username, passwordHash, null);
	}

	AdminUser(String username, String passwordHash, String createdBy) {
		this.username = username;
		this.usernameKey = key(username);
		this.passwordHash = passwordHash;
		this.createdAt = LocalDateTime.now(java.time.ZoneOffset.UTC);
		this.createdBy = createdBy;
	}

	static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	/** Whether this is the named admin, in any case. */
	public boolean is(String name) {
		return name != null && this.usernameKey.equals(key(name.strip()));
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
