package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;

public class PasswordChangeForm {

	@NotBlank(message = "Enter your current password.")
	private String currentPassword;

	@NotBlank(message = "Enter a new password.")
	@Size(min = 12, message = "Use at least 12 characters.")
	@MaxUtf8Bytes(value = 72,
			message = "At most 72 bytes: letters and digits count 1, accented letters 2, Chinese characters 3.")
	private String newPassword;

	@NotBlank(message = "Enter the new password again.")
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
