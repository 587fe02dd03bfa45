package org.hubatlas.common;

/**
 * A record the user asked for by slug or id does not exist: answered with the 404 page.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String key;

	public NotFoundException(String what, String key) {
		super("No " + what + " '" + key + "'");
		this.what = what;
		this.key = key;
	}

	public String getWhat() {
		return this.what;
	}

	public String getKey() {
		return this.key;
	}

}
