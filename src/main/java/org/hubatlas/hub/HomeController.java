package org.hubatlas.hub;

import org.hubatlas.source.Disputes;
import org.hubatlas.source.ProvenanceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HubDirectoryService directory;

	private final ProvenanceService provenance;

	HomeController(HubDirectoryService directory, ProvenanceService provenance) {
		this.directory = directory;
		this.provenance = provenance;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("hubs", this.directory.summaries(null, HubDirectoryService.SortKey.COMPANIES, true)
			.stream()
			.filter((hub) -> hub.city().getParent() == null)
			.toList());
		model.addAttribute("national", this.provenance.nationalContext());
		model.addAttribute("noDisputes", Disputes.none());
		return "hub/home";
	}

}
