package org.hubatlas.hub;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The sources and, for each, everything the portal cites from it. */
@Controller
class SourcePagesController {

	private final SourcePageService pages;

	SourcePagesController(SourcePageService pages) {
		this.pages = pages;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", this.pages.sources());
		model.addAttribute("counts", this.pages.citedCounts());
		return "source/list";
	}

	/** A malformed id (not a number) is answered 400 by the error advice. */
	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.pages.page(id));
		return "source/show";
	}

}
