package org.hubatlas.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageSize;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where everything comes from: sources, and every figure, statement and dispute, so a
 * client can rebuild the whole dataset.
 */
@RestController
@Tag(name = "Sources and evidence",
		description = "Sources, and every figure, statement and correction with the quote it rests on.")
class ProvenanceApiController {

	private final OpenDataService data;

	ProvenanceApiController(OpenDataService data) {
		this.data = data;
	}

	@GetMapping(path = "/api/sources", produces = "application/json")
	@Operation(summary = "Every source, in the order they were recorded")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Source>> sources(@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.sources(params), params, request);
	}

	@GetMapping(path = "/api/sources/{id}", produces = "application/json")
	@Operation(summary = "One source with every figure, statement and dispute that cites it")
	@ApiDocs.OneResponses
	Api.SourceProfile source(@Parameter(description = "The source's number.", example = "1") @PathVariable String id) {
		return this.data.source(number(id));
	}

	@GetMapping(path = "/api/figures", produces = "application/json")
	@Operation(summary = "Every figure, with its source, quote, date and dispute flags",
			description = "Figures about hubs, companies, institutions and incentives, in the order they were recorded.")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Figure>> figures(@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.figures(params), params, request);
	}

	@GetMapping(path = "/api/statements", produces = "application/json")
	@Operation(summary = "Every statement, with its source and dispute flags")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Statement>> statements(
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.statements(params), params, request);
	}

	@GetMapping(path = "/api/disputes", produces = "application/json")
	@Operation(summary = "Every correction and caveat, with what it affects")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Dispute>> disputes(
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.disputes(params), params, request);
	}

	@GetMapping(path = "/api/disputes/{slug}", produces = "application/json")
	@Operation(summary = "One correction or caveat with what it affects")
	@ApiDocs.OneResponses
	Api.Dispute dispute(@Parameter(description = "The correction's address name.",
			example = "003-waic-location") @PathVariable String slug) {
		return this.data.dispute(slug);
	}

	private static long number(String id) {
		try {
			long value = Long.parseLong(id.trim());
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadRequestException("id", "problem.sourceNumber",
				"The source\u2019s number must be a whole number, 1 or more.");
	}

}
