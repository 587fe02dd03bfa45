package org.hubatlas.pack;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorDefinition;
import org.hubatlas.source.Source;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hubs, the indicator catalogue and every figure about a hub, with its quote and
 * source, as one data pack: the format {@link PackReader} reads, so another portal (or
 * this one, emptied) can import it again and get the same hubs and figures. Companies,
 * institutions and incentives are not in the pack format; they come as CSV and in the
 * admin backup.
 */
@Service
public class DatasetExport {

	private final CityService cities;

	private final FigureService figures;

	private final org.hubatlas.company.CompanyRepository companies;

	private final org.hubatlas.university.UniversityRepository institutions;

	private final org.hubatlas.incentive.IncentiveRepository incentives;

	private final org.hubatlas.dispute.DisputeRepository disputes;

	private final org.hubatlas.statement.StatementRepository statements;

	DatasetExport(CityService cities, FigureService figures, org.hubatlas.company.CompanyRepository companies,
			org.hubatlas.university.UniversityRepository institutions,
			org.hubatlas.incentive.IncentiveRepository incentives, org.hubatlas.dispute.DisputeRepository disputes,
			org.hubatlas.statement.StatementRepository statements) {
		this.statements = statements;
		this.cities = cities;
		this.figures = figures;
		this.companies = companies;
		this.institutions = institutions;
		this.incentives = incentives;
		this.disputes = disputes;
	}

