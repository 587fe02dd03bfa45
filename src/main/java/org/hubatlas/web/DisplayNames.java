package org.hubatlas.web;

import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;

import org.springframework.stereotype.Component;

/**
 * Hub names and bilingual texts in the reader's language, for templates
 * ({@code @names.of(c)}): "对比北京和上海" rather than "对比Beijing和Shanghai". Headings keep both
 * names.
 */
@Component("names")
public class DisplayNames {

	public String of(City city) {
		return (city != null) ? InterfaceText.name(city.getName(), city.getNameZh()) : null;
	}

	/**
	 * A text a record holds in both languages, in the reader's: where the reader's
	 * language is missing the other shows, with its language named ({@code th:lang}) so
	 * that screen readers and the Chinese-page checks know it for a fallback.
	 */
	public InReaderLanguage text(String english, String chinese) {
		boolean hasEnglish = english != null && !english.isBlank();
		boolean hasChinese = chinese != null && !chinese.isBlank();
		if (InterfaceText.chinese()) {
			return hasChinese ? new InReaderLanguage(chinese, null)
					: hasEnglish ? new InReaderLanguage(english, "en") : null;
		}
		return hasEnglish ? new InReaderLanguage(english, null)
				: hasChinese ? new InReaderLanguage(chinese, "zh-Hans") : null;
	}

	/** A text and, when it is not in the reader's language, the language it is in. */
	public record InReaderLanguage(String text, String lang) {
	}

}
