package org.hubatlas.hub;

import org.hubatlas.source.ProvenanceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sources and, for each, everything the portal cites from it. */
@Controller
class SourcePagesController {

	private final ProvenanceService provenance;

	private final SourcePageService pages;

	SourcePagesController(ProvenanceService provenance, SourcePageService pages) {
		this.provenance = provenance;
		this.pages = pages;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", this.provenance.allSources());
		model.addAttribute("counts", this.provenance.citationCounts());
		return "source/list";
	}

	/** A malformed id (not a number) is answered 400 by the error advice. */
	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.pages.page(id));
		return "source/show";
	}

}
