package org.hubatlas.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hubatlas.common.BadRequestException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the layout mark the navigation entry of the current section, and give shared links
 * the page's full address.
 */
@ControllerAdvice
class CurrentPathAdvice {

	private final String siteUrl;

	/**
	 * @param siteUrl the public address of the site, without a trailing slash; never
	 * taken from the request's Host header, which a client chooses and a kept page would
	 * repeat
	 */
	CurrentPathAdvice(@Value("${hubatlas.site-url:}") String siteUrl) {
		this.siteUrl = siteUrl.strip().replaceAll("/+$", "");
	}

	/**
	 * The site's public address, or null when not configured (no absolute links then).
	 */
	@ModelAttribute("siteUrl")
	String siteUrl() {
		return this.siteUrl.isEmpty() ? null : this.siteUrl;
	}

	/**
	 * This page's address with its query, for the canonical link, "og:url" and the
	 * language switch: without a {@code lang} that asked for a language, which would
	 * outweigh the reader's next choice.
	 */
	@ModelAttribute("pageAddress")
	String pageAddress(HttpServletRequest request) {
		// A link asking for a language the site does not have is a wrong parameter
		// (400), as in the API, not a page in another language than asked.
		if (SiteLanguage.asksForAnother(request.getQueryString())) {
			throw BadRequestException.oneOf(SiteLanguage.PARAMETER, List.of("en", "zh-Hans"));
		}
		return SiteLanguage.withoutLanguage(request.getRequestURI(), request.getQueryString());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
