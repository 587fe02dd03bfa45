package org.hubatlas.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;

/**
 * A page of a list whose rows carry collections (a company's sectors, an incentive's
 * hubs): the page is cut in the database over ids alone, then those rows are loaded with
 * what they carry, in the ids' order. Two queries and a count, however long the list.
 */
public final class PageOfIds {

	private PageOfIds() {
	}

	public static <T> Page<T> load(Page<Long> ids, Function<Collection<Long>, List<T>> rows, Function<T, Long> idOf) {
		return new PageImpl<>(load(ids.getContent(), rows, idOf), ids.getPageable(), ids.getTotalElements());
	}

	/** The rows with these ids, loaded with what they carry, in the ids' order. */
	public static <T> List<T> load(List<Long> ids, Function<Collection<Long>, List<T>> rows, Function<T, Long> idOf) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, T> byId = new HashMap<>();
		rows.apply(ids).forEach((row) -> byId.put(idOf.apply(row), row));
		return ids.stream().map(byId::get).toList();
	}

}
