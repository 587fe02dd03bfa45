package org.hubatlas.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ReaderText;
import org.hubatlas.source.Source;

/**
 * The columns every download gives a figure, so that a spreadsheet keeps what the page
 * shows beside it: the value as written and as a number, its unit, kind and date, the
 * definition it counts by, and the source it rests on with the quote.
 */
public final class FigureCsv {

	/** Message keys of the figure's columns. */
	public static final List<String> HEADERS = List.of("csv.figure.valueAsWritten", "csv.figure.value",
			"csv.figure.unit", "csv.figure.kind", "csv.figure.qualifier", "csv.figure.asOf", "csv.figure.asOfYear",
			"csv.figure.targetYear", "csv.figure.definition", "csv.figure.quote", "csv.source.title",
			"csv.source.publisher", "csv.source.published", "csv.source.address");

	private FigureCsv() {
	}

	/** The figure's cells in the order of {@link #HEADERS}; all empty for no figure. */
	public static List<Object> cells(Figure f) {
		if (f == null) {
			return Arrays.asList(new Object[HEADERS.size()]);
		}
		Source source = f.getSource();
		List<Object> cells = new ArrayList<>(HEADERS.size());
		// The unit and the definition in the reader's language, as the page shows them;
		// the value and the quote as written.
		ReaderText definition = f.getDefinitionLabelShown();
		cells.addAll(Arrays.asList(f.getValueAsWritten(), f.getValueNumeric(),
				InterfaceText.name(f.getIndicator().getUnit(), f.getIndicator().getUnitZh()), f.getKind().label(),
				f.getQualifier().label(), f.getStatedAsOf(), f.getAsOfYear(), f.getTargetYear(),
				(definition != null) ? definition.text() : null, f.getQuote(), source.getTitle(), source.getPublisher(),
				source.getPublishedLabel(), source.getUrl()));
		return cells;
	}

	/** Column keys: these first, then the figure's. */
	public static String[] headers(String... first) {
		List<String> all = new ArrayList<>(Arrays.asList(first));
		all.addAll(HEADERS);
		return all.toArray(String[]::new);
	}

	/** Row cells: these first, then the figure's. */
	public static Object[] row(Figure f, Object... first) {
		List<Object> all = new ArrayList<>(Arrays.asList(first));
		all.addAll(cells(f));
		return all.toArray();
	}

}
