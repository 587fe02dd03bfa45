package org.hubatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.MaxUtf8Bytes;
import org.hubatlas.common.TypedAsShown;

public class NewAdminForm {

	@NotBlank(message = "{valid.enterAUsername}")
	@TypedAsShown
	@Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{valid.use3To60Letters}")
	private String username;

	@NotBlank(message = "{valid.enterAPassword}")
	@Size(min = 12, message = "{valid.useAtLeast12Characters}")
	@MaxUtf8Bytes(value = 72, message = "{valid.atMost72BytesLetters}")
	private String password;

	@NotBlank(message = "{valid.enterThePasswordAgain}")
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
