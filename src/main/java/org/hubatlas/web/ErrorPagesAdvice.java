package org.hubatlas.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.editing.FormerAddresses;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The user's mistakes answered with pages in the site's layout: 404 for what does not
 * exist, 400 for what is malformed. Anything else falls through to Boot's error
 * controller, which renders templates/error.html without internals.
 */
@ControllerAdvice
class ErrorPagesAdvice {

	/** A record's page whose slug has a capital letter. */
	private static final Pattern CAPITALISED_SLUG = Pattern
		.compile("/[a-z]+/(?=[a-z0-9-]*[A-Z])[A-Za-z0-9-]+(\\.csv)?");

	private final ObjectProvider<FormerAddresses> addresses;

	ErrorPagesAdvice(ObjectProvider<FormerAddresses> addresses) {
		this.addresses = addresses;
	}

	/**
	 * Not found: a page that moved (its record's slug changed) is sent on to its new
	 * address, its download too; anything else is the 404 page.
	 */
	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		FormerAddresses former = this.addresses.getIfAvailable();
		if (former != null && "GET".equals(request.getMethod())) {
			String path = request.getRequestURI();
			String suffix = path.endsWith(".csv") ? ".csv" : "";
			Optional<String> moved = former.now(path.substring(0, path.length() - suffix.length()));
			String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
			if (moved.isPresent()) {
				return "redirect:" + moved.get() + suffix + query;
			}
			// A slug typed in capitals ("/cities/Beijing"): every slug is lower case.
			if (CAPITALISED_SLUG.matcher(path).matches()) {
				return "redirect:" + path.toLowerCase(Locale.ROOT) + query;
			}
		}
		return errorPage(HttpStatus.NOT_FOUND, InterfaceText.message(ex), request, response, model);
	}

	@ExceptionHandler(BadRequestException.class)
	String badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.BAD_REQUEST, InterfaceText.message(ex), request, response, model);
	}

	/**
	 * The one answer to a request parameter that is not of its type: the parameter's rule
	 * (the values an enum takes, a page number, a number).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.BAD_REQUEST,
				InterfaceText.message(BadRequestException.mismatch(ex.getName(), ex.getRequiredType(), ex.getValue())),
				request, response, model);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.BAD_REQUEST,
				InterfaceText.message("problem.required", "The parameter ''{0}'' is required.", ex.getParameterName()),
				request, response, model);
	}

	/**
	 * Tomcat could not read the request's parameters: a broken percent-encoding
	 * ("?level=%zz"), more than it takes, a multipart form without its boundary (which it
	 * does not tell apart); with the status 413, a form or upload over its limits (Tomcat
	 * reads an upload's parts before the application sees it, so Spring's upload-size
	 * exception never comes). Either is the client's mistake: a page that says which, not
	 * an ERROR with a stack trace in the log for anyone to flood.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	String unreadableParameters(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (ex.getErrorCode() != HttpStatus.PAYLOAD_TOO_LARGE.value()) {
			return errorPage(HttpStatus.BAD_REQUEST, InterfaceText.message("problem.encoding",
					"The address or form could not be read. It may hold an invalid percent-encoding (a % must be "
							+ "followed by two hexadecimal digits), more parameters than any page here takes, or a form "
							+ "not sent the way a browser sends one."),
					request, response, model);
		}
		String contentType = request.getContentType();
		String message = (ex.getCause() instanceof FileCountLimitExceededException)
				? InterfaceText.message("problem.tooManyParts",
						"The form sent more fields and files than any form here has. Nothing was read or saved.")
				: (contentType != null && contentType.startsWith("multipart/")) ? tooLargeMessage()
						: InterfaceText.message("problem.formTooLarge",
								"The form is larger than any form here sends. Nothing was read or saved.");
		return errorPage(HttpStatus.PAYLOAD_TOO_LARGE, message, request, response, model);
	}

	/**
	 * A form field named in a way no form of ours names it ("slug[1000000]",
	 * "kind[abc]"): the request was not made by our pages, so it is refused as a whole
	 * rather than half bound.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String malformedField(InvalidPropertyException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return errorPage(HttpStatus.BAD_REQUEST, InterfaceText.message("problem.unknownField",
				"The form sent a field this page does not have (\u201c{0}\u201d). Nothing was saved; reload the "
						+ "page and try again.",
				ex.getPropertyName()), request, response, model);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		return errorPage(HttpStatus.PAYLOAD_TOO_LARGE, tooLargeMessage(), request, response, model);
	}

	private static String tooLargeMessage() {
		return InterfaceText.message("problem.tooLarge",
				"The file is too large: uploads are at most 64 MB. Nothing was read or saved.");
	}

	/**
	 * The site's error page with this status and what was wrong, at the address asked
	 * for.
	 */
	private static String errorPage(HttpStatus status, String message, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		model.addAttribute("path", address(request));
		// An editor's mistake on an admin page is answered in the admin's layout, with
		// the way back to the dashboard.
		model.addAttribute("adminPage", onAdminPage(request));
		return "error";
	}

	/** An editor signed in, on an admin address. */
	static boolean onAdminPage(HttpServletRequest request) {
		return address(request).startsWith("/admin") && request.isUserInRole("ADMIN");
	}

	/**
	 * The address asked for: a request the container refused reaches these handlers again
	 * on its way to the error page, whose own address says nothing.
	 */
	private static String address(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

}
