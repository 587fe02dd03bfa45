package org.hubatlas.pack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.hubatlas.admin.RecordEditor;
import org.hubatlas.admin.RecordKinds;
import org.hubatlas.city.CityRepository;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.company.CompanyRepository;
import org.hubatlas.dispute.DisputeRepository;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorRepository;
import org.hubatlas.incentive.IncentiveRepository;
import org.hubatlas.pack.PackContent.TranslationRow;
import org.hubatlas.pack.PlanRow.Outcome;
import org.hubatlas.statement.StatementRepository;
import org.hubatlas.university.UniversityRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pack's translations: each names a record by kind and key and gives its Chinese,
 * written through the admin write path of the record's kind (the form's binding and
 * rules, the kind's check and write, a revision noting the pack) where its fields are
 * empty: never over an editor's words.
 */
@Component
class PackTranslations {

	/** The records a translation may name, and their kinds' keys. */
	private static final Map<String, String> KINDS = kinds();

	/** The Chinese fields a translation may give for each record, as packs name them. */
	private static final Map<String, List<String>> FIELDS = Map.of("hub", List.of("name_zh", "summary_zh"), "indicator",
			List.of("name_zh", "unit_zh", "definition_zh"), "company", List.of("name_zh", "summary_zh"), "institution",
			List.of("name_zh", "summary_zh"), "incentive", List.of("title_zh", "summary_zh"), "dispute",
			List.of("title_zh", "issue_zh", "known_otherwise_zh"), "statement", List.of("paraphrase_zh"));

	private final IndicatorRepository indicators;

	private final CityRepository cities;

	private final CompanyRepository companies;

	private final UniversityRepository universities;

	private final IncentiveRepository incentives;

	private final DisputeRepository disputes;

	private final StatementRepository statements;

	private final RecordKinds kinds;

	private final RecordEditor editor;

	private final EntityManager entityManager;

	PackTranslations(IndicatorRepository indicators, CityRepository cities, CompanyRepository companies,
			UniversityRepository universities, IncentiveRepository incentives, DisputeRepository disputes,
			StatementRepository statements, RecordKinds kinds, RecordEditor editor, EntityManager entityManager) {
		this.indicators = indicators;
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.disputes = disputes;
		this.statements = statements;
		this.kinds = kinds;
		this.editor = editor;
		this.entityManager = entityManager;
	}

