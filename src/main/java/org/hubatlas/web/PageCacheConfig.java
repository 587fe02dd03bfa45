package org.hubatlas.web;

import org.hubatlas.common.DataVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The page cache runs before the security chain, so that a kept page costs neither
 * sessions nor CSRF handling; static files are kept before every filter that could cost
 * something.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

	@Bean
	FilterRegistrationBean<PageCache> pageCache(DataVersion dataVersion,
			@Value("${hubatlas.page-cache.enabled:true}") boolean enabled,
			@Value("${hubatlas.page-cache.max-pages:5000}") int maxPages,
			@Value("${hubatlas.page-cache.max-megabytes:32}") int maxMegabytes) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(dataVersion, maxPages, maxMegabytes * 1024L * 1024L));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.addUrlPatterns("/*");
		// Switched on or off when the application runs (not by a condition on the bean,
		// which the ahead-of-time processed jar settles at build time).
		registration.setEnabled(enabled);
		return registration;
	}

	/**
	 * Content-versioned static files, from memory, before every other filter but the
	 * request's character encoding: before Spring Session's, so a stylesheet never
	 * touches the session store, and before the security chain, whose headers the kept
	 * answer carries.
	 */
	@Bean
	FilterRegistrationBean<StaticFileCache> staticFileCache() {
		FilterRegistrationBean<StaticFileCache> registration = new FilterRegistrationBean<>(new StaticFileCache());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/css/*", "/js/*", "/images/*");
		return registration;
	}

}
