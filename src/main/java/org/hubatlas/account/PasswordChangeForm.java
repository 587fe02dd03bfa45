package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;

/**
 * What the form changing one's own password binds to. The passwords are never written
 * back into the page (password fields show no value).
 */
public record PasswordChangeForm(@NotBlank(message = "{valid.enterYourCurrentPassword}") String currentPassword,
		@NotBlank(message = "{valid.enterANewPassword}") @Size(min = 12,
				message = "{valid.useAtLeast12Characters}") @MaxUtf8Bytes(value = 72,
						message = "{valid.atMost72BytesLetters}") String newPassword,
		@NotBlank(message = "{valid.enterTheNewPasswordAgain}") String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
