package org.hubatlas.api;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.editing.FormerAddresses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem documents: what was wrong in words, the parameter
 * named when one was, never internals. Before the site's error pages, for the API's
 * controllers only.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	/**
	 * Where the API answers for one record, before its slug, and where the record's
	 * public page is: a record asked for by the slug it had before a rename is sent on,
	 * as its page is.
	 */
	private static final Map<String, String> PAGES = Map.of("/api/hubs/", "/cities/", "/api/companies/", "/companies/",
			"/api/institutions/", "/universities/", "/api/incentives/", "/incentives/", "/api/indicators/",
			"/indicators/", "/api/disputes/", "/disputes#dispute-");

	private static final java.util.regex.Pattern SAYABLE = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ._-]{1,100}");

	private final ObjectProvider<FormerAddresses> addresses;

	ApiProblems(ObjectProvider<FormerAddresses> addresses) {
		this.addresses = addresses;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		String key = ex.getKey();
		Optional<String> moved = movedTo(key, request);
		if (moved.isPresent()) {
			String query = request.getQueryString();
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create(moved.get() + ((query != null) ? "?" + query : "")))
				.build();
		}
		// The name asked for is said back only when it looks like one: never markup.
		String what = what(ex.getWhat());
		String shown = InterfaceText.message("api.what." + what, what);
		String detail = (key != null && SAYABLE.matcher(key).matches())
				? InterfaceText.message("api.problem.noSuch", "There is no {0} ''{1}''.", shown, key)
				: InterfaceText.message("api.problem.noSuchByName", "There is no {0} by that name.", shown);
		return problem(HttpStatus.NOT_FOUND, detail, null, request);
	}

	/**
	 * Where the API answers now for a record asked for at an address its page had before
	 * a rename; empty for any other request.
	 */
	private Optional<String> movedTo(String key, HttpServletRequest request) {
		FormerAddresses former = this.addresses.getIfAvailable();
		String path = request.getRequestURI();
		if (former == null || key == null || !"GET".equals(request.getMethod())) {
			return Optional.empty();
		}
		return PAGES.entrySet()
			.stream()
			.filter((api) -> path.equals(api.getKey() + key))
			.findFirst()
			.flatMap((api) -> former.now(api.getValue() + key)
				.filter((page) -> page.startsWith(api.getValue()))
				.map((page) -> api.getKey() + page.substring(api.getValue().length())));
	}

	@ExceptionHandler(PageBeyondEndException.class)
	ResponseEntity<ProblemDetail> beyondEnd(PageBeyondEndException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.NOT_FOUND, ex.getMessage(), "page", request);
		answer.getBody().setProperty("totalPages", ex.getTotalPages());
		return answer;
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, InterfaceText.message(ex), ex.getParameter(), request);
	}

	/** A parameter that is not of its type, said as the pages say it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return badRequest(BadRequestException.mismatch(ex.getName(), ex.getRequiredType(), ex.getValue()), request);
	}

	/** The API's words for what a record is ("university" records are institutions). */
	private static String what(String what) {
		return switch (what) {
			case "city" -> "hub";
			case "university", "university or institute" -> "institution";
			default -> what;
		};
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String parameter,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI().replace(" ", "%20")));
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
