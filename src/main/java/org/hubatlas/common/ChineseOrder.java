package org.hubatlas.common;

import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The order of a Chinese list: by the pinyin of the names (北京 before 杭州 before 上海), names
 * in Latin letters after them. Kept as a key beside a record's name, so that the database
 * sorts and pages a list in that order; compared as text, keys order as the collator
 * does.
 */
public final class ChineseOrder {

	/**
	 * What the column holds at most; a longer key keeps its first part, still in order.
	 */
	private static final int MAX_LENGTH = 1000;

	/**
	 * ICU's Chinese collation (CLDR pinyin); frozen, so safe to share between threads.
	 */
	private static final Collator COLLATOR = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();

	/**
	 * Beginnings of names a collator reads by a character's usual sound, not the name's,
	 * each read as characters of the name's sound: 长 starts names as cháng (长沙, 长春, 长江,
	 * 长城汽车), not zhǎng; 厦门 is Xiamen; 蚌埠 Bengbu; 六安 Lu'an; 番禺 Panyu.
	 */
	private static final Map<String, String> READ_AS = Map.of("长", "常", "厦门", "夏门", "蚌埠", "迸埠", "六安", "陆安", "番禺", "潘禺");

	/** Names in the order of a Chinese list. */
	public static final Comparator<String> NAMES = (a, b) -> COLLATOR.compare(readAs(a), readAs(b));

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
		return Comparator.comparing((T record) -> InterfaceText.name(name.apply(record), nameZh.apply(record)), NAMES);
	}

	/** The key of the name a Chinese reader sees: the Chinese name, else the English. */
	public static String key(String name, String nameZh) {
		String shown = (nameZh != null && !nameZh.isBlank()) ? nameZh : name;
		if (shown == null) {
			return null;
		}
		String key = HexFormat.of().formatHex(COLLATOR.getCollationKey(readAs(shown)).toByteArray());
		return (key.length() > MAX_LENGTH) ? key.substring(0, MAX_LENGTH) : key;
	}

	private static String readAs(String name) {
		for (int length = Math.min(2, name.length()); length > 0; length--) {
			String sound = READ_AS.get(name.substring(0, length));
			if (sound != null) {
				return sound + name.substring(length);
			}
		}
		return name;
	}

}
