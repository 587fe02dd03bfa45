package org.hubatlas.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The key that puts names in the order a Chinese list has them: by pinyin (北京 before 杭州
 * before 上海), Latin names first. Stored beside a record's name, so that the database
 * sorts and pages a list in that order; compared as text, it orders as the collator does.
 */
public final class ChineseOrder {

	/**
	 * What the column holds at most; a longer key keeps its first part, still in order.
	 */
	private static final int MAX_LENGTH = 1000;

	private ChineseOrder() {
	}

	/**
	 * Records in the order of the names the reader sees: for a reader of Chinese the
	 * Chinese name (else the English) by pinyin, for one of English the English name,
	 * whatever its case. For a list held in memory; a paged list sorts on the stored key.
	 */
	public static <T> Comparator<T> byShownName(Function<T, String> name, Function<T, String> nameZh) {
		if (!InterfaceText.chinese()) {
			return Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER);
		}
		Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		return Comparator.comparing((T record) -> InterfaceText.name(name.apply(record), nameZh.apply(record)),
				collator);
	}

	/** The key of the name a Chinese reader sees: the Chinese name, else the English. */
	public static String key(String name, String nameZh) {
		String shown = (nameZh != null && !nameZh.isBlank()) ? nameZh : name;
		if (shown == null) {
			return null;
		}
		// A collator is not safe across threads: getInstance hands each call its own.
		Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		String key = HexFormat.of().formatHex(collator.getCollationKey(shown).toByteArray());
		return (key.length() > MAX_LENGTH) ? key.substring(0, MAX_LENGTH) : key;
	}

}
