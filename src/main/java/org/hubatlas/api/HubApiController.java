package org.hubatlas.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageSize;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hubs: the list, and one hub with everything its profile shows. */
@RestController
@Tag(name = "Hubs", description = "Cities, provinces and districts with their AI companies, institutions and policies.")
class HubApiController {

	private final OpenDataService data;

	HubApiController(OpenDataService data) {
		this.data = data;
	}

	@GetMapping(path = "/api/hubs", produces = "application/json")
	@Operation(summary = "Every hub, by name", description = "Paged; the Link header and `links` name the other pages.")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Hub>> hubs(@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.hubs(params), params, request);
	}

	@GetMapping(path = "/api/hubs/{slug}", produces = "application/json")
	@Operation(summary = "One hub with its companies, institutions, incentives, figures, statements and disputes",
			description = "Every figure and statement carries its source, the quote it rests on and its dispute flags.")
	@ApiDocs.OneResponses
	Api.HubProfile hub(
			@Parameter(description = "The hub's address name.", example = "beijing") @PathVariable String slug) {
		return this.data.hub(slug);
	}

}
