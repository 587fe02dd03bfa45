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

/**
 * Companies, universities and institutes, and incentives: lists with the pages' filters,
 * and one each.
 */
@RestController
class CompanyApiController {

	private final OpenDataService data;

	CompanyApiController(OpenDataService data) {
		this.data = data;
	}

	@Tag(name = "Companies")
	@GetMapping(path = "/api/companies", produces = "application/json")
	@Operation(summary = "Companies named in our sources, by name",
			description = "Paged; filter by kind and sector as on the companies page.")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Company>> companies(
			@Parameter(description = "startup, tech-giant, foreign-multinational or company",
					example = "startup") @RequestParam(required = false) String kind,
			@Parameter(description = "A sector as the data spells it (any case), such as Artificial intelligence.",
					example = "Artificial intelligence") @RequestParam(required = false) String sector,
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.companies(kind, sector, params), params, request);
	}

	@Tag(name = "Companies")
	@GetMapping(path = "/api/companies/{slug}", produces = "application/json")
	@Operation(summary = "One company with its hubs, institutions, figures, statements and disputes")
	@ApiDocs.OneResponses
	Api.CompanyProfile company(
			@Parameter(description = "The company's address name.", example = "deepseek") @PathVariable String slug) {
		return this.data.company(slug);
	}

	@Tag(name = "Universities and institutes")
	@GetMapping(path = "/api/institutions", produces = "application/json")
	@Operation(summary = "Universities and research institutes, by name", description = "Paged; filter by kind.")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Institution>> institutions(
			@Parameter(description = "university, research-institute, academy, science-park or think-tank",
					example = "university") @RequestParam(required = false) String kind,
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.institutions(kind, params), params, request);
	}

	@Tag(name = "Universities and institutes")
	@GetMapping(path = "/api/institutions/{slug}", produces = "application/json")
	@Operation(summary = "One university or institute with its companies, figures, statements and disputes")
	@ApiDocs.OneResponses
	Api.InstitutionProfile institution(@Parameter(description = "The institution's address name.",
			example = "tsinghua-university") @PathVariable String slug) {
		return this.data.institution(slug);
	}

	@Tag(name = "Incentives")
	@GetMapping(path = "/api/incentives", produces = "application/json")
	@Operation(summary = "Government incentives, by title", description = "Paged; filter by level and kind.")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Incentive>> incentives(
			@Parameter(description = "national, provincial, municipal, district or foreign",
					example = "municipal") @RequestParam(required = false) String level,
			@Parameter(
					description = "subsidy, tax, funding, park-or-infrastructure, computing, talent, plan, policy or restriction",
					example = "subsidy") @RequestParam(required = false) String kind,
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(this.data.incentives(level, kind, params), params, request);
	}

	@Tag(name = "Incentives")
	@GetMapping(path = "/api/incentives/{slug}", produces = "application/json")
	@Operation(summary = "One incentive with its hubs, figures, statements and disputes")
	@ApiDocs.OneResponses
	Api.IncentiveProfile incentive(@Parameter(description = "The incentive's address name.",
			example = "beijing-ai-park") @PathVariable String slug) {
		return this.data.incentive(slug);
	}

}
