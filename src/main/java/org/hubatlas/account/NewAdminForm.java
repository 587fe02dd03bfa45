package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;

public class NewAdminForm {

	@NotBlank(message = "Enter a username.")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "Use 3 to 60 letters, digits, dots, hyphens or underscores.")
	private String username;

	@NotBlank(message = "Enter a password.")
	@Size(min = 12, message = "Use at least 12 characters.")
	@MaxUtf8Bytes(value = 72,
			message = "At most 72 bytes: letters and digits count 1, accented letters 2, Chinese characters 3.")
	private String password;

	@NotBlank(message = "Enter the password again.")
	private String confirmPassword;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
