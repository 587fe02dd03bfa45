package org.hubatlas.common;

import org.springframework.data.domain.Page;

/**
 * A page of a list asked for in the address ({@code ?page=3}): a whole number from 1 up.
 * Bound from request parameters by {@code web/TypedParameters}; a value that is none is
 * answered with a 400 naming the parameter.
 */
public record PageNumber(int value) {

	/** The highest page anyone is sent to; larger numbers are mistakes. */
	public static final int MAX = 1_000_000;

	public PageNumber {
		if (value < 1 || value > MAX) {
			throw new IllegalArgumentException("not a page number: " + value);
		}
	}

	/** The number in the address, or the first page when there is none. */
	public static int of(PageNumber page) {
		return (page != null) ? page.value() : 1;
	}

	/**
	 * The page a query returned; 404 when it lies beyond the last (a list with no items
	 * has one page), as an address of a page that does not exist.
	 */
	public static <T> Page<T> existing(Page<T> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw NotFoundException.page(page.getNumber() + 1);
		}
		return page;
	}

	/** Reads a parameter's text; blank is no page (the first). */
	public static PageNumber parse(String text) {
		Integer number = wholeNumber(text);
		return (number != null) ? new PageNumber(number) : null;
	}

	/** A parameter's text as a whole number; null when blank. */
	static Integer wholeNumber(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a whole number: " + text, ex);
		}
	}

}
