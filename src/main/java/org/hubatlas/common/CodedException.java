package org.hubatlas.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A mistake the reader made that carries its message as a code with arguments from where
 * it is raised, so that the error page and the API say it in the reader's language; its
 * English text is the default.
 */
public abstract class CodedException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	protected CodedException(String code, String english, Object... arguments) {
		super(english);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

}
