package org.hubatlas.common;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * An admin list's search, page and sort, read from request parameters (the page already
 * bound as a {@link PageNumber}). A search too long or an unknown sort key answers 400
 * with the reason.
 */
public record ListQuery(String q, int page, String sort, String dir) {

	public static final int PAGE_SIZE = 20;

	/**
	 * @param sortable the sort keys the list offers, mapped to entity properties; the
	 * first is the default
	 */
	public static ListQuery parse(String q, PageNumber page, String sort, String dir, Map<String, String> sortable) {
		String search = (q == null) ? "" : q.trim();
		if (search.length() > 100) {
			throw new BadRequestException("q", "problem.text21",
					"The search text is too long: at most 100 characters.");
		}
		String key = (sort == null || sort.isBlank()) ? sortable.keySet().iterator().next() : sort.trim();
		if (!sortable.containsKey(key)) {
			throw BadRequestException.oneOf("sort", List.copyOf(sortable.keySet()));
		}
		String direction = (dir == null || dir.isBlank()) ? "asc" : dir.trim().toLowerCase();
		if (!direction.equals("asc") && !direction.equals("desc")) {
			throw BadRequestException.eitherOr("dir", "asc", "desc");
		}
		return new ListQuery(search, PageNumber.of(page), key, direction);
	}

	/**
	 * Sort keys in the order given, the first being the default: ("name", "name",
	 * "updated", "updatedAt"). A property of the form "name|sortKeyZh" is the first for a
	 * reader in English, the second for one in Chinese (see {@link ChineseOrder}).
	 */
	public static Map<String, String> sorts(String... keysAndProperties) {
		Map<String, String> sorts = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndProperties.length; i += 2) {
			sorts.put(keysAndProperties[i], keysAndProperties[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(sorts);
	}

	public Pageable pageable(Map<String, String> sortable) {
		// Names sort as readers expect ("AgiBot" before "AISpeech"): text is compared
		// ignoring case, other values as they are.
		String[] properties = sortable.get(this.sort).split("\\|");
		String property = (properties.length > 1 && InterfaceText.chinese()) ? properties[1] : properties[0];
		Sort.Order order = new Sort.Order(this.dir.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, property)
			.ignoreCase();
		return PageRequest.of(this.page - 1, PAGE_SIZE, Sort.by(order).and(Sort.by("id")));
	}

	/**
	 * The search as a LIKE pattern, lower-cased, with the wildcard characters of the
	 * input escaped.
	 */
	public String like() {
		String escaped = this.q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
