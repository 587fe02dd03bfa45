package org.hubatlas.common;

/**
 * The request is malformed (an unknown sort key, a filter value that does not exist):
 * answered with the 400 page.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
