package org.hubatlas.pack;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.pack.PlanRow.Outcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data packs through the admin pages: upload, a preview of every row (created, changed,
 * left as is, refused and why), then apply in one transaction. The uploaded file waits in
 * the admin's session between preview and apply, so that what is applied is exactly what
 * was previewed.
 */
@Controller
@RequestMapping("/admin/imports")
class PackAdminController {

	static final String VIEW = "admin/pack/imports";

	/**
	 * Packs are text files of a few hundred kilobytes; anything much larger is a mistake.
	 */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final String PENDING = PackAdminController.class.getName() + ".pending";

	private final PackImporter importer;

	private final DatasetExport export;

	PackAdminController(PackImporter importer, DatasetExport export) {
		this.importer = importer;
		this.export = export;
	}

	/**
	 * The page, with what every state of it shows: the packs applied, a hub to sample.
	 */
	private String view(Model model) {
		model.addAttribute("applied", this.importer.applied());
		model.addAttribute("sampleHub", this.export.sampleHub());
		return VIEW;
	}

	/** The pack waiting for the admin's decision after a preview. */
	record PendingPack(String name, String sha256, byte[] bytes) implements java.io.Serializable {
	}

	@GetMapping
	String imports(Model model) {
		return view(model);
	}

	/**
	 * The preview's address opened again (the language switched, the page reloaded): the
	 * file still waiting in the session, previewed again; none, the imports page.
	 */
	@GetMapping("/preview")
	String previewAgain(HttpSession session, Model model) {
		if (!(session.getAttribute(PENDING) instanceof PendingPack pack)) {
			return "redirect:/admin/imports";
		}
		model.addAttribute("report", this.importer.preview(pack.name(), pack.bytes()));
		model.addAttribute("alreadyApplied", this.importer.wasApplied(pack.bytes()));
		return view(model);
	}

	@PostMapping("/preview")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		// A file previewed before is no longer the one waiting: whatever this upload
		// gives, an earlier preview is not shown or applied in its place.
		session.removeAttribute(PENDING);
		if (file != null && file.isEmpty() && file.getOriginalFilename() != null
				&& !file.getOriginalFilename().isBlank()) {
			model.addAttribute("fileError", InterfaceText.message("problem.packEmptyFile",
					"The file \u201c{0}\u201d is empty: choose the pack file itself.", file.getOriginalFilename()));
			return view(model);
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError",
					InterfaceText.message("problem.text19", "Choose a pack file (.yaml, .yml or .csv) to preview."));
			return view(model);
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("fileError", InterfaceText.message("problem.text20",
					"The file is larger than 2 MB; a data pack is a text file of a few hundred kilobytes."));
			return view(model);
		}
		byte[] bytes = file.getBytes();
		PackReport report;
		try {
			report = this.importer.preview(file.getOriginalFilename(), bytes);
		}
		catch (PackFileException ex) {
			model.addAttribute("fileError", ex.getMessage());
			return view(model);
		}
		session.setAttribute(PENDING, new PendingPack(report.name(), report.sha256(), bytes));
		model.addAttribute("report", report);
		model.addAttribute("alreadyApplied", this.importer.wasApplied(bytes));
		return view(model);
	}

	@PostMapping("/apply")
	String apply(@RequestParam(name = "sha256", required = false) String sha256, HttpSession session,
			RedirectAttributes redirect) {
		Object pending = session.getAttribute(PENDING);
		if (!(pending instanceof PendingPack pack) || !pack.sha256().equals(sha256)) {
			redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.packNotApplied",
					"Nothing was applied: preview the pack again, then apply it."));
			return "redirect:/admin/imports";
		}
		session.removeAttribute(PENDING);
		PackReport report = this.importer.applyWhole(pack.name(), pack.bytes());
		if (report.count(Outcome.REFUSED) > 0) {
			redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.packRefused",
					"Nothing was applied: {0,choice,0#no row is|1#one row is|1<{0,number,integer} rows are} refused. "
							+ "A pack is applied whole or not at all: correct the file and preview it again.",
					report.count(Outcome.REFUSED)));
			return "redirect:/admin/imports";
		}
		redirect.addFlashAttribute("flash",
				InterfaceText.message("admin.flash.packApplied",
						"Pack \u201c{0}\u201d applied: {1} created, {2} changed, {3} left as they were.", report.name(),
						report.count(Outcome.CREATE), report.count(Outcome.CHANGE), report.count(Outcome.UNCHANGED)));
		return "redirect:/admin/imports";
	}

}
