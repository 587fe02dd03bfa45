package org.hubatlas.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stylesheets, scripts and images under content-versioned addresses
 * ({@code /css/site-<hash>.css}), sent from memory. Such an address always means the same
 * bytes, so its first answer (security headers and year-long caching included, as the
 * security chain and the resource handler made it) is kept and sent again as it was,
 * before the session, security and MVC filters: a static file then costs what a kept page
 * costs. A file changes only with a new build, that is a new process, so nothing is ever
 * evicted; the kept files are bounded by what the build holds, and each by
 * {@link #MAX_FILE_BYTES}.
 */
class StaticFileCache extends OncePerRequestFilter {

	/** The resource chain's content-versioned file names: name-32 hex digits.ext. */
	private static final Pattern VERSIONED = Pattern
		.compile("^/(css|js|images)/[A-Za-z0-9_./-]+-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	static final int MAX_FILE_BYTES = 512 * 1024;

	private final Map<String, PageCache.Page> files = new ConcurrentHashMap<>();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !VERSIONED.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		PageCache.Page kept = this.files.get(path);
		if (kept != null) {
			PageCache.send(kept, request, response);
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		byte[] body = answer.getContentAsByteArray();
		if (answer.getStatus() == HttpServletResponse.SC_OK && answer.getHeader(HttpHeaders.SET_COOKIE) == null
				&& answer.getHeader(HttpHeaders.CONTENT_ENCODING) == null && body.length <= MAX_FILE_BYTES) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : answer.getHeaderNames()) {
				if (!PageCache.NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : answer.getHeaders(name)) {
						headers.add(Map.entry(name, value));
					}
				}
			}
			headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
			String type = answer.getContentType();
			boolean text = type != null && (type.startsWith("text/") || type.startsWith("application/javascript")
					|| type.startsWith("image/svg+xml"));
			this.files.putIfAbsent(path, PageCache.Page.of(0, null, List.copyOf(headers), body, text));
		}
		answer.copyBodyToResponse();
	}

	/** How many files are kept (for tests). */
	int size() {
		return this.files.size();
	}

}
