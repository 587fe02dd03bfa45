package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;

public class PasswordChangeForm {

	@NotBlank(message = "{valid.enterYourCurrentPassword}")
	private String currentPassword;

	@NotBlank(message = "{valid.enterANewPassword}")
	@Size(min = 12, message = "{valid.useAtLeast12Characters}")
	@MaxUtf8Bytes(value = 72, message = "{valid.atMost72BytesLetters}")
	private String newPassword;

	@NotBlank(message = "{valid.enterTheNewPasswordAgain}")
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
