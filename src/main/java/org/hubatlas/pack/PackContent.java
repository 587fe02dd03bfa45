package org.hubatlas.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a data pack file holds, read but not yet checked: hubs, indicators of the
 * catalogue, and entries (one figure each, with its quote and source). Each row keeps the
 * line it starts on, for messages.
 */
record PackContent(List<HubRow> hubs, List<IndicatorRow> indicators, List<DefinitionRow> definitions,
		List<EntryRow> entries, List<ReclassifyRow> reclassify, List<CompanyRow> companies,
		List<TranslationRow> translations, List<PlanRow> unreadable) {

	PackContent(List<HubRow> hubs, List<IndicatorRow> indicators, List<EntryRow> entries, List<PlanRow> unreadable) {
		this(hubs, indicators, List.of(), entries, List.of(), List.of(), List.of(), unreadable);
	}

	/**
	 * The Chinese for a record the pack does not otherwise write ({@code translations:}):
	 * its kind as packs name it ("dispute", "institution"), its slug or code, and the
	 * values by pack field ("title_zh").
	 */
	record TranslationRow(int line, String record, String key, Map<String, String> values) {
	}

	record HubRow(int line, String slug, String name, String nameZh, String level, String province, String parent,
			BigDecimal latitude, BigDecimal longitude, String summary, String summaryZh) {
	}

	record IndicatorRow(int line, String key, String name, String nameZh, String unit, Boolean higherIsBetter,
			String definition, Integer sortOrder) {
	}

	/** One definition of an indicator's controlled list. */
	record DefinitionRow(int line, String indicator, String key, String label, String labelZh, String countsAs,
			int sortOrder) {
	}

	/**
	 * A figure the portal holds, found by hub, indicator, value and date, put under a
	 * definition (and another indicator), and where its quote says so, filed as another
	 * kind ({@code qualifier}: actual or estimate) or bound ({@code bound}: over, about,
	 * at least or exact); or every figure of a seed indicator moved.
	 */
	record ReclassifyRow(int line, String hub, String indicator, String value, String asOf, String definition,
			String moveToIndicator, String seedIndicator, List<AlsoRow> also, String kind, String bound) {
	}

	/**
	 * A notable company with the quote that places it in its hub.
	 *
	 * @param sectors Hub Atlas's sectors for it, separated by commas, as the admin form
	 * takes them ("Robotics"): our classification of what the row says it does
	 * @param hqConfirmed false where the quote places the company in the hub without
	 * saying its headquarters are there ({@code hq_confirmed: false}): it is present
	 * there, not headquartered
	 */
	record CompanyRow(int line, String name, String nameZh, String hub, Integer founded, String what, String sectors,
			boolean hqConfirmed, String quote, String alsoQuote, SourceRow source) {
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
			String definition, String definitionWords, String asOf, String asOfBasis, String qualifier, String quote,
			SourceRow source, String conflict, String note, List<AlsoRow> also, String key) {
	}

}
