package org.hubatlas.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as researchers wrote them ("2021-03 (inferred)", "2023-H1", "unknown (2025-01)"),
 * read for the reader's language: the date they give, in the interface's words; the notes
 * written after it stay with the record, as written.
 */
public final class DateLabel {

	/** A date, a month or a year, ending where a note begins. */
	private static final String DATE = "(\\d{4}(?:-\\d{2}){0,2})(?=[\\s),;]|$)";

	private static final Pattern LEADING_DATE = Pattern.compile(DATE + ".*");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

	private static final Pattern QUARTERS = Pattern.compile("(\\d{4})-Q([1-4])(?:-Q([1-4]))?");

	private static final Pattern TARGET_YEAR = Pattern.compile("(?i)target year (\\d{4})");

	private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)(early|mid|late)[- ](\\d{4})");

	private static final Pattern ABOUT = Pattern.compile("(?i)\\babout (\\d{4})\\b");

	/** "unknown", or "unknown (2025-01 …)": the date the page points at, and any note. */
	private static final Pattern UNKNOWN = Pattern.compile("(?i)unknown(?:\\s*\\(" + DATE + "([^)]*)\\))?");

	/**
	 * A label that says the date is not known: "unknown revision", "date not printed".
	 */
	private static final Pattern UNDATED = Pattern.compile("(?i)unknown|date not");

	private DateLabel() {
	}

	/**
	 * A date with what its English note says of it, where the interface has words for
	 * that: "2020 (approx.)" is 约 2020, "2021-03 (inferred)" 2021-03（推断）.
	 */
	private static String noted(String iso, String label) {
		String note = label.substring(iso.length()).toLowerCase(Locale.ROOT);
		String date = written(iso);
		if (note.contains("approx") || note.contains("about")) {
			return InterfaceText.message("date.approximately", "about {0}", date);
		}
		if (note.contains("inferred") || note.contains("estimated")) {
			return InterfaceText.message("date.inferred", "{0} (inferred)", date);
		}
		return date;
	}

	/**
	 * A date of the form 2025, 2025-09 or 2025-12-22 as the reader writes it: to a reader
	 * of Chinese 2025年, 2025年9月, 2025年12月22日; otherwise as it is.
	 */
	public static String written(String iso) {
		if (iso == null || !InterfaceText.chinese() || !iso.matches("\\d{4}(-\\d{2}){0,2}")) {
			return iso;
		}
		String[] parts = iso.split("-");
		StringBuilder zh = new StringBuilder(parts[0]).append('年');
		if (parts.length > 1) {
			zh.append(Integer.parseInt(parts[1])).append('月');
		}
		if (parts.length > 2) {
			zh.append(Integer.parseInt(parts[2])).append('日');
		}
		return zh.toString();
	}

	/**
	 * A figure's date as stated, in the reader's language: a half or quarters of a year
	 * ("2023-H1" reads "H1 2023", "2023 年上半年"), a target year; to a reader of Chinese,
	 * the date a label begins with, or the year it says it is about, without the English
	 * note. Otherwise the label as written.
	 */
	public static String asOf(String label) {
		Matcher m = HALF.matcher(label);
		if (m.matches()) {
			return "1".equals(m.group(2)) ? InterfaceText.message("figure.when.firstHalf", "H1 {0}", m.group(1))
					: InterfaceText.message("figure.when.secondHalf", "H2 {0}", m.group(1));
		}
		m = QUARTERS.matcher(label);
		if (m.matches()) {
			return (m.group(3) == null)
					? InterfaceText.message("figure.when.quarter", "Q{1} {0}", m.group(1), m.group(2)) : InterfaceText
						.message("figure.when.quarters", "Q{1}\u2013Q{2} {0}", m.group(1), m.group(2), m.group(3));
		}
		m = TARGET_YEAR.matcher(label);
		if (m.matches()) {
			return InterfaceText.message("figure.when.target", "target for {0}", m.group(1));
		}
		m = PART_OF_YEAR.matcher(label);
		if (m.matches()) {
			String part = m.group(1).toLowerCase(Locale.ROOT);
			return InterfaceText.message("date." + part, part + " {0}", m.group(2));
		}
		if (InterfaceText.chinese()) {
			m = LEADING_DATE.matcher(label);
			if (m.matches()) {
				return noted(m.group(1), label);
			}
			m = ABOUT.matcher(label);
			if (m.find()) {
				return InterfaceText.message("figure.when.about", "about {0}", m.group(1));
			}
		}
		return label;
	}

	/**
	 * A source's publication date in the reader's language: "date unknown", or "undated,
	 * about 2025-01" (未注明日期，约 2025-01) where the label gives the date the page points at;
	 * to a reader of Chinese, the date a label begins with, with what its note says where
	 * the interface has words for it. Otherwise the label as written.
	 */
	public static String published(String label) {
		boolean chinese = InterfaceText.chinese();
		Matcher unknown = UNKNOWN.matcher(label);
		// To a reader of English, a note after the date stays: "unknown (2025-06-05 per
		// URL)".
		if (unknown.matches() && (chinese || unknown.group(2) == null || unknown.group(2).isEmpty())) {
			return (unknown.group(1) != null)
					? InterfaceText.message("source.date.unknownNear", "date unknown ({0})", written(unknown.group(1)))
					: InterfaceText.message("source.date.unknown", "date unknown");
		}
		if (chinese) {
			Matcher dated = LEADING_DATE.matcher(label);
			if (dated.matches()) {
				return noted(dated.group(1), label);
			}
			if (UNDATED.matcher(label).lookingAt()) {
				return InterfaceText.message("source.date.unknown", "date unknown");
			}
		}
		return label;
	}

}
