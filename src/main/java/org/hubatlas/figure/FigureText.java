package org.hubatlas.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.hubatlas.common.InterfaceText;

import org.springframework.stereotype.Component;

/**
 * A figure's headline: its normalised number formatted for the reader's language, with
 * its unit and qualifier ("¥4.98 trillion", "more than 2,200 companies", "≥ 33 EFLOPS";
 * "4.98万亿元", "2200余家", "22.58万家": counted in 万, 亿 and 万亿, digits not grouped, as readers
 * of Chinese write them). The words as the source wrote them stay beside the quote;
 * templates ask {@code @figureText.headline(f)}.
 */
@Component("figureText")
public class FigureText {

	private static final BigDecimal TRILLION = new BigDecimal("1000000000000");

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal YI = new BigDecimal("100000000");

	private static final BigDecimal WAN = new BigDecimal("10000");

	private static final BigDecimal WAN_YI = new BigDecimal("1000000000000");

	/**
	 * Units as a reader of English writes them, where the catalogue spells them plainly.
	 */
	private static final Map<String, String> UNITS_EN = Map.of("km2", "km\u00b2", "data centers", "data centres",
			"exaflops", "EFLOPS", "cny", "yuan", "usd", "US dollars", "usd per year", "US dollars per year");

	/**
	 * A catalogue's unit as readers of English read it: "km²", "EFLOPS", "yuan" (not the
	 * currency's code), one spelling.
	 */
	static String unitEn(String unit) {
		return (unit != null) ? UNITS_EN.getOrDefault(unit.strip().toLowerCase(Locale.ROOT), unit) : null;
	}

	/** A unit written in Latin letters, such as EFLOPS: no counting word. */
	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	/** Units as readers of Chinese count them, where the catalogue's unit is English. */
	private static final Map<String, String> UNITS_ZH = Map.ofEntries(Map.entry("companies", "家"),
			Map.entry("enterprises", "家"), Map.entry("people", "人"), Map.entry("services", "款"),
			Map.entry("applications", "款"), Map.entry("registered llms", "个"),
			Map.entry("patents per 10,000 people", "件/万人"), Map.entry("data centres", "个"),
			Map.entry("data centers", "个"), Map.entry("pilot zones", "个"), Map.entry("parks", "个"),
			Map.entry("km", "公里"), Map.entry("kilometres", "公里"), Map.entry("km2", "平方公里"), Map.entry("years", "年"),
			Map.entry("servers", "台"), Map.entry("exaflops", "EFLOPS"));

	/**
	 * A derived value as the page words it: "110 companies per million residents", "5.02
	 * % of GDP" ("每百万常住人口110家", "占GDP的5.02%"); "more than" where the numerator is a lower
	 * bound and the denominator exact, else "about" where either is a bound or an
	 * estimate.
	 */
	public String derived(Derived.Value value) {
		// A lower bound is rounded down: 999.8 is "more than 999", never "more than
		// 1,000".
		String number = derivedNumber(value.value(), value.lowerBound() ? RoundingMode.DOWN : RoundingMode.HALF_UP);
		if (value.lowerBound()) {
			number = InterfaceText.message("derived.moreThan", "more than {0}", number);
		}
		else if (value.approximate()) {
			number = InterfaceText.message("derived.about", "about {0}", number);
		}
		String unit = value.numerator().getIndicator().getUnit();
		return (value.ratio().kind() == Derived.Kind.SHARE_OF_GDP)
				? InterfaceText.message("derived.shareOfGdp.value", "{0}% of GDP", number)
				: InterfaceText.message("derived.perMillion.value", "{0} {1} per million residents", number,
						InterfaceText.chinese() ? UNITS_ZH.getOrDefault(unit.toLowerCase(Locale.ROOT), unit) : unit);
	}

