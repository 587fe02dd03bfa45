package org.hubatlas.common;

/** An enum with a human label, shown on pages instead of its constant name. */
public interface Labelled {

	String label();

	/**
	 * Parses a request parameter into an enum constant: its URL form or its name, in any
	 * case; null when blank. Throws {@link IllegalArgumentException} for anything else.
	 */
	static <E extends Enum<E>> E parse(Class<E> type, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(raw.trim())
					|| constant.name().replace('_', '-').equalsIgnoreCase(raw.trim())) {
				return constant;
			}
		}
		throw new IllegalArgumentException("no " + type.getSimpleName() + " called " + raw);
	}

	/** The URL forms a parameter of this enum takes, for messages. */
	static String params(Class<? extends Enum<?>> type) {
		StringBuilder allowed = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			allowed.append(allowed.isEmpty() ? "" : ", ").append(param(constant));
		}
		return allowed.toString();
	}

	/** The URL form of an enum constant, as {@link #parse} accepts it. */
	static String param(Enum<?> constant) {
		return constant.name().toLowerCase().replace('_', '-');
	}

	/** This constant's URL form, for links and filter forms. */
	default String param() {
		return param((Enum<?>) this);
	}

}
