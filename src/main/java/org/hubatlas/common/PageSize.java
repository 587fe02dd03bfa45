package org.hubatlas.common;

/**
 * How many items a page of an API list holds ({@code ?size=50}): 1 to {@link #MAX}, so no
 * request can ask for the whole database at once. Bound from request parameters by
 * {@code web/TypedParameters}; a value that is none is answered with a 400 naming the
 * parameter and the range.
 */
public record PageSize(int value) {

	public static final int DEFAULT = 20;

	public static final int MAX = 100;

	public PageSize {
		if (value < 1 || value > MAX) {
			throw new IllegalArgumentException("not a page size: " + value);
		}
	}

	/** The size in the address, or the default when there is none. */
	public static int of(PageSize size) {
		return (size != null) ? size.value() : DEFAULT;
	}

	/** Reads a parameter's text; blank is no size (the default). */
	public static PageSize parse(String text) {
		Integer number = PageNumber.wholeNumber(text);
		return (number != null) ? new PageSize(number) : null;
	}

}
