package org.hubatlas.common;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * One page (from 1) of a list already in memory, for lists that must be whole before they
 * can be ordered (the directory sorted by a figure, the map's dots, the indicator
 * catalogue).
 */
public final class PageOfList {

	private PageOfList() {
	}

	/** The page; empty when it lies beyond the last. */
	public static <T> Page<T> of(List<T> all, int number, int size) {
		int from = (int) Math.min(all.size(), (long) (number - 1) * size);
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + size)), PageRequest.of(number - 1, size),
				all.size());
	}

	/** The page; 404 when it lies beyond the last (a list with no items has one page). */
	public static <T> Page<T> existing(List<T> all, int number, int size) {
		Page<T> page = of(all, number, size);
		if (number > Math.max(1, page.getTotalPages())) {
			throw NotFoundException.page(number);
		}
		return page;
	}

}
