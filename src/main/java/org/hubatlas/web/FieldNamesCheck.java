package org.hubatlas.web;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.BadRequestException;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * No page of ours sends indexed field names ("cityIds[3]"); a request that does was not
 * made by our pages. It is refused as a whole with a 400 page before any binding, rather
 * than bound in part or failing inside the binder ("cityIds[abc]", "slug[1000000]").
 */
@Configuration(proxyBeanMethods = false)
class FieldNamesCheck implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (String name : Collections.list(request.getParameterNames())) {
			if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
				throw new BadRequestException(null, "problem.unknownField",
						"The form sent a field this page does not have (\u201c{0}\u201d). Nothing was saved; reload "
								+ "the page and try again.",
						(name.length() > 60) ? name.substring(0, 60) + "\u2026" : name);
			}
		}
		return true;
	}

}
