package org.hubatlas.web;

import java.util.List;
import java.util.Locale;

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

	/**
	 * The language this request is answered in: the reader's choice, else their
	 * browser's.
	 */
	public static SiteLanguage of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					SiteLanguage chosen = fromTag(cookie.getValue());
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		return fromAcceptLanguage(request.getHeader("Accept-Language"));
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
