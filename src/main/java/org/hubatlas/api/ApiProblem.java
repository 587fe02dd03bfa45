package org.hubatlas.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the API's problem documents (RFC 9457) look, for the OpenAPI description only: the
 * answers themselves are Spring's {@link org.springframework.http.ProblemDetail}, whose
 * extra members sit beside the standard ones.
 */
@Schema(name = "Problem", description = "An error as an RFC 9457 problem document (application/problem+json).")
record ApiProblem(
		@Schema(description = "Absent or about:blank: the status says what kind of problem it is.",
				example = "about:blank") String type,
		@Schema(example = "Bad Request") String title, @Schema(example = "400") int status,
		@Schema(description = "What was wrong, in words.",
				example = "The parameter 'size' must be a whole number from 1 to 100.") String detail,
		@Schema(description = "The address asked for.", example = "/api/companies") String instance,
		@Schema(description = "The parameter that was wrong, when one was.", example = "size") String parameter,
		@Schema(description = "For a page beyond the last: how many pages there are.",
				example = "3") Integer totalPages) {
}
