package org.hubatlas.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * What every answer of the open data API shares, before the page cache so that kept
 * answers count too: a rate limit per client address (429 with Retry-After), CORS open to
 * any site for reading (the data is public and no cookie is needed), English whatever the
 * visitor's language cookie, and errors raised outside the API's controllers (an unknown
 * address, a wrong method) as problem documents instead of the site's HTML error page.
 */
class OpenDataFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXPOSED = "Link, ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining";

	private final RateLimit limit;

	OpenDataFilter(RateLimit limit) {
		this.limit = limit;
	}

	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/v3/api-docs")
				|| path.startsWith("/v3/api-docs/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Decoded, as the controllers read it: "/%61pi/search" is the API too.
		return !isApi(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
		if ("OPTIONS".equals(request.getMethod())) {
			// A browser's preflight: reading is open to any site; nothing else is
			// offered.
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, If-None-Match, Accept-Language");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		RateLimit.Decision decision = this.limit.request(request.getRemoteAddr());
		response.setHeader("RateLimit-Limit", String.valueOf(this.limit.perMinute()));
		response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
		if (!decision.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
			writeProblem(response, HttpStatus.TOO_MANY_REQUESTS,
					"More than " + this.limit.perMinute() + " requests a minute from your address: try again in "
							+ decision.retryAfterSeconds() + " seconds.",
					request.getRequestURI());
			return;
		}
		String asked;
		try {
			asked = request.getParameter("lang");
		}
		catch (InvalidParameterException ex) {
			// The first read of the query: Tomcat could not parse it. Told as the API's
			// other problems are, not as the site's error page.
			writeProblem(response, HttpStatus.BAD_REQUEST,
					"The query could not be read: it holds an invalid percent-encoding (a % must be followed by two "
							+ "hexadecimal digits) or more parameters than the API takes.",
					request.getRequestURI());
			return;
		}
		org.hubatlas.web.SiteLanguage language = (asked != null) ? org.hubatlas.web.SiteLanguage.fromTag(asked)
				: org.hubatlas.web.SiteLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		if (language == null) {
			writeProblem(response, HttpStatus.BAD_REQUEST,
					"The parameter 'lang' must be en or zh-Hans (English is the default).", request.getRequestURI());
			return;
		}
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
		chain.doFilter(new InLanguage(request, language), new ProblemErrors(response, request.getRequestURI()));
	}

	static void writeProblem(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(instance.replace(" ", "%20")));
		// Written here, outside Spring MVC, as the controllers' problems are: the same
		// members, escaped by Jackson.
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", "about:blank");
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		members.put("instance", problem.getInstance().toString());
		JSON.writeValue(response.getOutputStream(), members);
		response.flushBuffer();
	}

	/**
	 * The API answers in the language asked by {@code lang} or Accept-Language (English
	 * unless Chinese is asked for): the site's language cookie is not seen, so that a
	 * program gets what it asks for whoever runs it.
	 */
	private static final class InLanguage extends HttpServletRequestWrapper {

		private final org.hubatlas.web.SiteLanguage language;

		InLanguage(HttpServletRequest request, org.hubatlas.web.SiteLanguage language) {
			super(request);
			this.language = language;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? this.language.tag() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)
					? Collections.enumeration(List.of(this.language.tag())) : super.getHeaders(name);
		}

		@Override
		public Locale getLocale() {
			return this.language.locale();
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(List.of(this.language.locale()));
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			return (cookies != null)
					? Arrays.stream(cookies).filter((c) -> !"hubatlas-lang".equals(c.getName())).toArray(Cookie[]::new)
					: null;
		}

	}

	/**
	 * Errors Spring answers itself (no such address, a method the API does not take)
	 * written as problem documents where the container would send an HTML page.
	 */
	private static final class ProblemErrors extends HttpServletResponseWrapper {

		private final String instance;

		ProblemErrors(HttpServletResponse response, String instance) {
			super(response);
			this.instance = instance;
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			HttpStatus known = HttpStatus.resolve(status);
			if (known == null || isCommitted()) {
				super.sendError(status, message);
				return;
			}
			writeProblem((HttpServletResponse) getResponse(), known, explanation(known), this.instance);
		}

		private static String explanation(HttpStatus status) {
			return switch (status) {
				case NOT_FOUND -> "There is nothing at this address of the API: /v3/api-docs lists every address.";
				case METHOD_NOT_ALLOWED -> "The API is read-only: only GET and HEAD are answered.";
				case NOT_ACCEPTABLE -> "The API answers in JSON only (application/json).";
				default -> HtmlUtils.htmlEscape(status.getReasonPhrase());
			};
		}

	}

}
