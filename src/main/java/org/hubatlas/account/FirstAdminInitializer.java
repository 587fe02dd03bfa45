package org.hubatlas.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when there is none: from hubatlas.admin.username /
 * hubatlas.admin.password (HUBATLAS_ADMIN_USERNAME / HUBATLAS_ADMIN_PASSWORD), or with a
 * random password printed once in the log.
 */
@Component
class FirstAdminInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AdminAccountService accounts;

	private final String username;

	private final String password;

	FirstAdminInitializer(AdminAccountService accounts, @Value("${hubatlas.admin.username:admin}") String username,
			@Value("${hubatlas.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (this.password != null && !this.password.isBlank()) {
			this.accounts.create(this.username, this.password, null);
			log.info("Created the first admin '{}' with the configured password.", this.username);
			return;
		}
		String generated = randomPassword();
		this.accounts.create(this.username, generated, null);
		log.warn(
				"\n\n    Created the first admin '{}' with the generated password: {}\n"
						+ "    It is shown only this once. Sign in at /login and change it under /admin/account.\n",
				this.username, generated);
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
