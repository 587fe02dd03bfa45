package org.hubatlas.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The layout of an error page Boot's error controller renders (a 405 or 404 that no
 * handler of ours answered): an editor on an admin address sees the admin's layout, as
 * with the errors {@link ErrorPagesAdvice} answers.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class ErrorLayoutAdvice {

	@ModelAttribute("adminPage")
	boolean adminPage(HttpServletRequest request) {
		return ErrorPagesAdvice.onAdminPage(request);
	}

}
