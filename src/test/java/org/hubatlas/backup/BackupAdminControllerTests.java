package org.hubatlas.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.hubatlas.config.SecurityConfig;
import org.hubatlas.support.SignInGuardsMocked;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The backup page with the backup mocked: admins only; the download is a dated JSON
 * attachment; a restore without a file, with an empty file or without the confirmation
 * answers the page with its message and restores nothing; a file that is no backup is
 * answered with why; a restore redirects with a flash message that says what was
 * restored; a restore without its CSRF token is refused.
 */
@SignInGuardsMocked
@WebMvcTest(BackupAdminController.class)
@Import(SecurityConfig.class)
class BackupAdminControllerTests {

	private static final String BACKUP_JSON = "{\"format\":\"hub-atlas-backup\",\"tables\":{}}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DatabaseBackup backup;

	private static MockMultipartFile backupFile() {
		return new MockMultipartFile("file", "hub-atlas-backup-2026-12-01.json", "application/json",
				BACKUP_JSON.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anonymousReadersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/backup")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/backup/download")).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.backup);
	}

	@Test
	void thePageOffersADownloadAndARestoreWithoutMessages() throws Exception {
		this.mvc.perform(get("/admin/backup").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attributeDoesNotExist("fileError", "confirmError"))
			.andExpect(content().string(allOf(containsString("href=\"/admin/backup/download\""),
					containsString("action=\"/admin/backup/restore\""))));
	}

	@Test
	void theDownloadIsADatedJsonAttachmentOfWhatTheBackupWrites() throws Exception {
		willAnswer((call) -> {
			call.getArgument(0, OutputStream.class).write(BACKUP_JSON.getBytes(StandardCharsets.UTF_8));
			return null;
		}).given(this.backup).write(any());
		this.mvc.perform(get("/admin/backup/download").with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(header().string("Content-Disposition",
					allOf(containsString("attachment; filename=\"hub-atlas-backup-"), endsWith(".json\""))))
			.andExpect(content().string(BACKUP_JSON));
	}

	@Test
	void aRestoreWithoutAFileAnswersThePageWithTheMessage() throws Exception {
		this.mvc
			.perform(multipart("/admin/backup/restore").param("confirm", "yes")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attribute("fileError", "Choose a backup file (.json) downloaded from this page."))
			.andExpect(model().attributeDoesNotExist("confirmError"));
		verifyNoInteractions(this.backup);
	}

	@Test
	void aRestoreOfAnEmptyFileAnswersThePageWithTheMessage() throws Exception {
		this.mvc
			.perform(multipart("/admin/backup/restore")
				.file(new MockMultipartFile("file", "empty.json", "application/json", new byte[0]))
				.param("confirm", "yes")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attribute("fileError", "Choose a backup file (.json) downloaded from this page."));
		verifyNoInteractions(this.backup);
	}

	@Test
	void aRestoreWithoutTheConfirmationAnswersThePageWithTheMessage() throws Exception {
		this.mvc.perform(
				multipart("/admin/backup/restore").file(backupFile()).with(user("chief").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attribute("confirmError", "Tick the box to confirm that all data will be replaced."))
			.andExpect(model().attributeDoesNotExist("fileError"));
		verify(this.backup, never()).restore(any());
	}

	@Test
	void aConfirmationOtherThanYesIsNoConfirmation() throws Exception {
		this.mvc
			.perform(multipart("/admin/backup/restore").file(backupFile())
				.param("confirm", "on")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attributeExists("confirmError"));
		verify(this.backup, never()).restore(any());
	}

	@Test
	void aFileThatIsNoBackupAnswersThePageWithWhyAndThatNothingChanged() throws Exception {
		given(this.backup.restore(any())).willThrow(new BackupFileException("The file is not a Hub Atlas backup."));
		this.mvc
			.perform(multipart("/admin/backup/restore").file(backupFile())
				.param("confirm", "yes")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/backup/page"))
			.andExpect(model().attribute("fileError", "The file is not a Hub Atlas backup. Nothing was changed."));
	}

	@Test
	void aRestoredBackupRedirectsWithAFlashMessageSayingWhatWasRestored() throws Exception {
		AtomicReference<String> read = new AtomicReference<>();
		given(this.backup.restore(any())).willAnswer((call) -> {
			read.set(new String(call.getArgument(0, InputStream.class).readAllBytes(), StandardCharsets.UTF_8));
			return new DatabaseBackup.Restored(14, 1234, "2026-12-01T10:00:00Z");
		});
		this.mvc
			.perform(multipart("/admin/backup/restore").file(backupFile())
				.param("confirm", "yes")
				.with(user("chief").roles("ADMIN"))
				.with(csrf()))
			.andExpect(view().name("redirect:/admin/backup"))
			.andExpect(redirectedUrl("/admin/backup"))
			.andExpect(flash().attribute("flash",
					"Restored the backup made 2026-12-01T10:00:00Z UTC: 1,234 records in 14 tables."));
		assertThat(read.get()).isEqualTo(BACKUP_JSON);
	}

	@Test
	void aRestoreWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(multipart("/admin/backup/restore").file(backupFile())
				.param("confirm", "yes")
				.with(user("chief").roles("ADMIN")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.backup);
	}

	/**
	 * The restore's address opened again, as the language switch does: the backup page.
	 */
	@Test
	void theRestoreOpenedAgainIsTheBackupPage() throws Exception {
		this.mvc.perform(get("/admin/backup/restore").with(user("chief").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/backup"));
	}

}
