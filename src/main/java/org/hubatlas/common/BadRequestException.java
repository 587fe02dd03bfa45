package org.hubatlas.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The request is malformed (an unknown sort key, a filter value that does not exist):
 * answered with the 400 page in the reader's language, or a problem document naming the
 * parameter on the API. It carries its message as a code with arguments
 * ({@code problem.*}), and the English text for where no language applies.
 */
public class BadRequestException extends CodedException {

	private final String parameter;

	/**
	 * @param parameter the request parameter that was wrong, or null
	 * @param code the message ({@code problem.*})
	 * @param english the message's English text: like the messages, a
	 * {@link MessageFormat} pattern when there are arguments, plain text when there are
	 * none
	 * @param arguments the message's arguments
	 */
	public BadRequestException(String parameter, String code, String english, Object... arguments) {
		super(code, (arguments.length == 0) ? english : MessageFormat.format(english, inEnglish(arguments)), arguments);
		this.parameter = parameter;
	}

	/**
	 * The arguments as the English text gives them: a named thing by its default name.
	 */
	private static Object[] inEnglish(Object[] arguments) {
		return Arrays.stream(arguments)
			.map((argument) -> (argument instanceof MessageSourceResolvable named) ? named.getDefaultMessage()
					: argument)
			.toArray();
	}

	/** The parameter must be one of the values allowed. */
	public static BadRequestException oneOf(String parameter, List<String> allowed) {
		return new BadRequestException(parameter, "problem.oneOf", "The parameter ''{0}'' must be one of: {1}.",
				parameter, String.join(", ", allowed));
	}

	/** The parameter must be one of two values. */
	public static BadRequestException eitherOr(String parameter, String one, String other) {
		return new BadRequestException(parameter, "problem.eitherOr",
				"The parameter ''{0}'' must be ''{1}'' or ''{2}''.", parameter, one, other);
	}

	/** The parameter must be a page number. */
	public static BadRequestException pageNumber(String parameter) {
		return new BadRequestException(parameter, "problem.pageNumber",
				"The parameter ''{0}'' must be a page number, 1 or more.", parameter);
	}

	/**
	 * A request parameter that could not be read as its type, said as the parameter's
	 * rule: the values an enum takes, a page number, a number.
	 */
	@SuppressWarnings("unchecked")
	public static BadRequestException mismatch(String parameter, Class<?> type, Object value) {
		if (type != null && type.isEnum()) {
			return new BadRequestException(parameter, "problem.oneOf", "The parameter ''{0}'' must be one of: {1}.",
					parameter, Labelled.params((Class<? extends Enum<?>>) type));
		}
		if (PageNumber.class.equals(type)) {
			return pageNumber(parameter);
		}
		if (PageSize.class.equals(type)) {
			return new BadRequestException(parameter, "problem.wholeNumberFromTo",
					"The parameter ''{0}'' must be a whole number from {1} to {2}.", parameter, "1",
					String.valueOf(PageSize.MAX));
		}
		if (Boolean.class.equals(type) || boolean.class.equals(type)) {
			return eitherOr(parameter, "true", "false");
		}
		String shown = String.valueOf(value);
		// The parameter as readers name it ("record number" for an id), where the
		// messages name it.
		return new BadRequestException(parameter, "problem.notNumber",
				"\u201c{0}\u201d is not a valid {1}: it must be a number.",
				(shown.length() > 60) ? shown.substring(0, 60) + "\u2026" : shown,
				new DefaultMessageSourceResolvable(new String[] { "problem.param." + parameter }, parameter));
	}

	/** The request parameter that was wrong, when one was. */
	public String getParameter() {
		return this.parameter;
	}

}
