package org.hubatlas.pack;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Text;
import org.hubatlas.pack.PackContent.AlsoRow;
import org.hubatlas.pack.PackContent.CompanyRow;
import org.hubatlas.pack.PackContent.DefinitionRow;
import org.hubatlas.pack.PackContent.EntryRow;
import org.hubatlas.pack.PackContent.HubRow;
import org.hubatlas.pack.PackContent.IndicatorRow;
import org.hubatlas.pack.PackContent.ReclassifyRow;
import org.hubatlas.pack.PackContent.SourceRow;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a data pack: YAML in the shape of coverage-2026.yaml (meta, hubs, indicators,
 * entries), or CSV with one figure per row as spreadsheets export it. Reading never fails
 * on content: what cannot be read becomes a refused row with its line; only a file that
 * is not a pack at all is refused whole.
 */
final class PackReader {

	/** The columns of a CSV pack, in any order; the first row names them. */
	static final List<String> CSV_COLUMNS = List.of("hub", "indicator", "value", "value_as_written", "unit",
			"definition", "definition_words", "as_of", "qualifier", "quote", "source_title", "source_publisher",
			"source_published", "source_url", "trust", "note");

	private PackReader() {
	}

	/** The sections a YAML pack may hold. */
	private static final List<String> SECTIONS = List.of("hubs", "indicators", "new_indicators", "definitions",
			"entries", "reclassify", "companies", "translations");

