package org.hubatlas.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * What every list and every single-record endpoint documents the same way: the page
 * parameters, the Link and ETag headers, and the problem documents for 400, 404 and 429.
 */
final class ApiDocs {

	private ApiDocs() {
	}

	static final String PROBLEM = "application/problem+json";

	@Target({ ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "The page, from 1.", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"),
			example = "1")
	@interface PageParameter {

	}

	@Target({ ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "Items per page, 1 to 100.",
			schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"), example = "20")
	@interface SizeParameter {

	}

	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "One page of the list.",
			headers = {
					@Header(name = "Link", description = "The first, previous, next and last pages (RFC 8288).",
							schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Changes when the data does: send it back in If-None-Match.",
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not changed since the ETag sent in If-None-Match.",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "A parameter is wrong; `parameter` names it.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class),
					examples = @ExampleObject(value = """
							{"type":"about:blank","title":"Bad Request","status":400,\
							"detail":"The parameter 'size' must be a whole number from 1 to 100.",\
							"instance":"/api/companies","parameter":"size"}""")))
	@ApiResponse(responseCode = "404", description = "The page lies beyond the last one.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "429", description = "Too many requests from this address; wait Retry-After seconds.",
			headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class)))
	@interface ListResponses {

	}

	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Found.",
			headers = @Header(name = "ETag", description = "Changes when the data does: send it back in If-None-Match.",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "304", description = "Not changed since the ETag sent in If-None-Match.",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "A parameter is wrong; `parameter` names it.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "404", description = "There is no such record.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class),
					examples = @ExampleObject(value = """
							{"type":"about:blank","title":"Not Found","status":404,\
							"detail":"There is no hub 'atlantis'.","instance":"/api/hubs/atlantis"}""")))
	@ApiResponse(responseCode = "429", description = "Too many requests from this address; wait Retry-After seconds.",
			headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ApiProblem.class)))
	@interface OneResponses {

	}

}
