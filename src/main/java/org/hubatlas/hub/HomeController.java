package org.hubatlas.hub;

import java.util.List;

import org.hubatlas.dispute.Disputes;
import org.hubatlas.map.HubMapService;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HubDirectoryService directory;

	private final StatementService statements;

	private final HubMapService maps;

	HomeController(HubDirectoryService directory, StatementService statements, HubMapService maps) {
		this.maps = maps;
		this.directory = directory;
		this.statements = statements;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("hubs",
				this.directory.summaries(null, HubDirectoryService.SortKey.COMPANIES, true)
					.stream()
					.filter((hub) -> hub.city().getParent() == null)
					.toList());
		// A few reported facts up front; the rest behind a disclosure, so the hubs stay
		// the page's subject.
		List<Statement> national = this.statements.nationalContext();
		List<Statement> lead = national.stream().filter((c) -> c.getNature() == Nature.REPORTED_FACT).limit(5).toList();
		model.addAttribute("nationalLead", lead);
		model.addAttribute("nationalMore", national.stream().filter((c) -> !lead.contains(c)).toList());
		model.addAttribute("noDisputes", Disputes.none());
		model.addAttribute("map", this.maps.map(null));
		return "hub/home";
	}

}
