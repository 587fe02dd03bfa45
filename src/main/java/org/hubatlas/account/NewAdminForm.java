package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;
import org.hubatlas.common.TypedAsShown;

/**
 * What the form adding an admin binds to. The passwords are never written back into the
 * page (password fields show no value).
 */
public record NewAdminForm(
		@NotBlank(message = "{valid.enterAUsername}") @TypedAsShown @Pattern(regexp = "[A-Za-z0-9._-]{3,60}",
				message = "{valid.use3To60Letters}") String username,
		@NotBlank(message = "{valid.enterAPassword}") @Size(min = 12,
				message = "{valid.useAtLeast12Characters}") @MaxUtf8Bytes(value = 72,
						message = "{valid.atMost72BytesLetters}") String password,
		@NotBlank(message = "{valid.enterThePasswordAgain}") String confirmPassword) {

	static NewAdminForm empty() {
		return new NewAdminForm(null, null, null);
	}

}
