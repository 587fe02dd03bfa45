package org.hubatlas.web;

import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * English or Simplified Chinese for every page: the language is resolved the same way by
 * Spring (messages, formatting) and by the page cache (one kept page per language).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfig {

	/** A year: the choice outlives the session. */
	static final long COOKIE_SECONDS = 365L * 24 * 3600;

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return SiteLanguage.of(request).locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				SiteLanguage language = SiteLanguage.fromTag((locale != null) ? locale.toLanguageTag() : null);
				response.addHeader(HttpHeaders.SET_COOKIE, cookie(language, request.isSecure()).toString());
			}

		};
	}

	static ResponseCookie cookie(SiteLanguage language, boolean secure) {
		return ResponseCookie.from(SiteLanguage.COOKIE, (language != null) ? language.tag() : "")
			.path("/")
			.maxAge((language != null) ? COOKIE_SECONDS : 0)
			.sameSite("Lax")
			.httpOnly(true)
			.secure(secure)
			.build();
	}

	/**
	 * Says in which language each answer is, and that it varies with the cookie and the
	 * browser's languages, so that no shared cache hands one reader's language to
	 * another.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> contentLanguage() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, java.io.IOException {
				SiteLanguage language = SiteLanguage.of(request);
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
				response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
				// A page opened by a link in a language keeps it for the next pages, as
				// the language switch does (the API answers each request as asked, and
				// keeps nothing; a page sent again with its input, by a form, too). Only
				// when it changes the reader's choice: a page
				// answered with a cookie is not kept in the page cache.
				if (SiteLanguage.inLink(request.getQueryString()) != null
						&& ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
						&& !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/")
						&& SiteLanguage.chosen(request) != language) {
					response.addHeader(HttpHeaders.SET_COOKIE, cookie(language, request.isSecure()).toString());
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
