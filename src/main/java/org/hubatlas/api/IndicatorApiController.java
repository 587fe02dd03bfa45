package org.hubatlas.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageOfList;
import org.hubatlas.common.PageSize;
import org.hubatlas.figure.Derived;
import org.hubatlas.ranking.IndicatorRankingService;

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

	private final IndicatorRankingService rankings;

	IndicatorApiController(OpenDataService data, IndicatorRankingService rankings) {
		this.data = data;
		this.rankings = rankings;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DerivedRanking",
			description = "A ranking of figures Hub Atlas derives: one of a hub's figures divided by another of the "
					+ "same hub at most a year apart.")
	record DerivedRanking(String code, String name, String numerator, String denominator, List<DerivedEntry> ranked,
			List<DerivedEntry> apart) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DerivedEntry")
	record DerivedEntry(Integer rank, Api.HubRef hub, java.math.BigDecimal value, int year, boolean approximate,
			@io.swagger.v3.oas.annotations.media.Schema(
					description = "The figure divided, at /api/figures.") long numeratorFigure,
			@io.swagger.v3.oas.annotations.media.Schema(
					description = "The figure it is divided by.") long denominatorFigure) {
	}

	@GetMapping(path = "/api/derived/{code}", produces = "application/json")
	@Operation(summary = "A ranking of figures derived by Hub Atlas",
			description = "Per million residents or as a share of GDP: each value with the two figures it divides; "
					+ "ranked by the rules of every ranking.")
	@ApiDocs.OneResponses
	DerivedRanking derived(@Parameter(description = "The derived ranking's code.",
			example = "ai-companies-per-million") @PathVariable String code) {
		IndicatorRankingService.DerivedRanking ranking = this.rankings.derived(code);
		return new DerivedRanking(code, ranking.name(), ranking.numerator().getCode(), ranking.denominator().getCode(),
				ranking.ranked().stream().map((r) -> entry(r.rank(), r.item(), ranking)).toList(),
				ranking.apart().stream().map((v) -> entry(null, v, ranking)).toList());
	}

	private static DerivedEntry entry(Integer rank, Derived.Value value,
			IndicatorRankingService.DerivedRanking ranking) {
		return new DerivedEntry(rank, Api.HubRef.of(ranking.hubs().get(value.hubId())),
				value.value().round(new java.math.MathContext(6)), value.year(), value.approximate(),
				value.numerator().getId(), value.denominator().getId());
	}

	@GetMapping(path = "/api/indicators", produces = "application/json")
	@Operation(summary = "The indicators figures measure, with how many hubs have a figure for each")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.Indicator>> indicators(
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page,
			@ApiDocs.SizeParameter @RequestParam(required = false) PageSize size, HttpServletRequest request) {
		PageParams params = PageParams.of(page, size);
		return ApiList.page(PageOfList.of(this.data.indicators(), params.page(), params.size()), params, request);
	}

	@GetMapping(path = "/api/indicators/{code}", produces = "application/json")
	@Operation(summary = "One indicator across the hubs",
			description = "The ranked group first (same kind and definition, at most two years apart, newest per hub; "
					+ "equal values share a rank), then the groups that cannot be ranked with it, each saying why.")
	@ApiDocs.OneResponses
	Api.Ranking ranking(
			@Parameter(description = "The indicator's code.", example = "ai-companies") @PathVariable String code) {
		return this.data.ranking(code);
	}

}
