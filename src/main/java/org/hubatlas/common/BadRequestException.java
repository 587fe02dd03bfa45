package org.hubatlas.common;

/**
 * The request is malformed (an unknown sort key, a filter value that does not exist):
 * answered with the 400 page, or a problem document naming the parameter on the API.
 */
public class BadRequestException extends RuntimeException {

	private final String parameter;

	public BadRequestException(String message) {
		this(message, null);
	}

	public BadRequestException(String message, String parameter) {
		super(message);
		this.parameter = parameter;
	}

	/** The request parameter that was wrong, when one was. */
	public String getParameter() {
		return this.parameter;
	}

}
