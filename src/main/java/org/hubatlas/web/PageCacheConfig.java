package org.hubatlas.web;

import org.hubatlas.common.DataVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache runs before the security chain, so that a kept page costs neither
 * sessions nor CSRF handling.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hubatlas.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfig {

	@Bean
	FilterRegistrationBean<PageCache> pageCache(DataVersion dataVersion,
			@Value("${hubatlas.page-cache.max-pages:5000}") int maxPages,
			@Value("${hubatlas.page-cache.max-megabytes:32}") int maxMegabytes) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(dataVersion, maxPages, maxMegabytes * 1024L * 1024L));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
