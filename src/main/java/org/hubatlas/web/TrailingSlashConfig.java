package org.hubatlas.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * An address typed with a slash at its end ("/cities/") is the page without it: a
 * permanent redirect (308, which keeps a form's method), where Spring MVC alone would
 * answer 404. After the security chain, so the redirect carries its headers.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashConfig {

	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirect() {
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/**").redirect(HttpStatus.PERMANENT_REDIRECT).build());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
