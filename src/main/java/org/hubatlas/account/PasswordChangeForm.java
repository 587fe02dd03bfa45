package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordChangeForm {

	@NotBlank(message = "Enter your current password.")
	private String currentPassword;

	@NotBlank(message = "Enter a new password.")
	@Size(min = 12, max = 128, message = "Use 12 to 128 characters.")
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
