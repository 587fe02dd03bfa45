package org.hubatlas.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.InterfaceText;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's endpoints as its controllers declare them (their mappings and the OpenAPI
 * annotations the JSON description is made from), for the guide page: what the page lists
 * cannot drift from what the API serves. The words are the annotations' in English; a
 * Chinese reader gets {@code apiGuide.*} messages where they exist.
 */
@Component
class ApiReference {

	/** The groups in the order a newcomer reads them; any other follows. */
	private static final List<String> ORDER = List.of("Hubs", "Companies", "Universities and institutes", "Incentives",
			"Indicators and rankings", "Comparison", "Search", "Sources and evidence");

	/** Within a group, lists before their records, by the address's first word. */
	private static final List<String> FIRST_WORDS = List.of("hubs", "companies", "institutions", "incentives",
			"indicators", "derived", "index", "compare", "search", "sources", "figures", "statements", "disputes");

	private final RequestMappingHandlerMapping mappings;

	ApiReference(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/**
	 * A group of endpoints, as the OpenAPI description tags them; its id anchors it on
	 * the page.
	 */
	record Group(String id, String name, String description, List<Endpoint> endpoints) {
	}

	/**
	 * One endpoint: its method and path, what it answers, its parameters and an address
	 * to try.
	 */
	record Endpoint(String method, String path, String summary, String description, List<Param> params,
			String example) {
	}

	/** A parameter: in the path or the query, whether it must be given, an example. */
	record Param(String name, boolean inPath, boolean required, String description, String example) {
	}

	/** Every documented endpoint under /api/, grouped, in the reader's language. */
	List<Group> groups() {
		Map<String, List<Endpoint>> byGroup = new LinkedHashMap<>();
		Map<String, String> groupDescriptions = new LinkedHashMap<>();
		this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparingInt((RequestMappingInfo info) -> firstWord(path(info)))
				.thenComparing(ApiReference::path)))
			.forEach((mapping) -> {
				HandlerMethod handler = mapping.getValue();
				Operation operation = handler.getMethodAnnotation(Operation.class);
				String path = path(mapping.getKey());
				if (operation == null || operation.hidden() || !path.startsWith("/api/")) {
					return;
				}
				Tag tag = handler.hasMethodAnnotation(Tag.class) ? handler.getMethodAnnotation(Tag.class)
						: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Tag.class);
				String group = (tag != null) ? tag.name() : "Other";
				if (tag != null && StringUtils.hasText(tag.description())) {
					groupDescriptions.putIfAbsent(group, tag.description());
				}
				String method = mapping.getKey()
					.getMethodsCondition()
					.getMethods()
					.stream()
					.map(Enum::name)
					.sorted()
					.findFirst()
					.orElse("GET");
				byGroup.computeIfAbsent(group, (g) -> new ArrayList<>())
					.add(endpoint(handler, operation, method, path));
			});
		return byGroup.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<Endpoint>> g) -> order(g.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map((g) -> new Group(key(g.getKey()), text("apiGuide.group." + key(g.getKey()), g.getKey()),
					textOrNull("apiGuide.group." + key(g.getKey()) + ".description", groupDescriptions.get(g.getKey())),
					g.getValue()))
			.toList();
	}

	private static int order(String group) {
		int index = ORDER.indexOf(group);
		return (index >= 0) ? index : ORDER.size();
	}

	private static int firstWord(String path) {
		String[] words = path.replaceFirst("^/api/", "").split("/");
		int index = (words.length > 0) ? FIRST_WORDS.indexOf(words[0]) : -1;
		return (index >= 0) ? index : FIRST_WORDS.size();
	}

	private static String path(RequestMappingInfo info) {
		return info.getPatternValues().stream().findFirst().orElse("");
	}

	private static Endpoint endpoint(HandlerMethod handler, Operation operation, String method, String path) {
		String op = "apiGuide.op." + handler.getMethod().getName();
		List<Param> params = new ArrayList<>();
		String example = path;
		String query = null;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			// A map of every parameter (the index's weights) is described by its
			// endpoint.
			if ((pathVariable == null && requestParam == null)
					|| Map.class.isAssignableFrom(parameter.getParameterType())) {
				continue;
			}
			String name = (pathVariable != null) ? firstText(pathVariable.name(), parameter.getParameterName())
					: firstText(requestParam.name(), parameter.getParameterName());
			Parameter doc = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), Parameter.class);
			String described = (doc != null && StringUtils.hasText(doc.description())) ? doc.description() : null;
			String sample = (doc != null && StringUtils.hasText(doc.example())) ? doc.example() : null;
			params.add(new Param(name, pathVariable != null,
					pathVariable != null || requestParam.required() || (doc != null && doc.required()),
					textOrNull(op + "." + name, textOrNull("apiGuide.param." + name, described)), sample));
			if (sample != null && pathVariable != null) {
				example = example.replace("{" + name + "}", sample);
			}
			else if (sample != null && query == null && !"page".equals(name) && !"size".equals(name)) {
				query = name + "=" + sample;
			}
		}
		return new Endpoint(method, path, text(op, operation.summary()),
				textOrNull(op + ".description",
						StringUtils.hasText(operation.description()) ? operation.description() : null),
				params, example.contains("{") ? null : (query != null) ? example + "?" + query : example);
	}

	private static String firstText(String given, String otherwise) {
		return StringUtils.hasText(given) ? given : otherwise;
	}

	/** "Universities and institutes" as a message key: "universitiesAndInstitutes". */
	private static String key(String name) {
		String[] words = name.toLowerCase().split("[^a-z0-9]+");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(StringUtils.capitalize(words[i]));
		}
		return key.toString();
	}

	private static String text(String key, String english) {
		return InterfaceText.message(key, plain(english));
	}

	private static String textOrNull(String key, String english) {
		String text = InterfaceText.message(key, (english != null) ? plain(english) : "");
		return text.isEmpty() ? null : text;
	}

	/**
	 * The OpenAPI description's Markdown code marks, which a page would show as typed.
	 */
	private static String plain(String markdown) {
		return markdown.replace("`", "");
	}

}
