package org.hubatlas.compare;

import java.math.BigDecimal;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.figure.Figure;
import org.hubatlas.source.Source;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same comparison as JSON, for people who want to reuse the data. Errors are RFC 9457
 * problem details.
 */
@RestController
class CompareApiController {

	private final ComparisonService comparisons;

	CompareApiController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping(path = "/api/compare", produces = "application/json")
	ApiComparison compare(@RequestParam(required = false) String cities) {
		return ApiComparison.of(this.comparisons.compare(CompareRequest.parse(cities)));
	}

	@ExceptionHandler(ComparisonInputException.class)
	ResponseEntity<ProblemDetail> invalid(ComparisonInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), ex.getMessage());
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	record ApiComparison(List<ApiCity> cities, List<ApiFigureRow> figures, List<ApiCount> counts,
			List<ApiSource> sources) {

		static ApiComparison of(Comparison c) {
			List<ApiCity> cities = c.columns().stream().map((col) -> ApiCity.of(col.city())).toList();
			List<ApiFigureRow> figures = c.figureRows()
				.stream()
				.map((row) -> new ApiFigureRow(row.indicator().getCode(), row.indicator().getName(),
						row.indicator().getUnit(), row.ranking().comparable(), row.ranking().reason(),
						row.cells().stream().map((f) -> ApiFigure.of(f, c)).toList()))
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

	/** One indicator; a null entry in values means the hub has no data. */
	record ApiFigureRow(String indicator, String name, String unit, boolean comparable, String note,
			List<ApiFigure> values) {
	}

	record ApiFigure(String valueAsWritten, BigDecimal value, String kind, String when, int sourceNote, String quote,
			List<String> disputes) {

		static ApiFigure of(Figure f, Comparison c) {
			if (f == null) {
				return null;
			}
			return new ApiFigure(f.getValueAsWritten(), f.getValueNumeric(), f.getKind().name().toLowerCase(), when(f),
					c.sourceNumber(f.getSource()), f.getQuote(),
					c.disputes().forFigure(f.getId()).stream().map(Dispute::getTitle).toList());
		}

		/** When the figure holds, in the words the pages use (the API speaks English). */
		private static String when(Figure f) {
			if (f.isTargetWithYear()) {
				return "target for " + f.getTargetYear();
			}
			if (f.getStatedAsOf() != null) {
				return f.getStatedAsOf();
			}
			if (f.getAsOfYear() != null) {
				return "about " + f.getAsOfYear();
			}
			Source source = f.getSource();
			return "date not stated; source from "
					+ (source.isDateEstimated() ? "about " + source.getPublishedYear() : source.getPublishedLabel());
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
