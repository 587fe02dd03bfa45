package org.hubatlas.common;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a paged public list stands and the links to its neighbours, with the list's
 * filters kept in them: what the pager under a list shows.
 */
public record PageLinks(int number, int totalPages, long total, long first, long last, String previous, String next) {

	/**
	 * @param address the list's address with its filters; the page number is added to it
	 */
	public static PageLinks of(Page<?> page, UriComponentsBuilder address) {
		int number = page.getNumber() + 1;
		long first = (long) page.getNumber() * page.getSize() + 1;
		long last = first + page.getNumberOfElements() - 1;
		String previous = (number > 1)
				? address.cloneBuilder().replaceQueryParam("page", number - 1).build().toUriString() : null;
		String next = (number < page.getTotalPages())
				? address.cloneBuilder().replaceQueryParam("page", number + 1).build().toUriString() : null;
		return new PageLinks(number, page.getTotalPages(), page.getTotalElements(), first, last, previous, next);
	}

}
