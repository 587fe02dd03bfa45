package org.hubatlas.api;

import org.hubatlas.common.BadRequestException;

/**
 * Which page of a list the client asked for: pages count from 1, and a page holds at most
 * {@link #MAX_SIZE} items so no request can ask for the whole database at once.
 */
public record PageParams(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static PageParams parse(String page, String size) {
		return new PageParams(number(page, "page", 1, 1_000_000, 1), number(size, "size", 1, MAX_SIZE, DEFAULT_SIZE));
	}

	private static int number(String raw, String parameter, int min, int max, int otherwise) {
		if (raw == null || raw.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(raw.trim());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadRequestException(parameter, "problem.wholeNumberFromTo",
				"The parameter ''{0}'' must be a whole number from {1} to {2}.", parameter, String.valueOf(min),
				String.valueOf(max));
	}

}
