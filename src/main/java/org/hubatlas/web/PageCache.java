package org.hubatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hubatlas.common.DataVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages rendered once per version of the data. Every request reads the data's
 * version from the database (one small query); a page rendered at that version is sent
 * again as it was, headers included, without running the security chain, the controller
 * or the template. Any change to the data raises the version in its own transaction, so
 * no instance sharing the database sends a page older than the data. Each page carries an
 * ETag made of the version and its content: a repeat visit costs a 304.
 * <p>
 * Only what is the same for every visitor is kept: GET requests outside the admin pages
 * and sign-in, answered 200 with HTML, JSON or SVG and without a cookie.
 */
public class PageCache extends OncePerRequestFilter {

	/**
	 * Paths whose answers depend on who asks, or that are files with their own caching.
	 */
	private static final List<String> NEVER = List.of("/admin", "/login", "/logout", "/error", "/css/", "/js/",
			"/images/", "/webjars/", "/favicon", "/actuator");

	/**
	 * A reader who asked search to go straight to a hub they name exactly (the search
	 * page's cookie) gets search pages of their own; everyone else shares them.
	 */
	private static final String JUMP_COOKIE = "hubatlas-jump";

	/**
	 * Headers that belong to one answer only, never replayed; and those a filter before
	 * this one sets on every answer itself (the API's CORS and rate-limit headers).
	 */
	static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"connection", "keep-alive", "access-control-allow-origin", "access-control-expose-headers",
			"ratelimit-limit", "ratelimit-remaining");

	private final DataVersion dataVersion;

	private final int maxPageBytes;

	/**
	 * Kept pages by address and language, weighed by their bytes. Each weighs at least
	 * its share of the budget, so that no more than maxEntries are kept however small.
	 * Evictions run on the thread that adds a page, not on a pool.
	 */
	private final Cache<String, Page> pages;

	/** Renderings under way, by version and page. */
	private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	public PageCache(DataVersion dataVersion, int maxEntries, long maxBytes) {
		this.dataVersion = dataVersion;
		this.maxPageBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes / 4));
		int share = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes / Math.max(1, maxEntries)));
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Page page) -> Math.max(page.size(), share))
			.executor(Runnable::run)
			.build();
	}

	/** A rendered page: the data version it was rendered at, its headers and body. */
	record Page(long version, String etag, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped) {

		static Page of(long version, String etag, List<Map.Entry<String, String>> headers, byte[] body) {
			return of(version, etag, headers, body, true);
		}

		static Page of(long version, String etag, List<Map.Entry<String, String>> headers, byte[] body,
				boolean compressible) {
			return new Page(version, etag, headers, body, (compressible && body.length >= 1024) ? gzip(body) : null);
		}

		int size() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				return null;
			}
			return out.toByteArray();
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		// An answer that depends on who asks is never kept nor sent to another: an
		// admin's session asks for pages of its own.
		if (request.getRequestedSessionId() != null) {
			return true;
		}
		String path = path(request);
		for (String prefix : NEVER) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return path.startsWith("/search") && (request.getParameter("jumpchoice") != null || jumpsToHubs(request));
	}

	private static boolean jumpsToHubs(HttpServletRequest request) {
		jakarta.servlet.http.Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (jakarta.servlet.http.Cookie cookie : cookies) {
				if (JUMP_COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Read before rendering: a change committed meanwhile makes the page stale at
		// once, never the other way.
		long version = this.dataVersion.current();
		String key = key(request);
		Page page = this.pages.getIfPresent(key);
		if (page != null && page.version() == version) {
			send(page, request, response);
			return;
		}
		// One rendering per page and version at a time: the others asking meanwhile wait
		// for it instead of
		// rendering the same page side by side (a rush on a page just made stale).
		String flight = version + " " + key;
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> theirs = this.rendering.putIfAbsent(flight, mine);
		if (theirs != null) {
			Page rendered = await(theirs);
			if (rendered != null) {
				send(rendered, request, response);
				return;
			}
			// Not kept (too large, not a 200): render it here as well.
			render(request, response, chain, version, key, null);
			return;
		}
		try {
			render(request, response, chain, version, key, mine);
		}
		finally {
			mine.complete(null);
			this.rendering.remove(flight, mine);
		}
	}

	private static Page await(CompletableFuture<Page> flight) {
		try {
			return flight.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long version,
			String key, CompletableFuture<Page> flight) throws IOException, ServletException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!keepable(rendering)) {
			if (rendering.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				rendering.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
			rendering.copyBodyToResponse();
			return;
		}
		byte[] body = rendering.getContentAsByteArray();
		String etag = etag(version, body);
		// The headers as rendered (security headers included), for the next requests that
		// skip the rendering.
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : rendering.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		headers.add(Map.entry(HttpHeaders.ETAG, etag));
		headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, "no-cache"));
		headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
		Page page = Page.of(version, etag, List.copyOf(headers), body);
		put(key, page);
		if (flight != null) {
			flight.complete(page);
		}
		rendering.setHeader(HttpHeaders.ETAG, etag);
		rendering.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (matches(request, etag)) {
			rendering.resetBuffer();
			rendering.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		rendering.copyBodyToResponse();
	}

	private static boolean matches(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		return ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"));
	}

	private static boolean keepable(ContentCachingResponseWrapper rendering) {
		if (rendering.getStatus() != HttpServletResponse.SC_OK || rendering.getHeader(HttpHeaders.SET_COOKIE) != null) {
			return false;
		}
		// An answer that says it is for one reader only (an admin page) is not kept.
		String cacheControl = rendering.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		String type = rendering.getContentType();
		return type != null && (type.startsWith("text/html") || type.startsWith("application/json")
				|| type.startsWith("image/svg+xml") || type.startsWith("text/csv"));
	}

	/** Sends a kept answer again: its headers, and its body (compressed when kept so). */
	static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		if (page.etag() != null && matches(request, page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setContentLength(0);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		// Compressed once when kept, not on every answer.
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (page.gzipped() != null && accepted != null && accepted.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzipped().length);
			response.getOutputStream().write(page.gzipped());
			return;
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/** One kept page per address and language. */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String address = (query != null) ? path(request) + "?" + query : path(request);
		return SiteLanguage.of(request).tag() + " " + address;
	}

	/**
	 * The path as the security chain and the controllers read it, decoded: "/%61dmin" is
	 * "/admin", never a public page.
	 */
	private static String path(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
	}

	private static String etag(long version, byte[] body) {
		CRC32 crc = new CRC32();
		crc.update(body);
		return "\"" + version + "-" + Long.toHexString(crc.getValue()) + "-" + body.length + "\"";
	}

	private void put(String key, Page page) {
		if (page.size() <= this.maxPageBytes) {
			this.pages.put(key, page);
		}
	}

	/** How many pages are kept now (for tests and the benchmark's notes). */
	public int size() {
		this.pages.cleanUp();
		return (int) this.pages.estimatedSize();
	}

}