	/**
	 * The Chinese of the records the pack does not otherwise carry, as translations: a
	 * portal holding the same records gets it where its own are empty.
	 */
	private List<Map<String, Object>> translations() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Indicator indicator : this.figures.indicators()) {
			translation(rows, "indicator", indicator.getCode(), "unit_zh", indicator.getUnitZh(), "definition_zh",
					indicator.getDefinitionZh());
		}
		this.disputes.findAll(org.springframework.data.domain.Sort.by("slug"))
			.forEach((d) -> translation(rows, "dispute", d.getSlug(), "title_zh", d.getTitleZh(), "issue_zh",
					d.getIssueZh(), "known_otherwise_zh", d.getKnownOtherwiseZh()));
		this.companies.findAll(org.springframework.data.domain.Sort.by("slug"))
			.forEach((c) -> translation(rows, "company", c.getSlug(), "summary_zh", c.getSummaryZh()));
		this.institutions.findAll(org.springframework.data.domain.Sort.by("slug"))
			.forEach((u) -> translation(rows, "institution", u.getSlug(), "summary_zh", u.getSummaryZh()));
		this.incentives.findAll(org.springframework.data.domain.Sort.by("slug"))
			.forEach((i) -> translation(rows, "incentive", i.getSlug(), "title_zh", i.getTitleZh(), "summary_zh",
					i.getSummaryZh()));
		this.statements.findAll(org.springframework.data.domain.Sort.by("id"))
			.stream()
			.filter((st) -> st.getSeedRef() != null || st.getPackRef() != null)
			.forEach((st) -> translation(rows, "statement",
					(st.getSeedRef() != null) ? st.getSeedRef() : st.getPackRef(), "paraphrase_zh",
					st.getParaphraseZh()));
		return rows;
	}

	/**
	 * One translation row, when the record has any of the fields
	 * ({@code name, value, …}).
	 */
	private static void translation(List<Map<String, Object>> rows, String record, String key, String... fields) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			if (fields[i + 1] != null) {
				row.put(fields[i], fields[i + 1]);
			}
		}
		if (!row.isEmpty()) {
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("record", record);
			named.put("key", key);
			named.putAll(row);
			rows.add(named);
		}
	}

	/** The whole dataset as YAML text. */
	@Transactional(readOnly = true)
	public String yaml() {
		return yaml(null);
	}

	/**
	 * One hub as YAML text: the hub (after the hubs it is part of), its figures, and the
	 * indicators and definitions they use; small enough to read as a sample of the
	 * format. 404 when the slug is unknown.
	 */
	@Transactional(readOnly = true)
	public String yaml(String hubSlug) {
		City only = (hubSlug != null) ? this.cities.get(hubSlug) : null;
		Map<String, Object> pack = new LinkedHashMap<>();
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("name", (only != null) ? "Hub Atlas: " + only.getName() : "Hub Atlas dataset");
		meta.put("created", LocalDate.now(ZoneOffset.UTC).toString());
		meta.put("note", (only != null)
				? "Exported from Hub Atlas: " + only.getName() + " and every figure about it, each with the quote it "
						+ "rests on and its source, with the indicators they use. Import it as a data pack."
				: "Exported from Hub Atlas: every hub, the indicator catalogue and every figure about a hub, "
						+ "each with the quote it rests on and its source. Import it as a data pack.");
		pack.put("meta", meta);
		List<Figure> figures = (only != null) ? this.figures.forCities(List.of(only.getId()))
				: this.figures.forAllCities();
		Set<String> used = new HashSet<>();
		figures.forEach((figure) -> used.add(figure.getIndicator().getCode()));
		List<Map<String, Object>> indicators = new ArrayList<>();
		for (Indicator indicator : this.figures.indicators()) {
			if (only != null && !used.contains(indicator.getCode())) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", indicator.getCode());
			row.put("name", indicator.getName());
			if (indicator.getNameZh() != null) {
				row.put("name_zh", indicator.getNameZh());
			}
			row.put("unit", indicator.getUnit());
			row.put("higher_is_better", indicator.isHigherIsBetter());
			row.put("definition", indicator.getDefinition());
			row.put("sort", indicator.getSortOrder());
			indicators.add(row);
		}
		pack.put("indicators", indicators);
		Map<String, List<Map<String, Object>>> definitions = new LinkedHashMap<>();
		for (IndicatorDefinition definition : this.figures.definitions()) {
			if (only != null && !used.contains(definition.getIndicator().getCode())) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", definition.getKey());
			row.put("label", definition.getLabel());
			if (definition.getLabelZh() != null) {
				row.put("label_zh", definition.getLabelZh());
			}
			if (definition.getCountsAs() != null) {
				row.put("counts_as", definition.getCountsAs());
			}
			row.put("sort", definition.getSortOrder());
			definitions.computeIfAbsent(definition.getIndicator().getCode(), (k) -> new ArrayList<>()).add(row);
		}
		pack.put("definitions", definitions);
		List<City> hubs = (only != null) ? withParents(only) : this.cities.all();
		List<Map<String, Object>> hubRows = new ArrayList<>();
		// Parents first, so that an importer meets every parent before its sub-areas.
		hubs.stream().filter((hub) -> hub.getParent() == null).forEach((hub) -> hubRows.add(hubRow(hub)));
		hubs.stream().filter((hub) -> hub.getParent() != null).forEach((hub) -> hubRows.add(hubRow(hub)));
		pack.put("hubs", hubRows);
		Map<Long, String> slugs = new LinkedHashMap<>();
		hubs.forEach((hub) -> slugs.put(hub.getId(), hub.getSlug()));
		List<Map<String, Object>> entries = new ArrayList<>();
		List<String> notCarried = new ArrayList<>();
		for (Figure figure : figures) {
			String hub = slugs.get(figure.getSubject().getCityId());
			String asOf = asOf(figure);
			if (figure.getSeedRef() != null || asOf == null || !asOf.matches("\\d{4}.*")) {
				// The seed articles' figures: every portal holds them from its own seed
				// data (and a pack dates every figure by a year, which some of them
				// lack).
				notCarried
					.add(hub + " \u00b7 " + figure.getIndicator().getCode() + " \u00b7 " + figure.getValueAsWritten());
				continue;
			}
			entries.add(entry(figure, hub, asOf));
		}
		if (!notCarried.isEmpty()) {
			meta.put("not_carried", notCarried);
			meta.put("not_carried_why", "Figures from the five articles Hub Atlas started from: every copy of the "
					+ "portal holds them from the start, so a pack does not carry them (the CSV downloads give them).");
		}
		pack.put("entries", entries);
		if (only == null) {
			pack.put("translations", translations());
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndicatorIndent(0);
		options.setWidth(120);
		options.setAllowUnicode(true);
		return ((only != null)
				? "# Hub Atlas: " + only.getName() + " as a data pack (the hub, its figures with quotes and sources).\n"
				: "# Hub Atlas: the whole dataset as a data pack (hubs, indicators, figures with quotes and sources).\n")
				+ new Yaml(options).dump(pack);
	}

	/**
	 * A hub of its own (no sub-area) whose pack makes a short sample: the one with the
	 * fewest figures among those with at least five; null when none has five.
	 */
	@Transactional(readOnly = true)
	public City sampleHub() {
		var picks = this.figures.hubFigurePicks();
		return this.cities.all()
			.stream()
			.filter((hub) -> hub.getParent() == null && picks.count(hub.getId()) >= 5)
			.min(java.util.Comparator.comparingInt((City hub) -> picks.count(hub.getId())))
			.orElse(null);
	}

	/** The hub after the hubs it is part of, outermost first. */
	private static List<City> withParents(City hub) {
		List<City> chain = new ArrayList<>();
		for (City at = hub; at != null && chain.size() < 10; at = at.getParent()) {
			chain.add(0, at);
		}
		return chain;
	}

	private static Map<String, Object> hubRow(City hub) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("slug", hub.getSlug());
		row.put("name", hub.getName());
		row.put("name_zh", hub.getNameZh());
		row.put("level", level(hub.getLevel()));
		row.put("province", hub.getProvince());
		row.put("parent", (hub.getParent() != null) ? hub.getParent().getSlug() : null);
		row.put("lat", (hub.getLatitude() != null) ? hub.getLatitude().doubleValue() : null);
		row.put("lon", (hub.getLongitude() != null) ? hub.getLongitude().doubleValue() : null);
		row.put("summary", hub.getSummary());
		row.put("summary_zh", hub.getSummaryZh());
		return row;
	}

	/** The level as packs write it ("sub-provincial city"). */
	static String level(CityLevel level) {
		return switch (level) {
			case MUNICIPALITY -> "municipality";
			case SUB_PROVINCIAL_CITY -> "sub-provincial city";
			case PREFECTURE_CITY -> "prefecture-level city";
			case PROVINCE -> "province";
			case AUTONOMOUS_REGION -> "autonomous region";
			case COUNTY -> "county";
			case DISTRICT -> "district";
			case AREA -> "area";
		};
	}

	private static Map<String, Object> entry(Figure figure, String hub, String asOf) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("hub", hub);
		row.put("indicator", figure.getIndicator().getCode());
		row.put("value", (figure.getValueNumeric() != null)
				? figure.getValueNumeric().stripTrailingZeros().toPlainString() : null);
		row.put("value_as_written", figure.getValueAsWritten());
		row.put("unit", figure.getIndicator().getUnit());
		row.put("as_of", asOf);
		row.put("qualifier", figure.getKind().name().toLowerCase(Locale.ROOT));
		if (figure.getDefinition() != null) {
			row.put("definition", figure.getDefinition().getKey());
		}
		if (figure.getDefinitionWords() != null) {
			row.put("definition_words", figure.getDefinitionWords());
		}
		row.put("quote", figure.getQuote());
		if (figure.getPackRef() != null) {
			// The key the figure is held under, so that the pack finds it again even
			// where a reclassification has moved it since.
			row.put("key", figure.getPackRef());
		}
		if (figure.getNote() != null) {
			// The importer joins a pack's date basis and note into this one note.
			row.put("note", figure.getNote());
		}
		Source source = figure.getSource();
		Map<String, Object> cited = new LinkedHashMap<>();
		cited.put("title", source.getTitle());
		cited.put("publisher", source.getPublisher());
		cited.put("published", source.getPublishedLabel());
		cited.put("url", source.getUrl());
		if (source.getUrl() == null) {
			// The seed articles print no address; every portal holds them under this
			// reference.
			cited.put("ref", source.getSlug());
		}
		row.put("source", cited);
		if (source.getTrust() != null) {
			row.put("trust", source.getTrust().name().toLowerCase(Locale.ROOT));
		}
		if (source.isExcerptOnly()) {
			row.put("excerpt_only", true);
		}
		return row;
	}

	/**
	 * The date as the pack gave it (it starts with a year); else, for a target, its year;
	 * else the date as the source states it, or its year.
	 */
	private static String asOf(Figure figure) {
		if (figure.getAsOfLabel() != null && figure.getAsOfLabel().matches("\\d{4}.*")) {
			return figure.getAsOfLabel();
		}
		if (figure.getKind() == FigureKind.TARGET && figure.getTargetYear() != null) {
			return String.valueOf(figure.getTargetYear());
		}
		if (figure.getStatedAsOf() != null) {
			return figure.getStatedAsOf();
		}
		return (figure.getAsOfYear() != null) ? String.valueOf(figure.getAsOfYear()) : null;
	}

}
