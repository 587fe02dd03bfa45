package org.hubatlas.common;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A record the user asked for by slug or id does not exist: answered with the 404 page,
 * whose message ({@code problem.noSuch}) names what was asked for in the reader's
 * language ({@code problem.what.*}).
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

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

	@Override
	public String[] getCodes() {
		return new String[] { "problem.noSuch" };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { new DefaultMessageSourceResolvable(
				new String[] { "problem.what." + this.what.replace(' ', '-') }, this.what), this.key };
	}

	@Override
	public String getDefaultMessage() {
		return "There is no " + this.what + " called \u201c" + this.key + "\u201d.";
	}

}
