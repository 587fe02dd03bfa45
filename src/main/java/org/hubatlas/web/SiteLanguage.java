package org.hubatlas.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages of the interface. A reader's choice is kept in a cookie; on a first visit
 * the browser's Accept-Language decides (any Chinese gets Chinese, anything else
 * English). Content stays as the sources wrote it in either language.
 */
public enum SiteLanguage {

	ENGLISH("en", Locale.ENGLISH), CHINESE("zh-Hans", Locale.forLanguageTag("zh-Hans"));

	/** The cookie that keeps the reader's choice. */
	public static final String COOKIE = "hubatlas-lang";

	private final String tag;

	private final Locale locale;

	SiteLanguage(String tag, Locale locale) {
		this.tag = tag;
		this.locale = locale;
	}

	/** The language tag, as in {@code <html lang>} and the cookie. */
	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The language a tag names, or null for anything else. */
	public static SiteLanguage fromTag(String tag) {
		for (SiteLanguage language : values()) {
			if (language.tag.equalsIgnoreCase((tag != null) ? tag.trim() : "")) {
				return language;
			}
		}
		return null;
	}

	/** The query parameter that asks for a language in a link ({@code ?lang=zh-Hans}). */
	public static final String PARAMETER = "lang";

	/**
	 * The language this request is answered in: the one its link asks for
	 * ({@code ?lang=zh-Hans}, so that a link shared in Chinese opens in Chinese), else
	 * the reader's choice, else their browser's.
	 */
	public static SiteLanguage of(HttpServletRequest request) {
		SiteLanguage linked = inLink(request.getQueryString());
		if (linked != null) {
			return linked;
		}
		SiteLanguage chosen = chosen(request);
		return (chosen != null) ? chosen : fromAcceptLanguage(request.getHeader("Accept-Language"));
	}

	/** The language the reader's cookie keeps, or null. */
	static SiteLanguage chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && fromTag(cookie.getValue()) != null) {
					return fromTag(cookie.getValue());
				}
			}
		}
		return null;
	}

	/**
	 * The language a query asks for with {@code lang}, or null: read from the raw query,
	 * never through the request's parameters, which would parse a form's body or fail on
	 * a broken query before the site can answer it.
	 */
	static SiteLanguage inLink(String query) {
		String asked = asked(query);
		return (asked != null) ? fromTag(asked) : null;
	}

	/**
	 * Whether a query asks for a language the site does not have ({@code ?lang=fr},
	 * {@code ?lang=}): a wrong parameter, not one to pass over.
	 */
	public static boolean asksForAnother(String query) {
		String asked = asked(query);
		return asked != null && fromTag(asked) == null;
	}

	/** The value of the query's first {@code lang}, as given; null where it has none. */
	private static String asked(String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")) {
				String value = pair.substring(Math.min(pair.length(), PARAMETER.length() + 1));
				try {
					return URLDecoder.decode(value, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return value;
				}
			}
		}
		return null;
	}

	/**
	 * A page's address with its query, without the {@code lang} that asked for a
	 * language.
	 */
	public static String withoutLanguage(String path, String query) {
		if (query == null) {
			return path;
		}
		String rest = Arrays.stream(query.split("&"))
			.filter((pair) -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
			.collect(Collectors.joining("&"));
		return rest.isEmpty() ? path : path + "?" + rest;
	}

	/** The first language of the header we have, in the header's order of preference. */
	public static SiteLanguage fromAcceptLanguage(String header) {
		if (header == null || header.isBlank() || header.length() > 500) {
			return ENGLISH;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return ENGLISH;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0) {
				continue;
			}
			String language = range.getRange().toLowerCase(Locale.ROOT);
			if (language.equals("zh") || language.startsWith("zh-")) {
				return CHINESE;
			}
			if (language.equals("en") || language.startsWith("en-") || language.equals("*")) {
				return ENGLISH;
			}
		}
		return ENGLISH;
	}

}
