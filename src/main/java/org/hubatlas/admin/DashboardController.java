package org.hubatlas.admin;

import org.hubatlas.editing.RevisionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home: how much there is, and the latest changes. */
@Controller
class DashboardController {

	private final RevisionService revisions;

	private final RecordKinds kinds;

	DashboardController(RevisionService revisions, RecordKinds kinds) {
		this.revisions = revisions;
		this.kinds = kinds;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("counts", this.kinds.counts());
		model.addAttribute("latest", this.revisions.latest(15));
		model.addAttribute("adminPaths", this.kinds.pathsByKey());
		return "admin/dashboard";
	}

}
