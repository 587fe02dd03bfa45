package org.hubatlas.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.PageOfList;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and each indicator's ranking across the hubs. */
@RestController
@Tag(name = "Indicators and rankings")
class IndicatorApiController {

	private final OpenDataService data;

	IndicatorApiController(OpenDataService data) {
		this.data = data;
	}

	@GetMapping(path = "/api/indicators", produces = "application/json")
	@Operation(summary = "The indicators figures measure, with how many hubs have a figure for each")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Indicator>> indicators(
			@ApiDocs.PageParameter @RequestParam(required = false) String page,
			@ApiDocs.SizeParameter @RequestParam(required = false) String size, HttpServletRequest request) {
		PageParams params = PageParams.parse(page, size);
		return ApiList.page(PageOfList.of(this.data.indicators(), params.page(), params.size()), params, request);
	}

	@GetMapping(path = "/api/indicators/{code}", produces = "application/json")
	@Operation(summary = "One indicator across the hubs",
			description = "The ranked group first (same kind and definition, at most two years apart, newest per hub; "
					+ "equal values share a rank), then the groups that cannot be ranked with it, each saying why.")
	@ApiDocs.OneResponses
	Api.Ranking ranking(@Parameter(example = "ai-companies") @PathVariable String code) {
		return this.data.ranking(code);
	}

}
