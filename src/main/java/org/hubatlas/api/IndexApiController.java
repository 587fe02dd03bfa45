package org.hubatlas.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.city.City;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.ranking.HubIndex;
import org.hubatlas.ranking.HubIndexService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The index with the reader's weights, as data. */
@RestController
@Tag(name = "Indicators and rankings")
class IndexApiController {

	private final HubIndexService index;

	IndexApiController(HubIndexService index) {
		this.index = index;
	}

	@Schema(name = "Index", description = "Hubs scored with the weights given, the method as on /index.")
	record ApiIndex(@Schema(description = "The weights used, by indicator code.") Map<String, Integer> weights,
			@Schema(description = "Whether these are the starting weights.") boolean starting,
			@Schema(description = "Hubs scored, best first.") List<ApiScore> scored,
			@Schema(description = "Hubs whose figures carry less than half of the weight.") List<ApiScore> notEnoughData,
			@Schema(description = "Provinces, regions and areas within a city with figures the weights count: "
					+ "their totals hold or are part of cities', so they are not scored beside cities.") List<Api.HubRef> notScoredBesideCities) {
	}

	@Schema(name = "IndexScore")
	record ApiScore(Api.HubRef hub, @Schema(description = "0 where not scored.", example = "1") int rank,
			@Schema(description = "Out of 100.", example = "87.5") double score,
			@Schema(description = "Best and worst rank when any one weight moves by half.") List<Integer> rankRange,
			@Schema(description = "Share of the weight its figures carry.", example = "0.88") double coverage,
			List<ApiPart> parts) {
	}

	@Schema(name = "IndexPart")
	record ApiPart(@Schema(example = "ai-companies") String indicator, @Schema(example = "1") double weight,
			@Schema(description = "The hub's score in the indicator, 0 to 100.", example = "100") long points,
			@Schema(description = "The figure it rests on, with its source, at /api/figures.",
					example = "5") long figure,
			@Schema(example = "1") int rank, @Schema(example = "7") int of) {
	}

	@GetMapping(path = "/api/index", produces = "application/json")
	@Operation(summary = "An index of hubs with your weights",
			description = "Each weight is a parameter named by the indicator's code, a whole number from 0 to 10 "
					+ "(?ai-companies=2&gdp=1); none given: the starting weights. Within each indicator's ranked "
					+ "group the best value scores 100 and the worst 0; a hub's score is the weighted mean over the "
					+ "indicators it has; hubs whose figures carry less than half of the weight are listed apart. "
					+ "Cities are scored beside cities; provinces, regions and areas within a city are listed apart.")
	@ApiResponse(responseCode = "200", description = "The scores.")
	@ApiResponse(responseCode = "400",
			description = "A weight is not a whole number from 0 to 10, names no indicator, or all are 0.",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	ApiIndex index(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		HubIndexService.IndexPage page = this.index.index(params).requireWeight();
		Map<String, Integer> weights = new java.util.LinkedHashMap<>();
		page.choices().forEach((c) -> weights.put(c.indicator().getCode(), c.weight()));
		// A mistyped code would silently leave its weight out and answer another index.
		for (String name : params.keySet()) {
			if (!weights.containsKey(name)) {
				throw new BadRequestException(name, "problem.unknownWeight",
						"There is no indicator ''{0}'' to weigh: the weights are named {1}.", name,
						String.join(", ", weights.keySet()));
			}
		}
		return new ApiIndex(weights, page.starting(),
				page.result().scored().stream().map((s) -> score(s, page.hubs().get(s.hubId()))).toList(),
				page.result().notEnough().stream().map((s) -> score(s, page.hubs().get(s.hubId()))).toList(),
				page.notScored().stream().map(Api.HubRef::of).toList());
	}

	private static ApiScore score(HubIndex.Score score, City hub) {
		return new ApiScore(Api.HubRef.of(hub), score.rank(), Math.round(score.score() * 10) / 10.0,
				(score.rank() > 0) ? List.of(score.bestRank(), score.worstRank()) : List.of(),
				Math.round(score.coverage() * 100) / 100.0,
				score.parts()
					.stream()
					.map((p) -> new ApiPart(p.indicator().getCode(), p.weight(), p.points(), p.standing().figureId(),
							p.standing().rank(), p.standing().of()))
					.toList());
	}

}
