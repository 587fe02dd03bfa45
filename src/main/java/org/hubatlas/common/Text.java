package org.hubatlas.common;

/** How every form's free text is stored. */
public final class Text {

	private Text() {
	}

	/** Trimmed; an empty or blank value is no value. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
