package org.hubatlas.admin;

import java.util.List;

import org.hubatlas.editing.Revision;
import org.hubatlas.editing.RevisionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home: how much there is, and the latest changes. */
@Controller
class DashboardController {

	private final RevisionService revisions;

	private final RecordKinds kinds;

	private final RecordEditor editor;

	DashboardController(RevisionService revisions, RecordKinds kinds, RecordEditor editor) {
		this.revisions = revisions;
		this.kinds = kinds;
		this.editor = editor;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("counts", this.kinds.counts());
		List<Revision> latest = this.revisions.latest(15);
		model.addAttribute("latest", latest);
		RecordEditor.ChangedRecords changed = this.editor.changedRecords(latest);
		model.addAttribute("names", changed.names());
		model.addAttribute("changed", changed);
		model.addAttribute("adminPaths", this.kinds.pathsByKey());
		return "admin/dashboard";
	}

}