	/**
	 * Writes the translations inside the pack's transaction, finding their records in one
	 * query per kind (indicators the pack itself holds are not looked up again); the
	 * report's rows, in the pack's order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<PlanRow> apply(List<TranslationRow> rows, Map<String, Indicator> heldIndicators, String note) {
		Map<String, Map<String, VersionedEntity>> records = records(rows, heldIndicators);
		// A translation writes only Chinese words, which no kind's check reads: the
		// checks' queries need not flush the rows before them first, which would
		// dirty-check every record the pack holds, once per query.
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			return rows.stream().map((row) -> translate(row, records, note)).toList();
		}
		finally {
			this.entityManager.setFlushMode(FlushModeType.AUTO);
		}
	}

	private Map<String, Map<String, VersionedEntity>> records(List<TranslationRow> rows,
			Map<String, Indicator> heldIndicators) {
		Map<String, Set<String>> keys = new HashMap<>();
		for (TranslationRow row : rows) {
			if (row.record() != null && row.key() != null) {
				keys.computeIfAbsent(row.record(), (k) -> new HashSet<>()).add(row.key());
			}
		}
		Map<String, Map<String, VersionedEntity>> records = new HashMap<>();
		keys.forEach((record, wanted) -> {
			Map<String, VersionedEntity> found = new HashMap<>();
			switch (record) {
				case "indicator" -> {
					Map<String, Indicator> byCode = new HashMap<>(heldIndicators);
					Set<String> missing = new HashSet<>();
					wanted.stream()
						.map(PackImporter::code)
						.filter((code) -> !byCode.containsKey(code))
						.forEach(missing::add);
					PackImporter.inChunks(missing, this.indicators::findByCodeIn)
						.forEach((indicator) -> byCode.put(indicator.getCode(), indicator));
					wanted.stream()
						.filter((key) -> byCode.containsKey(PackImporter.code(key)))
						.forEach((key) -> found.put(key, byCode.get(PackImporter.code(key))));
				}
				case "hub" -> PackImporter.inChunks(wanted, this.cities::findBySlugIn)
					.forEach((hub) -> found.put(hub.getSlug(), hub));
				case "company" -> PackImporter.inChunks(wanted, this.companies::findBySlugIn)
					.forEach((company) -> found.put(company.getSlug(), company));
				case "institution" -> PackImporter.inChunks(wanted, this.universities::findBySlugIn)
					.forEach((institution) -> found.put(institution.getSlug(), institution));
				case "incentive" -> PackImporter.inChunks(wanted, this.incentives::findBySlugIn)
					.forEach((incentive) -> found.put(incentive.getSlug(), incentive));
				case "dispute" -> PackImporter.inChunks(wanted, this.disputes::findBySlugIn)
					.forEach((dispute) -> found.put(dispute.getSlug(), dispute));
				case "statement" -> {
					PackImporter.inChunks(wanted, this.statements::findBySeedRefIn)
						.forEach((statement) -> found.put(statement.getSeedRef(), statement));
					PackImporter.inChunks(wanted, this.statements::findByPackRefIn)
						.forEach((statement) -> found.put(statement.getPackRef(), statement));
				}
				default -> {
				}
			}
			records.put(record, found);
		});
		return records;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private PlanRow translate(TranslationRow row, Map<String, Map<String, VersionedEntity>> records, String note) {
		String label = row.record() + " " + row.key();
		String kindKey = KINDS.get(String.valueOf(row.record()));
		if (kindKey == null || row.key() == null) {
			return PlanRow.refused(row.line(), "translation", label,
					InterfaceText.message("pack.refuse.translationRecord",
							"A translation names its record (one of: {0}) and its key.",
							String.join(", ", KINDS.keySet())));
		}
		VersionedEntity record = records.getOrDefault(row.record(), Map.of()).get(row.key());
		if (record == null) {
			return PlanRow.refused(row.line(), "translation", label, InterfaceText.message(
					"pack.refuse.translationUnknown", "There is no {0} \u201c{1}\u201d.", row.record(), row.key()));
		}
		List<String> allowed = FIELDS.get(row.record());
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> value : row.values().entrySet()) {
			if (!allowed.contains(value.getKey())) {
				return PlanRow.refused(row.line(), "translation", label,
						InterfaceText.message("pack.refuse.translationField",
								"\u201c{0}\u201d is not a field a translation gives for a {1} (one of: {2}).",
								value.getKey(), row.record(), String.join(", ", allowed)));
			}
			values.put(formField(value.getKey()), value.getValue());
		}
		RecordKind kind = this.kinds.byKey(kindKey, RecordKind.class);
		RecordEditor.Filled<VersionedEntity> filled = this.editor.fill(kind, record, values, note);
		if (filled.refused()) {
			return PlanRow.refused(row.line(), "translation", label, String.join(" ", filled.refusals()));
		}
		return new PlanRow(row.line(), "translation", label,
				(filled.record() != null) ? Outcome.CHANGE : Outcome.UNCHANGED, null);
	}

	private static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("hub", "city");
		kinds.put("indicator", "indicator");
		kinds.put("company", "company");
		kinds.put("institution", "university");
		kinds.put("incentive", "incentive");
		kinds.put("dispute", "dispute");
		kinds.put("statement", "statement");
		return kinds;
	}

	/**
	 * A pack's field as the form names it: "known_otherwise_zh" to "knownOtherwiseZh".
	 */
	static String formField(String packField) {
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : packField.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return field.toString();
	}

}
