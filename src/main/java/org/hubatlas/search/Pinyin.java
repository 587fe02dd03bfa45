package org.hubatlas.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin without tones for a Chinese name, so that "neimenggu" finds 内蒙古 (Inner Mongolia)
 * although the English name says otherwise. The name is read whole with each character's
 * first reading ("neimenggu") and syllable by syllable with every reading, so a character
 * read two ways (重: zhong, chong) is found either way.
 */
final class Pinyin {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private Pinyin() {
	}

	/** "neimenggu nei meng gu", or null when the name has no Chinese to read. */
	static String of(String chinese) {
		if (chinese == null || chinese.isBlank()) {
			return null;
		}
		StringBuilder joined = new StringBuilder();
		StringBuilder spaced = new StringBuilder();
		for (char c : chinese.toCharArray()) {
			if (Character.isWhitespace(c)) {
				continue;
			}
			String[] readings;
			try {
				readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			}
			catch (BadHanyuPinyinOutputFormatCombination ex) {
				throw new IllegalStateException(ex);
			}
			if (readings == null || readings.length == 0) {
				return null;
			}
			joined.append(readings[0]);
			java.util.Arrays.stream(readings)
				.distinct()
				.forEach((reading) -> spaced.append(spaced.isEmpty() ? "" : " ").append(reading));
		}
		return joined.isEmpty() ? null : joined + " " + spaced;
	}

	/**
	 * As {@link #of}, and each two syllables that follow each other joined, as a
	 * two-character word of a name is written: "xunfei" finds 科大讯飞 (iFlytek).
	 */
	static String forms(String chinese) {
		String read = of(chinese);
		if (read == null) {
			return null;
		}
		StringBuilder forms = new StringBuilder(read);
		String previous = null;
		for (char c : chinese.toCharArray()) {
			String reading = first(c);
			if (reading == null) {
				previous = null;
				continue;
			}
			if (previous != null) {
				forms.append(' ').append(previous).append(reading);
			}
			previous = reading;
		}
		return forms.toString();
	}

	/** A character's first reading; null for anything that is not Chinese. */
	private static String first(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return (readings == null || readings.length == 0) ? null : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

}
