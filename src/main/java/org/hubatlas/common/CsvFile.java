package org.hubatlas.common;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A table as a CSV download: UTF-8 with a byte-order mark (so spreadsheet programs read
 * Chinese names right), comma-separated, every cell quoted where it must be (RFC 4180),
 * lines ended CRLF. A text cell that a spreadsheet would run as a formula (=, +, @, or -
 * not starting a plain number) is prefixed with an apostrophe.
 */
public final class CsvFile {

	/**
	 * What a CSV address produces, and all it produces: a client that accepts only
	 * something else (JSON) gets a 406, not the file's object written as "{}".
	 */
	public static final String TYPE = "text/csv";

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final List<String> headerKeys;

	private final List<List<Object>> rows = new ArrayList<>();

	private String fileName = "hub-atlas.csv";

	/**
	 * @param headerKeys the columns, as message keys
	 */
	public CsvFile(String... headerKeys) {
		this.headerKeys = List.of(headerKeys);
	}

	/** Adds a row: nulls are empty cells, numbers are written plainly (no grouping). */
	public CsvFile row(Object... cells) {
		if (cells.length != this.headerKeys.size()) {
			throw new IllegalArgumentException(
					"A row of " + cells.length + " cells in a table of " + this.headerKeys.size() + " columns");
		}
		this.rows.add(new ArrayList<>(Arrays.asList(cells)));
		return this;
	}

	public int size() {
		return this.rows.size();
	}

	/**
	 * A page of the site as a cell: its address, absolute when the site's public address
	 * is known.
	 */
	public record SitePage(String path) {
	}

	public static SitePage page(String path) {
		return new SitePage(path);
	}

	/** The file with its headers in the reader's language and pages as paths. */
	public byte[] toBytes(MessageSource messages) {
		return toBytes(messages, "");
	}

	/**
	 * The file with its headers in the reader's language and pages under the site's
	 * public address ("" when it is not known: the path alone).
	 */
	public byte[] toBytes(MessageSource messages, String siteUrl) {
		StringBuilder csv = new StringBuilder();
		List<String> headers = new ArrayList<>();
		for (String key : this.headerKeys) {
			headers.add(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
		}
		line(csv, headers);
		for (List<Object> row : this.rows) {
			line(csv, row.stream().map((cell) -> text(cell, siteUrl)).toList());
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(csv.length() + 16);
		bytes.writeBytes(BYTE_ORDER_MARK);
		bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/**
	 * Names the download: a handler returns the file, and the site writes it as an
	 * attachment of type text/csv under this name.
	 */
	public CsvFile named(String fileName) {
		this.fileName = fileName;
		return this;
	}

	public String fileName() {
		return this.fileName;
	}

	/**
	 * A minus that starts a plain number ("-5", "-3.2%") is no formula; one followed by
	 * anything else ("-2+3+cmd|…") may be.
	 */
	private static final java.util.regex.Pattern PLAIN_NEGATIVE = java.util.regex.Pattern
		.compile("-\\d+(?:[.,]\\d+)*%?");

	private static String text(Object cell, String siteUrl) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof SitePage page) {
			return siteUrl + page.path();
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (cell instanceof Number || cell instanceof Boolean) {
			return cell.toString();
		}
		String text = cell.toString();
		if (!text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0
				|| text.startsWith("-") && !PLAIN_NEGATIVE.matcher(text).matches()) {
			return "'" + text;
		}
		return text;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(cell);
			}
		}
		csv.append("\r\n");
	}

}
