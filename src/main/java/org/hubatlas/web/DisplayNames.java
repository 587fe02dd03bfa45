package org.hubatlas.web;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

	/** After the dot or slash inside an address: "fsgnet.|com". */
	private static final Pattern ADDRESS_BREAK = Pattern.compile("(?<=[./])(?=\\p{L})");

	public String of(City city) {
		return (city != null) ? InterfaceText.name(city.getName(), city.getNameZh()) : null;
	}

	/**
	 * A company's or an institution's name in the reader's language: its Chinese name
	 * first for readers of Chinese, where it has one.
	 */
	public String of(String name, String nameZh) {
		return InterfaceText.name(name, nameZh);
	}

	/** The same name in the other language, shown after it; null when it has no other. */
	public String otherName(String name, String nameZh) {
		if (nameZh == null || nameZh.isBlank()) {
			return null;
		}
		return InterfaceText.chinese() ? name : nameZh;
	}

	/**
	 * A hub's name in the other language, shown after the reader's: the Chinese after
	 * "Beijing", the name the sources write after "北京"; null when it has no other.
	 */
	public String otherName(City city) {
		if (city == null || city.getNameZh() == null || city.getNameZh().isBlank()) {
			return null;
		}
		return InterfaceText.chinese() ? city.getName() : city.getNameZh();
	}

	/** The language of {@link #otherName}, for its {@code lang} attribute. */
	public String otherLang() {
		return InterfaceText.chinese() ? "en" : "zh-Hans";
	}

	/**
	 * A quote in quotation marks, unless the quote as the source wrote it opens with its
	 * own ("“Compared to other cities, …,” says Mo Zhang" would read ““…”).
	 */
	public String quoted(String quote) {
		if (quote == null) {
			return null;
		}
		String text = quote.strip();
		boolean opensQuoted = !text.isEmpty() && "\u201c\"\u300c".indexOf(text.charAt(0)) >= 0;
		return opensQuoted ? text : "\u201c" + text + "\u201d";
	}

	/**
	 * A label in pieces, split where an address in it ("via a proxy URL on fsgnet.com")
	 * may wrap, for a template to join with {@code <wbr>}: a narrow column then breaks
	 * "fsgnet.|com" rather than "fsg|net.com".
	 */
	public List<String> breakable(String label) {
		return (label != null) ? List.of(ADDRESS_BREAK.split(label)) : List.of();
	}

	/** A hub's province in the reader's language ("广东" for "Guangdong"). */
	public String province(String province) {
		return InterfaceText.term("province", province);
	}

	/** A company's sectors in the reader's language, in a list ("机器人、半导体"). */
	public String sectors(Collection<String> sectors) {
		return sectors.stream()
			.map((sector) -> InterfaceText.term("sector", sector))
			.collect(Collectors.joining(InterfaceText.message("punct.listComma", ", ")));
	}

	/** Where on its page a quote stands ("photo caption": 图片说明). */
	public String location(String location) {
		return InterfaceText.term("location", location);
	}

	/** Where an incentive stands ("in effect (as reported)": 已实施（据报道）). */
	public String incentiveStatus(String status) {
		return InterfaceText.term("incentive-status", status);
	}

	/** A sector in the reader's language, for the filter's choices. */
	public String sector(String sector) {
		return InterfaceText.term("sector", sector);
	}

	/**
	 * "en" for a text shown to a reader of Chinese that is mostly English (a record's
	 * English where it has no Chinese, a name as the sources write it), else null: for
	 * {@code th:lang} where a text may come in either language.
	 */
	public String langOf(String text) {
		return (text != null && InterfaceText.chinese() && mostlyLatin(text)) ? "en" : null;
	}

	/**
	 * The language of a quote as its source wrote it, where it is not the page's: "zh"
	 * for Chinese words on an English page, "en" for English words on a Chinese one
	 * (screen readers read it in its own voice); null where it is the page's.
	 */
	public String quoteLang(String text) {
		if (text == null) {
			return null;
		}
		if (InterfaceText.chinese()) {
			return mostlyLatin(text) ? "en" : null;
		}
		// Any Han in a quote is Chinese words: an English quote quotes no Chinese.
		return (count(text, Character.UnicodeScript.HAN) > 0 && !mostlyLatin(text)) ? "zh" : null;
	}

	/** A Chinese character says about as much as a word of five letters. */
	private static boolean mostlyLatin(String text) {
		return count(text, Character.UnicodeScript.LATIN) > 5 * count(text, Character.UnicodeScript.HAN);
	}

	private static long count(String text, Character.UnicodeScript script) {
		return text.codePoints().filter((c) -> Character.UnicodeScript.of(c) == script).count();
	}

}
