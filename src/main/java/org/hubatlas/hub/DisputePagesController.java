package org.hubatlas.hub;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every known error and caveat in the sources on one page, with what each affects. */
@Controller
class DisputePagesController {

	private final SourcePageService pages;

	DisputePagesController(SourcePageService pages) {
		this.pages = pages;
	}

	@GetMapping("/disputes")
	String list(Model model) {
		model.addAttribute("page", this.pages.disputes());
		return "source/disputes";
	}

}