	/**
	 * Three significant digits at least: 110, 5.02, 0.873, 1,234 (1234 for readers of
	 * Chinese).
	 */
	static String derivedNumber(BigDecimal value, RoundingMode rounding) {
		int decimals = (value.compareTo(BigDecimal.valueOf(100)) >= 0) ? 0
				: (value.compareTo(BigDecimal.TEN) >= 0) ? 1 : (value.compareTo(BigDecimal.ONE) >= 0) ? 2 : 3;
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setGroupingUsed(!InterfaceText.chinese());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value.setScale(decimals, rounding));
	}

	/** "3rd of 17 hubs" ("第3名，共17个枢纽"): a hub's place in a ranking. */
	public String rank(int rank, int of) {
		return InterfaceText.message("rank.ofHubs", "{0} of {1} hubs", ordinal(rank), of);
	}

	/**
	 * A place from a lower bound ("more than 2,200") may be higher than the bound's: "2nd
	 * or better of 7 hubs".
	 */
	public String rank(int rank, int of, boolean lowerBound) {
		return (lowerBound && rank > 1)
				? InterfaceText.message("rank.ofHubsOrHigher", "{0} or better of {1} hubs", ordinal(rank), of)
				: rank(rank, of);
	}

	/**
	 * A place shared with other hubs says so: "1st of 18 hubs, tied with 6 others"
	 * ("第1名（与另外6个枢纽并列），共18个枢纽").
	 */
	public String rank(int rank, int of, boolean lowerBound, int tied) {
		return (tied > 1) ? InterfaceText.message("rank.ofHubsTied",
				"{0} of {1} hubs, tied with {2,choice,0#no other|1#one other|1<{2,number,integer} others}",
				ordinal(rank), of, tied - 1) : rank(rank, of, lowerBound);
	}

	/** "1st", "2nd", "23rd", "11th"; in Chinese "第1名". */
	static String ordinal(int n) {
		if (InterfaceText.chinese()) {
			return "第" + n + "名";
		}
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	public String headline(Figure figure) {
		return of(figure);
	}

	/**
	 * The headline in the reader's language, or a plain statement that the source gives
	 * no number.
	 */
	public static String of(Figure figure) {
		return of(figure.getValueNumeric(), figure.getIndicator().getUnit(), figure.getIndicator().getUnitZh(),
				figure.getQualifier());
	}

	/** A value in the unit given, qualified, in the reader's language. */
	public static String of(BigDecimal value, String indicatorUnit, Qualifier qualifier) {
		return of(value, indicatorUnit, null, qualifier);
	}

	/**
	 * The same, with the unit's Chinese where the catalogue gives one ("users", 人) for a
	 * unit these words do not know.
	 */
	static String of(BigDecimal value, String indicatorUnit, String unitZh, Qualifier qualifier) {
		if (value == null) {
			return InterfaceText.message("figure.value.noNumber", "no number given");
		}
		String unit = indicatorUnit.strip();
		String key = unit.toLowerCase(Locale.ROOT);
		if (Indicator.isYear(unit)) {
			// A year is a date, not an amount: "2019", never "2,019".
			return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
		}
		boolean chinese = InterfaceText.chinese();
		String number;
		String suffix;
		String currency = key.split(" ", 2)[0];
		if (currency.equals("cny") || currency.equals("usd") || currency.equals("eur")) {
			// "USD per year": the amount, then what the unit adds.
			String rest = unit.substring(currency.length()).strip();
			String[] money = chinese ? moneyZh(value, currency) : moneyEn(value, currency);
			number = money[0];
			suffix = money[1] + (rest.isEmpty() ? "" : chinese ? perZh(rest) : " " + rest);
		}
		else if (key.equals("people")) {
			String[] people = chinese ? scaledZh(value, "人") : scaledEn(value, "people");
			number = people[0];
			suffix = people[1];
		}
		else if (key.startsWith("percent")) {
			number = chinese ? plainZh(value) : plain(value);
			suffix = chinese ? "%" : key.contains("gdp") ? "% of GDP" : "%";
		}
		else if (chinese) {
			String counted = UNITS_ZH.getOrDefault(key, (unitZh != null && !unitZh.isBlank()) ? unitZh.strip() : null);
			// A count in a Chinese counting word reads in 万 from ten thousand up
			// ("22.58万家"); a unit in Latin letters keeps its number whole, a space
			// apart ("100 EFLOPS").
			String[] scaled = (counted != null && !LATIN.matcher(counted).lookingAt()) ? scaledZh(value, counted)
					: new String[] { plainZh(value), " " + ((counted != null) ? counted : unit) };
			number = scaled[0];
			suffix = scaled[1];
		}
		else {
			number = plain(value);
			suffix = " " + UNITS_EN.getOrDefault(key, unit);
		}
		String amount = chinese ? number + suffix : (number + suffix).strip();
		return switch (qualifier) {
			// 余 sits between the number and a counting word: "2200余家"; amounts read
			// "超过".
			case OVER -> InterfaceText.message("figure.value.over", "more than {0}",
					!chinese ? amount : UNITS_ZH.containsValue(suffix) ? number + "余" + suffix : "超过" + amount);
			// "Exceeded 33 EFLOPS": at least that much.
			case EXCEEDING -> InterfaceText.message("figure.value.atLeast", "\u2265 {0}", amount);
			case ABOUT -> InterfaceText.message("figure.value.about", "about {0}", amount);
			default -> amount;
		};
	}

	/** "per year" as readers of Chinese write it: "/年". */
	private static String perZh(String rest) {
		return switch (rest.toLowerCase(Locale.ROOT)) {
			case "per year", "a year", "annually" -> "/年";
			default -> " " + rest;
		};
	}

	private static String[] moneyEn(BigDecimal value, String currency) {
		String symbol = switch (currency) {
			case "usd" -> "$";
			case "eur" -> "\u20ac";
			default -> "\u00a5";
		};
		String[] scaled = scaledEn(value, "");
		return new String[] { symbol + scaled[0], scaled[1] };
	}

	private static String[] moneyZh(BigDecimal value, String currency) {
		String yuan = switch (currency) {
			case "usd" -> "美元";
			case "eur" -> "欧元";
			default -> "元";
		};
		return scaledZh(value, yuan);
	}

	/** Millions, billions and trillions for readers of English. */
	private static String[] scaledEn(BigDecimal value, String unit) {
		String tail = unit.isEmpty() ? "" : " " + unit;
		BigDecimal abs = value.abs();
		if (abs.compareTo(TRILLION) >= 0) {
			return new String[] { plain(value.divide(TRILLION)), " trillion" + tail };
		}
		if (abs.compareTo(BILLION) >= 0) {
			return new String[] { plain(value.divide(BILLION)), " billion" + tail };
		}
		if (abs.compareTo(MILLION) >= 0) {
			return new String[] { plain(value.divide(MILLION)), " million" + tail };
		}
		return new String[] { plain(value), tail };
	}

	/** 万亿 (10¹²), 亿 (10⁸) and 万 (10⁴) for readers of Chinese. */
	private static String[] scaledZh(BigDecimal value, String unit) {
		BigDecimal abs = value.abs();
		if (abs.compareTo(WAN_YI) >= 0) {
			return new String[] { plainZh(value.divide(WAN_YI)), "万亿" + unit };
		}
		if (abs.compareTo(YI) >= 0) {
			return new String[] { plainZh(value.divide(YI)), "亿" + unit };
		}
		if (abs.compareTo(WAN) >= 0) {
			return new String[] { plainZh(value.divide(WAN)), "万" + unit };
		}
		return new String[] { plainZh(value), unit };
	}

	/**
	 * At most two decimals, no trailing zeros, digits not grouped, as readers of Chinese
	 * write a number before 万 or a counting word: "2362", "1.6".
	 */
	static String plainZh(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** Grouped digits, at most two decimals, no trailing zeros: "2,183.2". */
	static String plain(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
