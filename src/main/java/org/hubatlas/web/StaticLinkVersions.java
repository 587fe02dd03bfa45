package org.hubatlas.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives links to stylesheets, scripts and images their content-versioned address
 * ({@code /css/site-3f2a….css}), in place of Spring's {@link ResourceUrlEncodingFilter}
 * (Boot backs off when this bean exists). Spring's filter asks the resource chain about
 * every link a page prints; with static files served from "/**" that is a class-path
 * lookup for each link to a hub or a company, about 1 ms of CPU each (30 ms for a search
 * page). Here only the static folders are asked.
 */
@Component
class StaticLinkVersions extends ResourceUrlEncodingFilter {

	private static final List<String> STATIC = List.of("/css/", "/js/", "/images/");

	private final ObjectProvider<ResourceUrlProvider> urls;

	StaticLinkVersions(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(response instanceof HttpServletResponse http)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(http) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(versioned(url));
			}
		});
	}

	private String versioned(String url) {
		if (url == null || STATIC.stream().noneMatch(url::startsWith) || url.indexOf('?') >= 0
				|| url.indexOf('#') >= 0) {
			return url;
		}
		ResourceUrlProvider provider = this.urls.getIfAvailable();
		String found = (provider != null) ? provider.getForLookupPath(url) : null;
		return (found != null) ? found : url;
	}

}
