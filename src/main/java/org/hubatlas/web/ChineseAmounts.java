package org.hubatlas.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hubatlas.common.InterfaceText;

import org.springframework.stereotype.Component;

/**
 * Yuan and dollar amounts the way readers of Chinese count them, in 万亿 (10¹²), 亿 (10⁸)
 * and 万 (10⁴), shown beside the figure as the source wrote it
 * ({@code @amounts.inChinese(v, c)}): "10 billion yuan" gets "（100亿元）". Nothing for other
 * readers, other currencies or small amounts.
 */
@Component("amounts")
public class ChineseAmounts {

	private static final BigDecimal YI = new BigDecimal("100000000");

	private static final BigDecimal WAN = new BigDecimal("10000");

	private static final BigDecimal WAN_YI = new BigDecimal("1000000000000");

	/** The amount in 亿 or 万 with its currency, or null when there is nothing to add. */
	public String inChinese(BigDecimal value, String currency) {
		if (value == null || currency == null || !InterfaceText.chinese()) {
			return null;
		}
		String unit = switch (currency.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "CNY" -> "元";
			case "USD" -> "美元";
			case "EUR" -> "欧元";
			default -> null;
		};
		if (unit == null || value.abs().compareTo(WAN) < 0) {
			return null;
		}
		if (value.abs().compareTo(WAN_YI) >= 0) {
			return number(value, WAN_YI) + "万亿" + unit;
		}
		return (value.abs().compareTo(YI) >= 0) ? number(value, YI) + "亿" + unit : number(value, WAN) + "万" + unit;
	}

	private static String number(BigDecimal value, BigDecimal per) {
		return value.divide(per, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
