package org.hubatlas.web;

import org.hubatlas.common.Labelled;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageSize;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters arrive as the types they stand for: an enum by its URL form
 * ({@code ?level=sub-provincial-city}) or its name, a page by {@link PageNumber}, an API
 * page's size by {@link PageSize}. A value that is none is a type mismatch, which the
 * error pages and the API answer with one message naming the parameter and what it takes
 * ({@code BadRequestException.mismatch}).
 */
@Configuration(proxyBeanMethods = false)
class TypedParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new EnumsByUrlForm());
		registry.addConverter(String.class, PageNumber.class, PageNumber::parse);
		registry.addConverter(String.class, PageSize.class, PageSize::parse);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class EnumsByUrlForm implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return (text) -> (T) Labelled.parse(type, text);
		}

	}

}
