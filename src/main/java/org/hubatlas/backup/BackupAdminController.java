package org.hubatlas.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.InterfaceText;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Backup: download all data as one file; restore such a file, replacing all data, after a
 * confirmation.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupAdminController {

	static final String VIEW = "admin/backup/page";

	private final DatabaseBackup backup;

	BackupAdminController(DatabaseBackup backup) {
		this.backup = backup;
	}

	@GetMapping
	String page() {
		return VIEW;
	}

	@GetMapping("/download")
	void download(HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"hub-atlas-backup-" + LocalDate.now(ZoneOffset.UTC) + ".json\"");
		this.backup.write(response.getOutputStream());
	}

	/** The restore's address opened again (the language switched): the backup page. */
	@GetMapping("/restore")
	String restoreAgain() {
		return "redirect:/admin/backup";
	}

	@PostMapping("/restore")
	String restore(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "confirm", required = false) String confirm, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError",
					InterfaceText.message("problem.text17", "Choose a backup file (.json) downloaded from this page."));
			return VIEW;
		}
		if (!"yes".equals(confirm)) {
			model.addAttribute("confirmError",
					InterfaceText.message("problem.text18", "Tick the box to confirm that all data will be replaced."));
			return VIEW;
		}
		DatabaseBackup.Restored restored;
		try (InputStream in = file.getInputStream()) {
			restored = this.backup.restore(in);
		}
		catch (BackupFileException ex) {
			model.addAttribute("fileError",
					InterfaceText.message("admin.backup.refused", "{0} Nothing was changed.", ex.getMessage()));
			return VIEW;
		}
		redirect.addFlashAttribute("flash",
				restored.createdAt().isBlank()
						? InterfaceText.message("admin.flash.backupRestoredUndated",
								"Restored the backup: {0} records in {1} tables.", restored.rows(), restored.tables())
						: InterfaceText.message("admin.flash.backupRestored",
								"Restored the backup made {0} UTC: {1} records in {2} tables.", restored.createdAt(),
								restored.rows(), restored.tables()));
		return "redirect:/admin/backup";
	}

}
