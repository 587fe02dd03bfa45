package org.hubatlas.common;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Interface text that code names (an enum's label) in the reader's language: the message
 * {@code enum.<Type>.<CONSTANT>}, else the English label the code carries. The messages
 * are set once at start-up, so enums, which Spring cannot inject, can read them.
 */
@Component
public final class InterfaceText {

	private static volatile MessageSource messages;

	InterfaceText(MessageSource messageSource) {
		messages = messageSource;
	}

	/** The constant's label in the language of the request being answered. */
	public static String label(Enum<?> constant, String english) {
		MessageSource source = messages;
		if (source == null) {
			return english;
		}
		return source.getMessage(key(constant), null, english, LocaleContextHolder.getLocale());
	}

	/** A message in the reader's language; the English given when the key is missing. */
	public static String message(String key, String english, Object... args) {
		// Like Spring's messages: only a text with arguments is a MessageFormat pattern.
		String fallback = (args.length == 0) ? english : java.text.MessageFormat.format(english, args);
		MessageSource source = messages;
		if (source == null) {
			return fallback;
		}
		return source.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

	/**
	 * A message that code carries as a code with arguments (an exception), in the
	 * reader's language; its default text where the code is missing.
	 */
	public static String message(MessageSourceResolvable resolvable) {
		MessageSource source = messages;
		return (source != null) ? source.getMessage(resolvable, LocaleContextHolder.getLocale())
				: resolvable.getDefaultMessage();
	}

	/**
	 * Text made in a given language whatever the request's (what a data pack stores in
	 * English, when an admin reading Chinese uploads it).
	 */
	public static <T> T in(java.util.Locale locale, java.util.function.Supplier<T> text) {
		org.springframework.context.i18n.LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return text.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

	/** Whether the reader reads the interface in Chinese. */
	public static boolean chinese() {
		return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/**
	 * A name in the reader's language where the data has it: the Chinese name for readers
	 * of Chinese, else the name as the sources write it.
	 */
	public static String name(String name, String nameZh) {
		return (chinese() && nameZh != null && !nameZh.isBlank()) ? nameZh : name;
	}

	/** "A, B and C" (or "A、B和C"): a list of names in running text. */
	public static String list(java.util.List<String> names) {
		if (names.size() <= 1) {
			return names.isEmpty() ? "" : names.get(0);
		}
		String head = String.join(message("list.separator", ", "), names.subList(0, names.size() - 1));
		return message("list.and", "{0} and {1}", head, names.get(names.size() - 1));
	}

	/** A constant's label in a given language (for text built outside a request). */
	public static String labelIn(Enum<?> constant, String english, java.util.Locale locale) {
		MessageSource source = messages;
		return (source != null) ? source.getMessage(key(constant), null, english, locale) : english;
	}

	/** A constant's labels in every language of the interface, for the search index. */
	public static String labelsInEveryLanguage(Enum<?> constant, String english) {
		MessageSource source = messages;
		if (source == null) {
			return english;
		}
		return english + " "
				+ source.getMessage(key(constant), null, english, java.util.Locale.forLanguageTag("zh-Hans"));
	}

	/**
	 * A word the data holds in English from a short, known list (a hub's province, a
	 * company's sector) in the reader's language: the message {@code <list>.<word>}
	 * ("sector.legal-services"), else the word as stored.
	 */
	public static String term(String list, String english) {
		return termIn(list, english, LocaleContextHolder.getLocale());
	}

	/** A term in a given language (for text built outside a request). */
	public static String termIn(String list, String english, java.util.Locale locale) {
		MessageSource source = messages;
		if (source == null || english == null || english.isBlank()) {
			return english;
		}
		String word = english.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return source.getMessage(list + "." + word, null, english, locale);
	}

	/** The message key of a constant's label. */
	public static String key(Enum<?> constant) {
		return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
	}

}
