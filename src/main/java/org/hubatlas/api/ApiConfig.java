package org.hubatlas.api;

import java.time.Clock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open data API's filter (rate limit, CORS, problem errors) and its OpenAPI
 * description.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

	/**
	 * Before the page cache (which runs before the security chain): kept answers count
	 * too.
	 */
	@Bean
	FilterRegistrationBean<OpenDataFilter> openDataFilter(
			@Value("${hubatlas.api.requests-per-minute:300}") int requestsPerMinute) {
		FilterRegistrationBean<OpenDataFilter> registration = new FilterRegistrationBean<>(
				new OpenDataFilter(new RateLimit(requestsPerMinute, Clock.systemUTC())));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		registration.addUrlPatterns("/api/*", "/v3/api-docs", "/v3/api-docs/*");
		return registration;
	}

	/**
	 * The document's server is the configured site address, or this server ("/"): never
	 * one taken from the request's Host header.
	 */
	@Bean
	OpenAPI openDataDescription(@Value("${hubatlas.site-url:}") String siteUrl) {
		return new OpenAPI()
			.info(new Info().title("Hub Atlas open data API")
				.version("1")
				.description("""
						Read-only JSON about China's AI hubs: hubs with their companies, universities and institutes, \
						incentives, figures, statements and disputes; sources; indicators with their rankings; \
						comparisons; search. Every figure and statement carries its source (publisher, date, \
						address), the quote it rests on, when it holds and whether a correction is attached.

						Lists are paged with `page` (from 1) and `size` (1 to 100, 20 by default); the `Link` header \
						and the `links` field name the first, previous, next and last pages. Answers carry an `ETag`: \
						send it back in `If-None-Match` and an unchanged answer costs a 304. Errors are RFC 9457 \
						problem documents (`application/problem+json`); a wrong parameter is named in `parameter`. \
						Each address may make a limited number of requests a minute (`RateLimit-Limit`); beyond it \
						the answer is 429 with `Retry-After`. CORS is open for reading. Field names are stable: \
						fields may be added, never renamed.

						Languages: records carry their English and their Chinese side by side (`name` and `nameZh`, \
						`summary` and `summaryZh`, `unit` and `unitZh`, …). What the API words itself (group titles, \
						reasons, labels, errors) is in English unless `lang=zh-Hans` or an `Accept-Language` asking \
						for Chinese says otherwise; `Content-Language` names the language of each answer. The site's \
						language choice does not carry over to the API.""")
				.license(new License().name("Data: quotes and figures from the cited sources; see each source"))
				.contact(new Contact().name("Hub Atlas").url(siteUrl.isBlank() ? null : siteUrl)))
			.addServersItem(new Server().url(siteUrl.isBlank() ? "/" : siteUrl.replaceAll("/+$", "")));
	}

}
