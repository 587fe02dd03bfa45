package org.hubatlas.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV text as spreadsheets write it (RFC 4180: commas, double quotes around
 * fields, "" for a quote, line breaks inside quoted fields), each with the line of the
 * file it starts on, which a quoted line break before it moves down.
 */
final class CsvRows {

	/** One row: the line it starts on, and its cells as written. */
	record Row(int line, List<String> cells) {
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private CsvRows() {
	}

	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			long line = 1;
			for (CSVRecord record : parser) {
				rows.add(new Row((int) line, record.toList()));
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new PackFileException("The CSV file cannot be read: " + ex.getMessage());
		}
		return rows;
	}

}
