package org.hubatlas.pack;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a data pack file holds, read but not yet checked: hubs, indicators of the
 * catalogue, and entries (one figure each, with its quote and source). Each row keeps the
 * line it starts on, for messages.
 */
record PackContent(List<HubRow> hubs, List<IndicatorRow> indicators, List<EntryRow> entries, List<PlanRow> unreadable) {

	record HubRow(int line, String slug, String name, String nameZh, String level, String province, String parent,
			BigDecimal latitude, BigDecimal longitude) {
	}

	record IndicatorRow(int line, String key, String name, String unit, Boolean higherIsBetter, String definition,
			Integer sortOrder, String comparableDefinitions) {
	}

	/**
	 * @param ref the reference of a source the portal already holds (the seed articles,
	 * which print no address): an exported dataset cites them by it
	 */
	record SourceRow(String title, String publisher, String published, String url, String trust, boolean excerptOnly,
			String ref) {
	}

	record AlsoRow(String quote, SourceRow source) {
	}

	record EntryRow(int line, String hub, String indicator, String value, String valueAsWritten, String unit,
			String definition, String asOf, String asOfBasis, String qualifier, String quote, SourceRow source,
			String conflict, String note, List<AlsoRow> also) {
	}

}
