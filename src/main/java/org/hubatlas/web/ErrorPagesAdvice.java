package org.hubatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;

import org.springframework.beans.InvalidPropertyException;
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

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", 404);
		model.addAttribute("message", InterfaceText.message(ex));
		model.addAttribute("path", request.getRequestURI());
		return "error";
	}

	@ExceptionHandler(BadRequestException.class)
	String badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return badRequestPage(InterfaceText.message(ex), request, response, model);
	}

	/**
	 * The one answer to a request parameter that is not of its type: the parameter's rule
	 * (the values an enum takes, a page number, a number).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return badRequestPage(
				InterfaceText.message(BadRequestException.mismatch(ex.getName(), ex.getRequiredType(), ex.getValue())),
				request, response, model);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return badRequestPage(
				InterfaceText.message("problem.required", "The parameter ''{0}'' is required.", ex.getParameterName()),
				request, response, model);
	}

	/**
	 * A query with a broken percent-encoding ("?level=%zz") is the client's mistake: a
	 * 400 page, not an ERROR with a stack trace in the log for anyone to flood.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	String invalidEncoding(HttpServletRequest request, HttpServletResponse response, Model model) {
		return badRequestPage(InterfaceText.message("problem.encoding",
				"The address contains an invalid percent-encoding (a % must be followed by two hexadecimal "
						+ "digits)."),
				request, response, model);
	}

	/**
	 * A form field named in a way no form of ours names it ("slug[1000000]",
	 * "kind[abc]"): the request was not made by our pages, so it is refused as a whole
	 * rather than half bound.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String malformedField(InvalidPropertyException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return badRequestPage(InterfaceText.message("problem.unknownField",
				"The form sent a field this page does not have (\u201c{0}\u201d). Nothing was saved; reload the "
						+ "page and try again.",
				ex.getPropertyName()), request, response, model);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		model.addAttribute("status", 413);
		model.addAttribute("message", InterfaceText.message("problem.tooLarge",
				"The file is too large: uploads are at most 64 MB. Nothing was read or saved."));
		model.addAttribute("path", request.getRequestURI());
		return "error";
	}

	private static String badRequestPage(String message, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("status", 400);
		model.addAttribute("message", message);
		model.addAttribute("path", request.getRequestURI());
		return "error";
	}

}