	static PackContent read(String fileName, String text) {
		String name = fileName.toLowerCase();
		if (name.endsWith(".csv")) {
			return readCsv(text);
		}
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return readYaml(text);
		}
		throw new PackFileException(InterfaceText.message("problem.packFileType",
				"A data pack is a .yaml, .yml or .csv file; \u201c{0}\u201d is neither.", fileName));
	}

	// ---- YAML

	/**
	 * The parser's complaint in an editor's words, on the line to correct: a quote or a
	 * bracket never closed is told where it opens, not at the end of the file where the
	 * parser noticed; anything else keeps the parser's words.
	 */
	static String yamlProblem(MarkedYAMLException ex) {
		int line = ex.getProblemMark().getLine() + 1;
		Integer opened = (ex.getContextMark() != null) ? ex.getContextMark().getLine() + 1 : null;
		String context = (ex.getContext() != null) ? ex.getContext() : "";
		String problem = (ex.getProblem() != null) ? ex.getProblem() : "";
		if (context.contains("quoted scalar") && opened != null) {
			return InterfaceText.message("problem.yaml.quoteNotClosed",
					"Line {0}: a quoted value opens here and is never closed; end it with the same quote mark.",
					opened);
		}
		if (context.contains("flow") && opened != null) {
			return InterfaceText.message("problem.yaml.bracketNotClosed",
					"Line {0}: a list in [ ] or a mapping in '{ }' opens here and is never closed.", opened);
		}
		if (problem.contains("(TAB)")) {
			return InterfaceText.message("problem.yaml.tab",
					"Line {0} is indented with a tab; indent YAML with spaces.", line);
		}
		if (problem.startsWith("expected <block end>")) {
			return InterfaceText.message("problem.yaml.indent",
					"Line {0} is indented differently from the lines above it: line up each field of an entry "
							+ "under the one before.",
					line);
		}
		if (problem.startsWith("mapping values are not allowed")) {
			return InterfaceText.message("problem.yaml.colon",
					"Line {0} has a colon and a space inside a value; put that value in quotes.", line);
		}
		return InterfaceText.message("problem.yamlAtLine", "The file is not valid YAML (line {0}): {1}.", line,
				problem);
	}

	private static PackContent readYaml(String text) {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			// A list or mapping repeated through aliases grows as it is read (ten levels
			// of
			// "[*a, *a]" make a billion rows): a pack writes each value out.
			options.setMaxAliasesForCollections(0);
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			throw new PackFileException(yamlProblem(ex));
		}
		catch (YAMLException ex) {
			throw new PackFileException((ex.getMessage() != null && ex.getMessage().contains("aliases"))
					? InterfaceText.message("problem.packAliases",
							"The file repeats a list or a mapping through an alias (*name): write each value out.")
					: InterfaceText.message("problem.text12", "The file is not valid YAML."));
		}
		catch (RuntimeException ex) {
			throw new PackFileException(InterfaceText.message("problem.text12", "The file is not valid YAML."));
		}
		if (!(root instanceof MappingNode top)) {
			throw new PackFileException(InterfaceText.message("problem.packNotAMapping",
					"A YAML pack is a mapping with hubs, indicators and entries."));
		}
		List<HubRow> hubs = new ArrayList<>();
		List<IndicatorRow> indicators = new ArrayList<>();
		List<EntryRow> entries = new ArrayList<>();
		List<PlanRow> unreadable = new ArrayList<>();
		Map<String, Node> sections = mapping(top);
		// A file with none of a pack's sections is not a pack: saying it holds no rows
		// would hide that it was the wrong file.
		if (SECTIONS.stream().noneMatch(sections::containsKey)) {
			throw new PackFileException(InterfaceText.message("problem.packNoSections",
					"The file holds none of a pack''s sections ({0}), so there is nothing to apply.",
					String.join(", ", SECTIONS)));
		}
		for (Node node : sequence(sections.get("hubs"))) {
			Map<String, Object> hub = values(node);
			if (notInRange(hub, "lat", -90, 90, line(node), text(hub, "slug"), unreadable)
					|| notInRange(hub, "lon", -180, 180, line(node), text(hub, "slug"), unreadable)) {
				continue;
			}
			hubs.add(new HubRow(line(node), text(hub, "slug"), text(hub, "name"), text(hub, "name_zh"),
					text(hub, "level"), text(hub, "province"), text(hub, "parent"), number(hub, "lat"),
					number(hub, "lon"), text(hub, "summary"), text(hub, "summary_zh")));
		}
		List<Node> indicatorNodes = new ArrayList<>(sequence(sections.get("indicators")));
		indicatorNodes.addAll(sequence(sections.get("new_indicators")));
		for (Node node : indicatorNodes) {
			Map<String, Object> indicator = values(node);
			if (notWhole(indicator, "sort", line(node), "indicator", text(indicator, "key"), unreadable)) {
				continue;
			}
			indicators.add(new IndicatorRow(line(node), text(indicator, "key"), text(indicator, "name"),
					text(indicator, "name_zh"), text(indicator, "unit"), bool(indicator, "higher_is_better"),
					text(indicator, "definition"), integer(indicator, "sort")));
		}
		List<DefinitionRow> definitions = new ArrayList<>();
		if (sections.get("definitions") instanceof MappingNode byIndicator) {
			mapping(byIndicator).forEach((indicator, list) -> {
				int order = 0;
				for (Node node : sequence(list)) {
					Map<String, Object> definition = values(node);
					if (notWhole(definition, "sort", line(node), "definition", text(definition, "key"), unreadable)) {
						continue;
					}
					Integer sort = integer(definition, "sort");
					definitions.add(new DefinitionRow(line(node), indicator, text(definition, "key"),
							text(definition, "label"), text(definition, "label_zh"), text(definition, "counts_as"),
							(sort != null) ? sort : order));
					order++;
				}
			});
		}
		List<ReclassifyRow> reclassify = new ArrayList<>();
		for (Node node : sequence(sections.get("reclassify"))) {
			Map<String, Object> row = values(node);
			reclassify.add(new ReclassifyRow(line(node), text(row, "hub"), text(row, "indicator"), text(row, "value"),
					text(row, "as_of"), text(row, "definition"), text(row, "move_to_indicator"),
					text(row, "seed_indicator"), also(row), text(row, "qualifier"), text(row, "bound")));
		}
		List<CompanyRow> companies = new ArrayList<>();
		for (Node node : sequence(sections.get("companies"))) {
			Map<String, Object> row = values(node);
			if (notWhole(row, "founded", line(node), "company", text(row, "name"), unreadable)) {
				continue;
			}
			companies.add(new CompanyRow(line(node), text(row, "name"), text(row, "name_zh"), text(row, "hub"),
					integer(row, "founded"), text(row, "what"), text(row, "sectors"),
					!Boolean.FALSE.equals(row.get("hq_confirmed")), text(row, "quote"), text(row, "also"),
					source(row.get("source"), text(row, "trust"), Boolean.TRUE.equals(row.get("excerpt_only")))));
		}
		for (Node node : sequence(sections.get("entries"))) {
			if (!(node instanceof MappingNode)) {
				unreadable.add(PlanRow.refused(line(node), "figure", "(entry)",
						InterfaceText.message("problem.text13", "An entry must be a mapping of fields.")));
				continue;
			}
			Map<String, Object> entry = values(node);
			Slip slip = slip((MappingNode) node, ENTRY_FIELDS);
			if (slip == null && mapping((MappingNode) node).get("source") instanceof MappingNode source) {
				slip = slip(source, SOURCE_FIELDS);
			}
			if (slip != null) {
				// On the line of the slip, not of the entry it stands in.
				unreadable.add(PlanRow.refused(slip.line(), "figure", Objects.toString(text(entry, "hub"), "?")
						+ " \u00b7 " + Objects.toString(text(entry, "indicator"), "?"), slip.message()));
				continue;
			}
			List<AlsoRow> also = also(entry);
			entries.add(new EntryRow(line(node), text(entry, "hub"), text(entry, "indicator"), text(entry, "value"),
					text(entry, "value_as_written"), text(entry, "unit"), text(entry, "definition"),
					text(entry, "definition_words"), text(entry, "as_of"), text(entry, "as_of_basis"),
					text(entry, "qualifier"), text(entry, "quote"),
					source(entry.get("source"), text(entry, "trust"), Boolean.TRUE.equals(entry.get("excerpt_only"))),
					text(entry, "conflict"), text(entry, "note"), also, text(entry, "key")));
		}
		List<PackContent.TranslationRow> translations = new ArrayList<>();
		for (Node node : sequence(sections.get("translations"))) {
			Map<String, Object> row = values(node);
			Map<String, String> texts = new LinkedHashMap<>();
			row.forEach((field, value) -> {
				if (!"record".equals(field) && !"key".equals(field)) {
					texts.put(field, (value != null) ? String.valueOf(value) : null);
				}
			});
			translations.add(new PackContent.TranslationRow(line(node), text(row, "record"), text(row, "key"), texts));
		}
		return new PackContent(hubs, indicators, definitions, entries, reclassify, companies, translations, unreadable);
	}

	/** The fields an entry is read by. */
	private static final List<String> ENTRY_FIELDS = List.of("hub", "indicator", "value", "value_as_written", "unit",
			"definition", "definition_words", "as_of", "as_of_basis", "qualifier", "quote", "source", "trust",
			"excerpt_only", "conflict", "note", "also", "key");

	/** The fields a source is read by. */
	private static final List<String> SOURCE_FIELDS = List.of("title", "publisher", "published", "url", "ref");

	/**
	 * A row's field that is none it is read by but one or two letters off one ("trsut",
	 * "publishd", "notes"): a slip that would lose its value, named with the field meant,
	 * on its own line; null when there is none. A field far from every other is a note
	 * for people, which packs may carry ("why", "context").
	 */
	static Slip slip(MappingNode row, List<String> fields) {
		for (NodeTuple tuple : row.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && !fields.contains(key.getValue())) {
				String meant = nearest(key.getValue(), fields);
				if (meant != null) {
					return new Slip(line(key), InterfaceText.message("problem.fieldMisspelled",
							"\u201c{0}\u201d is not a field a pack reads: did you mean \u201c{1}\u201d? Its value would "
									+ "be lost.",
							key.getValue(), meant));
				}
			}
		}
		return null;
	}

	/** A misspelled field: its line and what to say of it. */
	record Slip(int line, String message) {
	}

	/**
	 * The name one or two edits away (a letter added, left out, changed or swapped), or
	 * null.
	 */
	static String nearest(String name, List<String> names) {
		String found = null;
		int best = 3;
		for (String candidate : names) {
			int distance = distance(name, candidate);
			if (distance < best) {
				best = distance;
				found = candidate;
			}
		}
		return found;
	}

	/** Edits from one to the other, a swap of two neighbours counting as one. */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/** Further sources quoted for the same fact. */
	private static List<AlsoRow> also(Map<String, Object> row) {
		List<AlsoRow> also = new ArrayList<>();
		if (row.get("also") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> map) {
					also.add(new AlsoRow(text(map, "quote"), source(map.get("source"), text(map, "trust"))));
				}
			}
		}
		return also;
	}

	private static SourceRow source(Object value, String trust) {
		return source(value, trust, false);
	}

	private static SourceRow source(Object value, String trust, boolean excerptOnly) {
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		return new SourceRow(text(map, "title"), text(map, "publisher"), text(map, "published"), text(map, "url"),
				trust, excerptOnly, text(map, "ref"));
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	private static Map<String, Node> mapping(MappingNode node) {
		Map<String, Node> map = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				map.put(key.getValue(), tuple.getValueNode());
			}
		}
		return map;
	}

	private static List<Node> sequence(Node node) {
		return (node instanceof SequenceNode seq) ? seq.getValue() : List.of();
	}

	/**
	 * A node as plain values: scalars as text (or null, true, false), mappings as maps,
	 * sequences as lists.
	 */
	private static Object value(Node node) {
		if (node instanceof ScalarNode scalar) {
			String tag = scalar.getTag().getValue();
			if (tag.endsWith(":null")) {
				return null;
			}
			if (tag.endsWith(":bool")) {
				return Boolean.valueOf(scalar.getValue().toLowerCase());
			}
			// The same normalisation as the admin forms, before anything is checked.
			return Text.normalize(scalar.getValue());
		}
		if (node instanceof MappingNode mapping) {
			return values(mapping);
		}
		if (node instanceof SequenceNode seq) {
			return seq.getValue().stream().map(PackReader::value).toList();
		}
		return null;
	}

	private static Map<String, Object> values(Node node) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (node instanceof MappingNode mapping) {
			mapping(mapping).forEach((key, value) -> map.put(key, value(value)));
		}
		return map;
	}

	private static String text(Map<?, ?> map, String key) {
		Object value = map.get(key);
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static BigDecimal number(Map<?, ?> map, String key) {
		String text = text(map, key);
		try {
			return (text != null) ? new BigDecimal(text) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(Map<?, ?> map, String key) {
		BigDecimal number = number(map, key);
		return (number != null) ? number.intValue() : null;
	}

	/**
	 * Whether a coordinate holds something other than a number in its range: the hub is
	 * refused on its line rather than placed nowhere or off the map.
	 */
	private static boolean notInRange(Map<?, ?> map, String key, int min, int max, int line, String label,
			List<PlanRow> unreadable) {
		String text = text(map, key);
		BigDecimal number = number(map, key);
		if (text == null || (number != null && number.compareTo(BigDecimal.valueOf(min)) >= 0
				&& number.compareTo(BigDecimal.valueOf(max)) <= 0)) {
			return false;
		}
		unreadable.add(PlanRow.refused(line, "hub", (label != null) ? label : "(hub)",
				InterfaceText.message("pack.refuse.range", "{0}: \u201c{1}\u201d is not a number from {2} to {3}.", key,
						text, String.valueOf(min), String.valueOf(max))));
		return true;
	}

	/**
	 * Whether a field that holds a whole number holds something else (words, a fraction,
	 * a number no column holds): the row is refused on its line rather than read without
	 * it or with another number.
	 */
	private static boolean notWhole(Map<?, ?> map, String key, int line, String kind, String label,
			List<PlanRow> unreadable) {
		String text = text(map, key);
		if (text == null || text.matches("-?\\d{1,9}")) {
			return false;
		}
		unreadable.add(PlanRow.refused(line, kind, (label != null) ? label : "(" + kind + ")", InterfaceText
			.message("pack.refuse.wholeNumber", "{0}: \u201c{1}\u201d is not a whole number.", key, text)));
		return true;
	}

	private static Boolean bool(Map<?, ?> map, String key) {
		Object value = map.get(key);
		return (value instanceof Boolean b) ? b : null;
	}

	// ---- CSV

	private static PackContent readCsv(String text) {
		List<CsvRows.Row> rows = CsvRows.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (rows.isEmpty()) {
			throw new PackFileException(InterfaceText.message("problem.text14", "The CSV file is empty."));
		}
		List<String> header = rows.get(0).cells().stream().map((h) -> h.strip().toLowerCase()).toList();
		List<String> missing = CSV_COLUMNS.stream()
			.filter((c) -> !List.of("definition", "definition_words", "note", "trust", "source_published").contains(c))
			.filter((c) -> !header.contains(c))
			.toList();
		if (!missing.isEmpty()) {
			throw new PackFileException(InterfaceText.message("problem.csvColumnsMissing",
					"The first row must name the columns; missing: {0}. Expected: {1}.", String.join(", ", missing),
					String.join(", ", CSV_COLUMNS)));
		}
		// A column the pack does not read would lose every value under it.
		for (String column : header) {
			if (!column.isEmpty() && !CSV_COLUMNS.contains(column)) {
				String nearest = nearest(column, CSV_COLUMNS);
				throw new PackFileException((nearest != null)
						? InterfaceText.message("problem.csvColumnMisspelled",
								"The column \u201c{0}\u201d is not one a pack reads: did you mean \u201c{1}\u201d? "
										+ "Its values would be lost.",
								column, nearest)
						: InterfaceText.message("problem.csvColumnUnknown",
								"The column \u201c{0}\u201d is not one a pack reads, so its values would be lost. "
										+ "The columns are: {1}.",
								column, String.join(", ", CSV_COLUMNS)));
			}
		}
		List<EntryRow> entries = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i).cells();
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			Map<String, Object> cells = new LinkedHashMap<>();
			for (int c = 0; c < header.size() && c < row.size(); c++) {
				cells.put(header.get(c), Text.normalize(row.get(c)));
			}
			SourceRow source = new SourceRow(text(cells, "source_title"), text(cells, "source_publisher"),
					text(cells, "source_published"), text(cells, "source_url"), text(cells, "trust"), false, null);
			entries.add(
					new EntryRow(rows.get(i).line(), text(cells, "hub"), text(cells, "indicator"), text(cells, "value"),
							text(cells, "value_as_written"), text(cells, "unit"), text(cells, "definition"),
							text(cells, "definition_words"), text(cells, "as_of"), null, text(cells, "qualifier"),
							text(cells, "quote"), source, null, text(cells, "note"), List.of(), null));
		}
		return new PackContent(List.of(), List.of(), entries, List.of());
	}

}
