package org.hubatlas.common;

/**
 * A text a record holds in English and Chinese, in the reader's language: where the
 * reader's is missing the other shows, with its language named so that templates mark it
 * ({@code th:lang="${t.lang}"}) for screen readers and for the checks of the Chinese
 * pages.
 *
 * @param text the text shown
 * @param lang the language of the text when it is not the reader's, else null
 */
public record ReaderText(String text, String lang) {

	/** The text in the reader's language, or null when neither is given. */
	public static ReaderText of(String english, String chinese) {
		boolean hasEnglish = english != null && !english.isBlank();
		boolean hasChinese = chinese != null && !chinese.isBlank();
		if (InterfaceText.chinese()) {
			return hasChinese ? new ReaderText(chinese, null) : hasEnglish ? new ReaderText(english, "en") : null;
		}
		return hasEnglish ? new ReaderText(english, null) : hasChinese ? new ReaderText(chinese, "zh-Hans") : null;
	}

	/** The text, or null for none (a spreadsheet's cell). */
	public static String textOf(ReaderText shown) {
		return (shown != null) ? shown.text() : null;
	}

	/** Whether the text is not in the reader's language. */
	public boolean fallback() {
		return this.lang != null;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
