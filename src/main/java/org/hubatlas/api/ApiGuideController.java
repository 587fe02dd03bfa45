package org.hubatlas.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.hubatlas.common.PageMeta;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open data API's guide, a page of the site in the reader's language: how the API
 * answers, then every endpoint with its parameters and an address to try. It works
 * without JavaScript, unlike the interactive explorer it links to.
 */
@Controller
class ApiGuideController {

	private final ApiReference reference;

	ApiGuideController(ApiReference reference) {
		this.reference = reference;
	}

	@GetMapping("/open-data")
	String guide(Model model) {
		model.addAttribute("groups", this.reference.groups());
		PageMeta.describeWithMessage(model, "apiGuide.lead");
		return "api/guide";
	}

	/** The API's root, opened in a browser: the guide. */
	@Hidden
	@GetMapping(path = { "/api", "/api/" }, produces = MediaType.TEXT_HTML_VALUE)
	String root() {
		return "redirect:/open-data";
	}

	/** The API's root, asked by a program: the API's description, in OpenAPI. */
	@Hidden
	@GetMapping({ "/api", "/api/" })
	String description() {
		return "redirect:/v3/api-docs";
	}

}
