package org.hubatlas.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.compare.CompareRequest;
import org.hubatlas.compare.Comparison;
import org.hubatlas.compare.ComparisonInputException;
import org.hubatlas.compare.ComparisonService;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.figure.Figure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The same comparison as JSON, for people who want to reuse the data. Errors are RFC 9457
 * problem details.
 */
@RestController
@Tag(name = "Comparison")
class CompareApiController {

	private final ComparisonService comparisons;

	CompareApiController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping(path = "/api/compare", produces = "application/json")
	@Operation(summary = "Hubs side by side: figures aligned by indicator, counts and sources",
			description = "The comparison page as data: one row per indicator any compared hub has, a value per hub "
					+ "(empty where the hub has no figure: missing, never zero), whether the row can be ranked and why "
					+ "not, counts of what our sources name, and the numbered sources.")
	@ApiResponse(responseCode = "200", description = "The comparison.")
	@ApiResponse(responseCode = "400", description = "The hubs are missing, malformed, too few or too many.",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "404", description = "A hub named is not in the atlas.",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	ApiComparison compare(@Parameter(description = "Two to four hubs' address names, separated by commas.",
			required = true, example = "beijing,hangzhou") @RequestParam(required = false) String cities) {
		return ApiComparison.of(this.comparisons.compare(CompareRequest.parse(cities)));
	}

	/**
	 * The page's message for a malformed request; for unknown hubs the API's own words,
	 * as for any other unknown record (the page's says to choose from its list).
	 */
	@ExceptionHandler(ComparisonInputException.class)
	ResponseEntity<ProblemDetail> invalid(ComparisonInputException ex, HttpServletRequest request) {
		List<String> unknown = ex.getUnknownSlugs();
		// Hubs named by the slugs they had before a rename: the same comparison, at
		// their slugs now.
		String[] asked = request.getParameterValues("cities");
		Optional<List<String>> renamed = (unknown.isEmpty() || asked == null) ? Optional.empty()
				: this.comparisons.renamed(CompareRequest.parse(String.join(",", asked)).slugs(), unknown);
		if (renamed.isPresent()) {
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(UriComponentsBuilder.fromPath(request.getRequestURI())
					.queryParam("cities", String.join(",", renamed.get()))
					.encode()
					.build()
					.toUri())
				.build();
		}
		String detail = switch (unknown.size()) {
			case 0 -> ex.getMessage();
			case 1 -> InterfaceText.message("api.problem.noSuch", "There is no {0} ''{1}''.",
					InterfaceText.message("api.what.hub", "hub"), unknown.get(0));
			default -> InterfaceText.message("api.problem.noSuchHubs", "There are no hubs {0}.",
					"'" + String.join("', '", unknown) + "'");
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), detail);
		problem.setProperty("parameter", "cities");
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	record ApiComparison(List<ApiCity> cities, List<ApiFigureRow> figures, List<ApiCount> counts,
			List<ApiSource> sources) {

		static ApiComparison of(Comparison c) {
			List<ApiCity> cities = c.columns().stream().map((col) -> ApiCity.of(col.city())).toList();
			List<ApiFigureRow> figures = c.figureRows()
				.stream()
				.map((row) -> new ApiFigureRow(row.indicator().getCode(), row.indicator().getName(),
						row.indicator().getNameZh(), row.indicator().getUnit(), row.indicator().getUnitZh(),
						row.ranking().comparable(), row.ranking().reason(),
						row.cells().stream().map((f) -> ApiFigure.of(f, c)).toList(), row.ranks(),
						row.also()
							.stream()
							.map((a) -> new ApiAlsoReported(a.column(), a.reason(), ApiFigure.of(a.figure(), c)))
							.toList()))
				.toList();
			List<ApiCount> counts = c.countRows()
				.stream()
				.map((row) -> new ApiCount(row.label(), row.slice() ? row.anchor() : null, row.values()))
				.toList();
			List<ApiSource> sources = c.sources()
				.stream()
				.map((s) -> new ApiSource(c.sourceNumber(s), s.getId(), s.getTitle(), s.getPublisher(),
						s.getPublishedLabel(), "/sources/" + s.getId()))
				.toList();
			return new ApiComparison(cities, figures, counts, sources);
		}

	}

	record ApiCity(String slug, String name, String nameZh, String level, String parent, String profile) {

		static ApiCity of(City city) {
			return new ApiCity(city.getSlug(), city.getName(), city.getNameZh(), city.getLevel().label(),
					(city.getParent() != null) ? city.getParent().getSlug() : null, "/cities/" + city.getSlug());
		}

	}

	/**
	 * One indicator; a null entry in values means the hub has no data, a null rank that
	 * the hub's figure is not ranked with the others (the note says why).
	 */
	record ApiFigureRow(String indicator, String name, String nameZh, String unit, String unitZh, boolean comparable,
			String note, List<ApiFigure> values, List<Integer> ranks, List<ApiAlsoReported> alsoReported) {
	}

	/**
	 * Another figure a compared hub has for the row's indicator, and why it is not the
	 * one compared.
	 */
	record ApiAlsoReported(int hubIndex, String reason, ApiFigure figure) {
	}

	/**
	 * One hub's figure: as the other API answers give it, with the number of its source
	 * in the comparison's list.
	 */
	record ApiFigure(long id, String valueAsWritten, BigDecimal value, String qualifier, String kind, String when,
			Integer asOfYear, Integer targetYear, String definition, int sourceNote, Api.SourceRef source, String quote,
			boolean disputed, boolean contradicted, List<String> disputes) {

		static ApiFigure of(Figure f, Comparison c) {
			if (f == null) {
				return null;
			}
			List<Dispute> attached = c.disputes().forFigure(f.getId());
			return new ApiFigure(f.getId(), f.getValueAsWritten(), f.getValueNumeric(), Api.code(f.getQualifier()),
					Api.code(f.getKind()), Api.when(f), f.getAsOfYear(), f.getTargetYear(), f.getDefinitionText(),
					c.sourceNumber(f.getSource()), Api.SourceRef.of(f.getSource()), f.getQuote(), !attached.isEmpty(),
					Api.contradicted(attached), attached.stream().map(Dispute::getTitle).toList());
		}

	}

	/**
	 * A count per hub, in the order of the cities; "of" names the total a slice belongs
	 * to.
	 */
	record ApiCount(String label, String of, List<Integer> values) {
	}

	record ApiSource(int note, long id, String title, String publisher, String date, String page) {
	}

}
