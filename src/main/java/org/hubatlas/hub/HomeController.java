package org.hubatlas.hub;

import java.util.List;

import org.hubatlas.source.Citation;
import org.hubatlas.source.Disputes;
import org.hubatlas.source.Nature;
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
		// A few reported facts up front; the rest behind a disclosure, so the hubs stay the page's subject.
		List<Citation> national = this.provenance.nationalContext();
		List<Citation> lead = national.stream().filter((c) -> c.getNature() == Nature.REPORTED_FACT).limit(5).toList();
		model.addAttribute("nationalLead", lead);
		model.addAttribute("nationalMore", national.stream().filter((c) -> !lead.contains(c)).toList());
		model.addAttribute("noDisputes", Disputes.none());
		return "hub/home";
	}

}
