package org.hubatlas.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * How all user text is taken in, from forms and from data packs alike, before it is
 * validated: one normalisation, so that what is checked is what is stored.
 */
public final class Text {

	private Text() {
	}

	/**
	 * Unicode NFC; line breaks as {@code \n} and tabs as spaces; no other control
	 * characters, no bidirectional embedding, override or isolate characters, no
	 * byte-order marks, unpaired surrogates or non-characters; trimmed. Null stays null.
	 */
	public static String normalize(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(value.length());
		for (int i = 0; i < value.length();) {
			int cp = value.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == '\r') {
				if (i < value.length() && value.charAt(i) == '\n') {
					continue;
				}
				kept.append('\n');
			}
			else if (cp == '\n') {
				kept.append('\n');
			}
			else if (cp == '\t') {
				kept.append(' ');
			}
			else if (!isRemoved(cp)) {
				kept.appendCodePoint(cp);
			}
		}
		return stripped(Normalizer.normalize(kept, Normalizer.Form.NFC));
	}

	/**
	 * Without the spaces and invisible characters around it: a value made only of
	 * no-break or zero-width spaces is blank, as one of plain spaces is, not a name no
	 * one can see.
	 */
	private static String stripped(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && blankOrInvisible(value.codePointAt(start))) {
			start += Character.charCount(value.codePointAt(start));
		}
		while (end > start && blankOrInvisible(value.codePointBefore(end))) {
			end -= Character.charCount(value.codePointBefore(end));
		}
		return value.substring(start, end);
	}

	private static boolean blankOrInvisible(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x200C || cp == 0x200D
				|| cp == 0x2060 || cp == 0xFEFF;
	}

	/**
	 * The first character of the value that cannot be seen or typed (a control, direction
	 * or zero-width character, tabs and line breaks included), as "U+0000 (NULL)"; null
	 * when there is none.
	 */
	public static String hiddenCharacter(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length();) {
			int cp = value.codePointAt(i);
			i += Character.charCount(cp);
			if (isRemoved(cp) || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) {
				String name = Character.getName(cp);
				return String.format("U+%04X", cp) + ((name != null) ? " (" + name + ")" : "");
			}
		}
		return null;
	}

	/**
	 * An identifier as typed: surrounding spaces dropped, nothing else changed (hidden
	 * characters are refused by {@link TypedAsShown}, not removed); blank is no value.
	 */
	public static String identifier(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The slug a name gives ("Xi'an Jiaotong-Liverpool University" to
	 * "xi-an-jiaotong-liverpool-university"): its letters and digits without accents,
	 * lower-case (ß as ss, ł as l, …), each run of anything else one hyphen, at most 80
	 * characters; null when the name has no letter a to z (a name only in Chinese).
	 */
	public static String slugOf(String name) {
		if (name == null) {
			return null;
		}
		String latin = name.replace("ß", "ss")
			.replaceAll("[łŁ]", "l")
			.replaceAll("[øØ]", "o")
			.replaceAll("[æÆ]", "ae")
			.replaceAll("[œŒ]", "oe")
			.replaceAll("[đĐ]", "d")
			.replaceAll("[þÞ]", "th")
			.replace("ı", "i");
		String plain = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (plain.length() > 80) {
			plain = plain.substring(0, 80).replaceAll("-[^-]*$|-$", "");
		}
		// Digits alone ("2024" of a Chinese title) name nothing.
		return plain.matches(".*[a-z].*") ? plain : null;
	}

	/** Normalised; an empty or blank value is no value. */
	public static String blankToNull(String value) {
		String normalized = normalize(value);
		return (normalized == null || normalized.isEmpty()) ? null : normalized;
	}

	/**
	 * The text at most {@code max} characters long: cut at the last space where one
	 * stands in its second half (else anywhere, as Chinese has none), never inside a
	 * character, with an ellipsis.
	 */
	public static String shortened(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		String cut = text.substring(0, max - 1);
		if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
			cut = cut.substring(0, cut.length() - 1);
		}
		int space = cut.lastIndexOf(' ');
		if (space > max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.replaceAll("[\\s,;:\u3001\uff0c\u2013-]+$", "") + "\u2026";
	}

	/** How many bytes the text takes in UTF-8, which is what password hashing counts. */
	public static int utf8Bytes(String value) {
		return (value != null) ? value.getBytes(StandardCharsets.UTF_8).length : 0;
	}

	private static boolean isRemoved(int cp) {
		int type = Character.getType(cp);
		return type == Character.CONTROL || type == Character.SURROGATE || isNonCharacter(cp) || isBidiControl(cp)
				|| cp == 0xFEFF;
	}

	private static boolean isBidiControl(int cp) {
		return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
				|| (cp >= 0x2066 && cp <= 0x2069);
	}

	private static boolean isNonCharacter(int cp) {
		return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
	}

}
