package org.hubatlas.pack;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubatlas.admin.RecordEditor;
import org.hubatlas.admin.RecordKinds;
import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityRepository;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyKind;
import org.hubatlas.company.CompanyRepository;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeForm;
import org.hubatlas.dispute.DisputeRepository;
import org.hubatlas.dispute.DisputeType;
import org.hubatlas.dispute.Severity;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.editing.Revision;
import org.hubatlas.editing.RevisionService;
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureForm;
import org.hubatlas.figure.FigureKind;
import org.hubatlas.figure.FigureRepository;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.IndicatorDefinition;
import org.hubatlas.figure.IndicatorDefinitionRepository;
import org.hubatlas.figure.IndicatorForm;
import org.hubatlas.figure.IndicatorRepository;
import org.hubatlas.figure.Qualifier;
import org.hubatlas.pack.PackContent.AlsoRow;
import org.hubatlas.pack.PackContent.CompanyRow;
import org.hubatlas.pack.PackContent.DefinitionRow;
import org.hubatlas.pack.PackContent.EntryRow;
import org.hubatlas.pack.PackContent.HubRow;
import org.hubatlas.pack.PackContent.IndicatorRow;
import org.hubatlas.pack.PackContent.ReclassifyRow;
import org.hubatlas.pack.PackContent.SourceRow;
import org.hubatlas.pack.PlanRow.Outcome;
import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceForm;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.Trust;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementForm;
import org.hubatlas.statement.StatementRepository;
import org.hubatlas.subject.Subject;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hubatlas.common.Text.blankToNull;

/**
 * Applies data packs: every row checked (unknown hub or indicator, a unit that does not
 * match the indicator, a missing quote or source, a duplicate, a malformed number or
 * date), then everything written in one transaction, each change recorded in the history
 * as imported from the pack. A preview runs exactly the same work and rolls it back, so
 * it says what applying will do. Applying a pack again finds every row as it left it and
 * changes nothing.
 */
@Service
public class PackImporter {

	/**
	 * What the national "hub" of a pack stands for: China as a whole, whose facts become
	 * statements.
	 */
	static final String NATIONAL = "china";

	/**
	 * A quote's closing brackets that name the page it comes from: an address or a date
	 * in them ("… in 2023. (livemint.com, 2025-01-28)").
	 */
	private static final Pattern NAMED_ELSEWHERE = Pattern.compile(
			"\\(((?:[^()]|\\([^()]*\\))*?(?:\\b[\\w-]+\\.(?:com|cn|org|net|ch|news|gov|int)\\b|\\d{4}-\\d{2})(?:[^()]|\\([^()]*\\))*)\\)'?$");

	/**
	 * A name in the pack format's style: an indicator's code or a field, "rd_intensity".
	 */
	private static final Pattern PACK_NAME = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");

	/** The pack format's field names that research notes mention, as readers say them. */
	private static final Map<String, String> FIELD_WORDS = Map.of("as_of", "the date", "as_of_basis",
			"the date's basis", "name_zh", "the Chinese name", "value_as_written", "the value as written");

	private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\b.*");

	/** A date inside a year, before its last month: "2025-02", "2025-06-30". */
	private static final Pattern SET_WITHIN_A_YEAR = Pattern.compile("\\d{4}-(0[1-9]|1[01])(-\\d{2})?");

	/** The definition of figures whose source does not say how it counts. */
	static final String UNSTATED = "not-stated";

	/**
	 * A definition's key: what a pack names, as opposed to a free-text definition of old.
	 */
	static final String DEFINITION_KEY = "[a-z0-9][a-z0-9-]{0,119}";

	/** Keys per lookup query: well below what every database takes in one list. */
	private static final int KEYS_PER_QUERY = 500;

	private final CityRepository cities;

	private final IndicatorRepository indicators;

	private final SourceRepository sources;

	private final FigureRepository figures;

	private final StatementRepository statements;

	private final DisputeRepository disputes;

	private final DataPackRepository packs;

	private final RevisionService revisions;

	private final TransactionTemplate transactions;

	private final IndicatorDefinitionRepository definitions;

	private final CompanyRepository companies;

	private final PackTranslations translations;

	private final RecordKinds kinds;

	private final RecordEditor editor;

	PackImporter(CityRepository cities, IndicatorRepository indicators, SourceRepository sources,
			FigureRepository figures, StatementRepository statements, DisputeRepository disputes,
			DataPackRepository packs, RevisionService revisions, PlatformTransactionManager transactionManager,
			IndicatorDefinitionRepository definitions, CompanyRepository companies, RecordEditor editor,
			PackTranslations translations, RecordKinds kinds) {
		this.translations = translations;
		this.kinds = kinds;
		this.definitions = definitions;
		this.companies = companies;
		this.editor = editor;
		this.cities = cities;
		this.indicators = indicators;
		this.sources = sources;
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
		this.packs = packs;
		this.revisions = revisions;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What applying the pack would do, row by row; nothing is written. */
	public PackReport preview(String fileName, byte[] bytes) {
		return run(fileName, bytes, false, false);
	}

	/**
	 * Applies the pack in one transaction and records it; a pack that cannot be read is
	 * refused whole.
	 */
	public PackReport apply(String fileName, byte[] bytes) {
		return run(fileName, bytes, true, false);
	}

	/**
	 * Applies the pack whole or not at all, as an admin's upload is: a row refused when
	 * it is applied (a record changed since the preview) rolls back every other; its
	 * refused rows then say why nothing was written.
	 */
	public PackReport applyWhole(String fileName, byte[] bytes) {
		return run(fileName, bytes, true, true);
	}

	/**
	 * Whether a pack with these contents was applied before (the shipped packs are
	 * applied once).
	 */
	public boolean wasApplied(byte[] bytes) {
		return this.packs.existsBySha256(sha256(bytes));
	}

	/**
	 * Deletes, in one transaction, the statements an earlier version of this importer
	 * wrote from a company's further quote that names another page: they cite that quote
	 * to the row's source, which did not say it. Each deletion is in the statement's
	 * history with a note saying why. A statement an admin has edited or restored since,
	 * or one something points at, stays for the admin to judge. Returns what was deleted,
	 * as "company: the page named".
	 */
	public List<String> retractQuotesFromOtherPages() {
		return this.transactions.execute((status) -> {
			@SuppressWarnings("unchecked")
			RecordKind<Statement, ?> kind = this.kinds.byKey("statement", RecordKind.class);
			List<String> retracted = new ArrayList<>();
			for (Statement statement : this.statements.findCompanyQuotesFromPacks()) {
				String elsewhere = namedElsewhere(statement.getQuote());
				if (elsewhere == null || this.revisions.editedByHand("statement", statement.getId())
						|| !kind.references(statement).isEmpty()) {
					continue;
				}
				this.editor.retracted(kind, statement, "Removed: its quote is from another page (" + elsewhere
						+ ") than the source it was cited to. Data packs no longer take such a quote in.");
				retracted.add(cut(statement.getParaphrase(), 80) + " (" + elsewhere + ")");
			}
			return retracted;
		});
	}

	/**
	 * Removes, in one transaction, the figures about a hub that an earlier version took
	 * in twice from two packs (the same hub, indicator, kind, value, source and quote
	 * under two keys, dated alike): the one dated most exactly stays. Each removal is in
	 * the figure's history with a note saying why. One an admin has edited or restored
	 * since, one something points at and one the seed gave stay for the admin to judge.
	 * Returns what was removed, as "figure (date)".
	 */
	public List<String> removeRepeatedFigures() {
		return this.transactions.execute((status) -> {
			@SuppressWarnings("unchecked")
			RecordKind<Figure, ?> kind = this.kinds.byKey("figure", RecordKind.class);
			Map<String, List<Figure>> repeats = new LinkedHashMap<>();
			for (Figure figure : this.figures.findAboutHubsRepeated()) {
				repeats
					.computeIfAbsent(figure.getSubject().getCityId() + ":" + figure.getIndicator().getId() + ":"
							+ figure.getKind() + ":" + figure.getValueNumeric().stripTrailingZeros().toPlainString()
							+ ":" + figure.getSource().getId() + ":" + figure.getQuote(), (k) -> new ArrayList<>())
					.add(figure);
			}
			List<String> removed = new ArrayList<>();
			for (List<Figure> same : repeats.values()) {
				Figure kept = same.stream()
					.reduce((one, other) -> moreExact(other.getAsOfLabel(), one.getAsOfLabel()) ? other : one)
					.orElseThrow();
				for (Figure repeat : same) {
					if (repeat == kept || repeat.getPackRef() == null
							|| !datesAgree(kept.getAsOfLabel(), repeat.getAsOfLabel())
							|| moreExact(repeat.getAsOfLabel(), kept.getAsOfLabel())
							|| this.revisions.editedByHand("figure", repeat.getId())
							|| !kind.references(repeat).isEmpty()) {
						continue;
					}
					removed.add(kind.nameOf(repeat) + " ("
							+ Objects.requireNonNullElse(repeat.getAsOfLabel(), "undated") + ")");
					this.editor.retracted(kind, repeat, "Removed: it repeated the figure dated "
							+ Objects.requireNonNullElse(kept.getAsOfLabel(), "undated")
							+ ", which stays (the same hub, indicator, value, source and quote, given by two data packs).");
				}
			}
			return removed;
		});
	}

	/** The packs applied so far, newest first. */
	public List<DataPackRecord> applied() {
		return this.packs.findAllByOrderByAppliedAtDesc();
	}

	private PackReport run(String fileName, byte[] bytes, boolean write, boolean whole) {
		String name = safeName(fileName);
		String sha = sha256(bytes);
		PackContent content = PackReader.read(name, utf8(bytes));
		return this.transactions.execute((status) -> {
			Run run = new Run(name, sha);
			run.preload(content);
			run.rows.addAll(content.unreadable());
			content.indicators().forEach(run::indicator);
			content.definitions().forEach(run::definition);
			run.soleDefinitions(content);
			content.hubs().forEach(run::hub);
			content.hubs().forEach(run::parent);
			content.entries().forEach(run::entry);
			run.preloadReclassified(content);
			content.reclassify().forEach(run::reclassify);
			run.preloadCompanies(content);
			content.companies().forEach(run::company);
			run.rows.addAll(this.translations.apply(content.translations(), run.indicatorsByCode, run.note));
			run.dropUnusedWordings();
			run.nameUnstatedDefinitions();
			PackReport report = new PackReport(name, sha, run.rows);
			if (write && !(whole && report.count(Outcome.REFUSED) > 0)) {
				this.packs.save(new DataPackRecord(name, sha, LocalDateTime.now(ZoneOffset.UTC),
						RevisionService.currentUser(), report.count(Outcome.CREATE), report.count(Outcome.CHANGE),
						report.count(Outcome.UNCHANGED), report.refused()));
			}
			else {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	private static String safeName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "pack" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 120) ? name.substring(0, 120) : name;
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new PackFileException(InterfaceText.message("problem.text1", "The file is not UTF-8 text."));
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One application or preview of a pack: the rows so far and the keys already seen.
	 */
	private final class Run {

		private final String note;

		private final List<PlanRow> rows = new ArrayList<>();

		private final Map<String, Integer> seen = new HashMap<>();

		/**
		 * Sources by address: the first row that cites a page says what it is; later rows
		 * only cite it.
		 */
		private final Map<String, Source> sourcesByUrl = new HashMap<>();

		// What the rows look up, read before the first row (preload) and kept up to date
		// as rows create and change things, so that a later row finds what an earlier one
		// wrote.

		private final Map<String, Indicator> indicatorsByCode = new HashMap<>();

		private final Map<String, City> hubsBySlug = new HashMap<>();

		private final Map<String, Figure> figuresByRef = new HashMap<>();

		/** Figures about hubs by their quote: a figure held under another key. */
		private final Map<String, List<Figure>> figuresByQuote = new HashMap<>();

		private final Map<String, Statement> statementsByRef = new HashMap<>();

		private final Set<String> disputeRefs = new HashSet<>();

		/** Each indicator's definitions by key, by indicator code. */
		private final Map<String, Map<String, IndicatorDefinition>> definitionsByCode = new HashMap<>();

		/** Figures a reclassification may name, by hub id and indicator code. */
		private final Map<String, List<Figure>> reclassifiable = new HashMap<>();

		/** Figures of seed indicators a reclassification moves, by indicator code. */
		private final Map<String, List<Figure>> byIndicatorCode = new HashMap<>();

		/** Indicators whose list of definitions this run added to or changed. */
		private final Set<Long> definedIndicators = new HashSet<>();

		/** The keys of the definitions this pack lists, by indicator code. */
		private final Map<String, Set<String>> packDefinitionKeys = new HashMap<>();

		/** Figures this run created or changed. */
		private final Set<Figure> written = new HashSet<>();

		/** The row of each figure this run creates, by its place in the rows. */
		private final Map<Figure, Integer> createdRows = new HashMap<>();

		/** Companies a pack may name again, by address name and by Chinese name. */
		private final Map<String, Company> companiesByKey = new HashMap<>();

		/** The oldest source the portal holds at each address the pack cites. */
		private final Map<String, Source> heldSourcesByUrl = new HashMap<>();

		/**
		 * Sources the pack cites by reference (the seed articles, which print no
		 * address).
		 */
		private final Map<String, Source> heldSourcesBySlug = new HashMap<>();

		Run(String name, String sha) {
			this.note = Revision.IMPORTED + name + " (sha256 " + sha.substring(0, 12) + "\u2026)";
		}

		/**
		 * Reads everything the rows will look up (indicators, hubs, what earlier
		 * applications brought, sources by address) in a few queries of up to
		 * {@value PackImporter#KEYS_PER_QUERY} keys each, instead of several queries per
		 * row: a pack costs the same handful of reads however many rows it has, and no
		 * query between rows makes Hibernate check every entity written so far.
		 */
		void preload(PackContent content) {
			Set<String> codes = new HashSet<>();
			Set<String> slugs = new HashSet<>();
			Set<String> figureRefs = new HashSet<>();
			Set<String> quotes = new HashSet<>();
			Set<String> statementRefs = new HashSet<>();
			Set<String> wantedDisputeRefs = new HashSet<>();
			Set<String> urls = new HashSet<>();
			Set<String> sourceRefs = new HashSet<>();
			for (IndicatorRow row : content.indicators()) {
				addIfPresent(codes, code(row.key()));
			}
			for (DefinitionRow row : content.definitions()) {
				addIfPresent(this.packDefinitionKeys.computeIfAbsent(code(row.indicator()), (k) -> new HashSet<>()),
						row.key());
			}
			for (HubRow row : content.hubs()) {
				addIfPresent(slugs, row.slug());
				addIfPresent(slugs, row.parent());
			}
			for (EntryRow row : content.entries()) {
				addIfPresent(codes, code(row.indicator()));
				addIfPresent(slugs, row.hub());
				List<SourceRow> cited = new ArrayList<>();
				cited.add(row.source());
				row.also().forEach((also) -> cited.add(also.source()));
				for (SourceRow source : cited) {
					if (source != null) {
						addIfPresent(urls, source.url());
						addIfPresent(sourceRefs, source.ref());
					}
				}
				if (row.hub() == null || row.indicator() == null || row.quote() == null) {
					continue;
				}
				String ref = packRef(row);
				if (NATIONAL.equals(row.hub())) {
					statementRefs.add(ref);
				}
				else {
					figureRefs.addAll(figureKeys(row));
					quotes.add(row.quote());
					wantedDisputeRefs.add(ref + "#conflict");
				}
				for (int i = 0; i < row.also().size(); i++) {
					statementRefs.add(ref + "#also" + i);
				}
			}
			for (DefinitionRow row : content.definitions()) {
				addIfPresent(codes, code(row.indicator()));
			}
			for (ReclassifyRow row : content.reclassify()) {
				addIfPresent(codes, code(row.indicator()));
				addIfPresent(codes, code(row.moveToIndicator()));
				addIfPresent(codes, code(row.seedIndicator()));
				addIfPresent(slugs, row.hub());
				for (int i = 0; i < row.also().size(); i++) {
					statementRefs.add(reclassifyRef(row) + "#also" + i);
				}
				for (AlsoRow also : row.also()) {
					if (also.source() != null) {
						addIfPresent(urls, also.source().url());
					}
				}
			}
			for (CompanyRow row : content.companies()) {
				addIfPresent(slugs, row.hub());
				if (row.source() != null) {
					addIfPresent(urls, row.source().url());
				}
				if (row.name() != null && row.quote() != null) {
					statementRefs.add(companyRef(row, row.quote()));
					if (row.alsoQuote() != null) {
						statementRefs.add(companyRef(row, row.alsoQuote()));
					}
				}
			}
			inChunks(codes, PackImporter.this.indicators::findByCodeIn)
				.forEach((indicator) -> this.indicatorsByCode.put(indicator.getCode(), indicator));
			List<Long> indicatorIds = this.indicatorsByCode.values().stream().map(Indicator::getId).toList();
			if (!indicatorIds.isEmpty()) {
				PackImporter.this.definitions.findForIndicators(indicatorIds).forEach(this::holdDefinition);
			}
			inChunks(slugs, PackImporter.this.cities::findBySlugsWithParent)
				.forEach((city) -> this.hubsBySlug.put(city.getSlug(), city));
			inChunks(figureRefs, PackImporter.this.figures::findByPackRefIn)
				.forEach((figure) -> this.figuresByRef.put(figure.getPackRef(), figure));
			inChunks(quotes, PackImporter.this.figures::findAboutHubsQuoting).forEach(this::holdQuoted);
			inChunks(statementRefs, PackImporter.this.statements::findByPackRefIn)
				.forEach((statement) -> this.statementsByRef.put(statement.getPackRef(), statement));
			this.disputeRefs.addAll(inChunks(wantedDisputeRefs, PackImporter.this.disputes::findPackRefsIn));
			inChunks(urls, PackImporter.this.sources::findByUrlInOrderById)
				.forEach((source) -> this.heldSourcesByUrl.putIfAbsent(source.getUrl(), source));
			inChunks(sourceRefs, PackImporter.this.sources::findBySlugIn)
				.forEach((source) -> this.heldSourcesBySlug.put(source.getSlug(), source));
		}

		void indicator(IndicatorRow row) {
			String code = code(row.key());
			String label = (row.name() != null) ? row.name() : String.valueOf(row.key());
			if (row.key() == null || row.name() == null || row.unit() == null) {
				refuse(row.line(), "indicator", label,
						InterfaceText.message("problem.text2", "An indicator needs a key, a name and a unit."));
				return;
			}
			if (duplicate(row.line(), "indicator", label, "indicator:" + code)) {
				return;
			}
			boolean higher = (row.higherIsBetter() == null) || row.higherIsBetter();
			int sort = (row.sortOrder() != null) ? row.sortOrder() : 500;
			Indicator held = this.indicatorsByCode.get(code);
			// The indicator's form as the row would leave it: the catalogue's words from
			// the row, its Chinese name where the row gives one, and what else it holds
			// (its list of definitions, its Chinese unit and definition) as it is.
			IndicatorForm now = (held != null)
					? IndicatorForm.from(held, PackImporter.this.definitions.findForIndicator(held.getId())) : null;
			IndicatorForm form = new IndicatorForm(code, row.name(),
					(row.nameZh() != null || now == null) ? row.nameZh() : now.nameZh(), row.unit(), higher,
					row.definition(), sort, (now != null) ? now.definitions() : null,
					(now != null) ? now.unitZh() : null, (now != null) ? now.definitionZh() : null, null);
			if (refusedByForm(row.line(), "indicator", "indicator", label, form,
					(held != null) ? held.getId() : null)) {
				return;
			}
			if (held == null) {
				Indicator created = (Indicator) PackImporter.this.editor.imported(recordKind("indicator"), null, form,
						this.note);
				this.indicatorsByCode.put(code, created);
				this.rows.add(new PlanRow(row.line(), "indicator", label, Outcome.CREATE, null));
				return;
			}
			if (Objects.equals(held.getName(), row.name()) && Objects.equals(held.getUnit(), row.unit())
					&& held.isHigherIsBetter() == higher && Objects.equals(held.getDefinition(), row.definition())
					&& held.getSortOrder() == sort && (row.nameZh() == null || row.nameZh().equals(held.getNameZh()))) {
				this.rows.add(new PlanRow(row.line(), "indicator", label, Outcome.UNCHANGED, null));
				return;
			}
			PackImporter.this.editor.imported(recordKind("indicator"), held, form, this.note);
			this.rows.add(new PlanRow(row.line(), "indicator", label, Outcome.CHANGE, null));
		}

		void holdDefinition(IndicatorDefinition definition) {
			this.definitionsByCode.computeIfAbsent(definition.getIndicator().getCode(), (k) -> new HashMap<>())
				.put(definition.getKey(), definition);
		}

		private Map<String, IndicatorDefinition> definitionsOf(Indicator indicator) {
			return this.definitionsByCode.getOrDefault(indicator.getCode(), Map.of());
		}

		/**
		 * One definition of an indicator's list: added, or its labels brought up to date.
		 */
		void definition(DefinitionRow row) {
			String label = row.indicator() + " \u00b7 " + row.key();
			Indicator indicator = this.indicatorsByCode.get(code(row.indicator()));
			if (indicator == null) {
				refuse(row.line(), "definition", label, InterfaceText.message("pack.refuse.unknownIndicator",
						"Unknown indicator \u201c{0}\u201d.", row.indicator()));
				return;
			}
			if (row.key() == null || !row.key().matches(DEFINITION_KEY) || row.label() == null
					|| row.label().length() > 500 || (row.labelZh() != null && row.labelZh().length() > 500)
					|| (row.countsAs() != null && !row.countsAs().matches(DEFINITION_KEY))) {
				refuse(row.line(), "definition", label, InterfaceText.message("pack.refuse.definition",
						"A definition needs a key of lower-case letters, digits and hyphens and a label of at most 500 "
								+ "characters; what it counts as is another such key."));
				return;
			}
			if (duplicate(row.line(), "definition", label, "definition:" + indicator.getCode() + ":" + row.key())) {
				return;
			}
			// What it counts as is a definition the indicator holds or this pack lists,
			// as the indicator form's list requires.
			if (row.countsAs() != null && !definitionsOf(indicator).containsKey(row.countsAs())
					&& !this.packDefinitionKeys.getOrDefault(indicator.getCode(), Set.of()).contains(row.countsAs())) {
				refuse(row.line(), "definition", label, InterfaceText.message("pack.refuse.countsAs",
						"\u201c{0}\u201d is not a definition of \u201c{1}\u201d: list it under definitions, or name one the indicator has.",
						row.countsAs(), indicator.getCode()));
				return;
			}
			IndicatorDefinition held = definitionsOf(indicator).get(row.key());
			if (held != null && held.says(row.label(), row.labelZh(), row.countsAs(), row.sortOrder())) {
				this.rows.add(new PlanRow(row.line(), "definition", label, Outcome.UNCHANGED, null));
				return;
			}
			// The indicator's form, whose list of definitions the row changes, before and
			// after, for its history.
			IndicatorForm before = IndicatorForm.from(indicator,
					PackImporter.this.definitions.findForIndicator(indicator.getId()));
			if (held == null) {
				IndicatorDefinition created = PackImporter.this.definitions.save(new IndicatorDefinition(indicator,
						row.key(), row.label(), row.labelZh(), row.countsAs(), row.sortOrder()));
				holdDefinition(created);
			}
			else {
				held.apply(row.label(), row.labelZh(), row.countsAs(), row.sortOrder());
			}
			this.definedIndicators.add(indicator.getId());
			record("indicator", indicator.getId(), indicator.getName(), before,
					IndicatorForm.from(indicator, PackImporter.this.definitions.findForIndicator(indicator.getId())));
			this.rows.add(new PlanRow(row.line(), "definition", label, (held == null) ? Outcome.CREATE : Outcome.CHANGE,
					null));
		}

		/**
		 * An indicator the pack gives exactly one definition: its figures that name none
		 * count by that one (the pack says there is no other way of counting it).
		 */
		void soleDefinitions(PackContent content) {
			Map<String, Integer> lines = new HashMap<>();
			Map<String, Long> perIndicator = new HashMap<>();
			for (DefinitionRow row : content.definitions()) {
				perIndicator.merge(code(row.indicator()), 1L, Long::sum);
				lines.putIfAbsent(code(row.indicator()), row.line());
			}
			List<String> sole = perIndicator.entrySet()
				.stream()
				.filter((e) -> e.getValue() == 1 && this.indicatorsByCode.containsKey(e.getKey())
						&& definitionsOf(this.indicatorsByCode.get(e.getKey())).size() == 1
						&& !isWording(definitionsOf(this.indicatorsByCode.get(e.getKey())).values().iterator().next()))
				.map(Map.Entry::getKey)
				.toList();
			if (sole.isEmpty()) {
				return;
			}
			for (Figure figure : PackImporter.this.figures.findForIndicatorCodes(sole)) {
				if (figure.getDefinition() == null) {
					IndicatorDefinition only = definitionsOf(figure.getIndicator()).values().iterator().next();
					move(figure, figure.getIndicator(), only, figure.getKind(), figure.getQualifier());
					this.rows.add(new PlanRow(lines.get(figure.getIndicator().getCode()), "figure", figure.getLabel(),
							Outcome.CHANGE, "counts by the indicator\u2019s only definition"));
				}
			}
		}

		/** The figures the reclassifications name, in one query. */
		void preloadReclassified(PackContent content) {
			Set<String> codes = new HashSet<>();
			for (ReclassifyRow row : content.reclassify()) {
				addIfPresent(codes, code(row.indicator()));
				addIfPresent(codes, code(row.moveToIndicator()));
				addIfPresent(codes, code(row.seedIndicator()));
			}
			if (codes.isEmpty()) {
				return;
			}
			for (Figure figure : PackImporter.this.figures.findForIndicatorCodes(codes)) {
				String code = figure.getIndicator().getCode();
				this.byIndicatorCode.computeIfAbsent(code, (k) -> new ArrayList<>()).add(figure);
				if (figure.getSubject().getCityId() != null) {
					this.reclassifiable
						.computeIfAbsent(figure.getSubject().getCityId() + ":" + code, (k) -> new ArrayList<>())
						.add(figure);
				}
			}
		}

		/**
		 * Puts figures the portal holds under a definition (and another indicator): one
		 * figure found by hub, indicator, value and date, or every figure of a seed
		 * indicator.
		 */
		void reclassify(ReclassifyRow row) {
			String label = (row.seedIndicator() != null) ? row.seedIndicator()
					: row.hub() + " \u00b7 " + row.indicator() + " \u00b7 " + row.asOf();
			String targetCode = code((row.moveToIndicator() != null) ? row.moveToIndicator()
					: (row.indicator() != null) ? row.indicator() : row.seedIndicator());
			Indicator target = this.indicatorsByCode.get(targetCode);
			if (target == null) {
				refuse(row.line(), "figure", label, InterfaceText.message("pack.refuse.unknownIndicator",
						"Unknown indicator \u201c{0}\u201d.", targetCode));
				return;
			}
			IndicatorDefinition definition = (row.definition() != null) ? definitionsOf(target).get(row.definition())
					: null;
			if (row.definition() != null && definition == null) {
				refuse(row.line(), "figure", label, InterfaceText.message("pack.refuse.unknownDefinitionFirst",
						"Unknown definition \u201c{0}\u201d of \u201c{1}\u201d: list it under definitions first.",
						row.definition(), target.getCode()));
				return;
			}
			FigureKind kind = (row.kind() != null) ? switch (row.kind()) {
				case "actual" -> FigureKind.ACTUAL;
				case "estimate" -> FigureKind.ESTIMATE;
				default -> null;
			} : null;
			Qualifier bound = (row.bound() != null) ? switch (row.bound()) {
				case "exact" -> Qualifier.NONE;
				case "over" -> Qualifier.OVER;
				case "about" -> Qualifier.ABOUT;
				case "at least" -> Qualifier.EXCEEDING;
				default -> null;
			} : null;
			// A target needs its year, which a reclassification does not give: an
			// editor's
			// form files a figure as one.
			if ((row.kind() != null && kind == null) || (row.bound() != null && bound == null)) {
				refuse(row.line(), "figure", label, InterfaceText.message("pack.refuse.reclassifyKind",
						"A reclassification files a figure as actual or estimate (qualifier), and as over, about, at least or exact (bound)."));
				return;
			}
			if (NATIONAL.equals(row.hub())) {
				this.rows.add(new PlanRow(row.line(), "statement", label, Outcome.UNCHANGED,
						InterfaceText.message("pack.reason.national",
								"about China as a whole: held as a national statement, not ranked among hubs")));
				return;
			}
			List<Figure> named;
			if (row.seedIndicator() != null) {
				named = this.byIndicatorCode.getOrDefault(code(row.seedIndicator()), List.of());
				if (named.isEmpty()) {
					this.rows.add(new PlanRow(row.line(), "figure", label, Outcome.UNCHANGED, InterfaceText
						.message("pack.reason.movedBefore", "no figure is left under it: moved before")));
					return;
				}
			}
			else {
				City hub = this.hubsBySlug.get(row.hub());
				BigDecimal value = number(row.value());
				if (hub == null || value == null || row.asOf() == null) {
					refuse(row.line(), "figure", label, InterfaceText.message("pack.refuse.reclassification",
							"A reclassification names a known hub, the indicator, the value and the date of a figure."));
					return;
				}
				// Where a reclassification applied before has moved it, the figure is
				// found under the indicator it moved to.
				List<Figure> candidates = new ArrayList<>(
						this.reclassifiable.getOrDefault(hub.getId() + ":" + code(row.indicator()), List.of()));
				if (row.moveToIndicator() != null) {
					candidates.addAll(this.reclassifiable.getOrDefault(hub.getId() + ":" + targetCode, List.of()));
				}
				named = candidates.stream()
					.filter((f) -> f.getValueNumeric() != null && f.getValueNumeric().compareTo(value) == 0
							&& row.asOf().equals(f.getAsOfLabel()))
					.toList();
				if (named.isEmpty()) {
					refuse(row.line(), "figure", label, InterfaceText.message("pack.refuse.noSuchFigure",
							"No figure of the portal has this hub, indicator, value and date."));
					return;
				}
			}
			for (Figure figure : named) {
				FigureKind filedKind = (kind != null && figure.getKind() != FigureKind.TARGET) ? kind
						: figure.getKind();
				Qualifier filedBound = (bound != null) ? bound : figure.getQualifier();
				if (figure.getIndicator().getId().equals(target.getId())
						&& Objects.equals(idOf(figure.getDefinition()), idOf(definition))
						&& figure.getKind() == filedKind && figure.getQualifier() == filedBound) {
					this.rows.add(new PlanRow(row.line(), "figure", figure.getLabel(), Outcome.UNCHANGED, null));
					continue;
				}
				move(figure, target, definition, filedKind, filedBound);
				this.rows.add(new PlanRow(row.line(), "figure", figure.getLabel(), Outcome.CHANGE,
						(definition != null)
								? InterfaceText.message("pack.reason.countsAs", "counts as: {0}", definition.getLabel())
								: null));
			}
			if (row.seedIndicator() == null && !named.isEmpty()) {
				Figure figure = named.get(0);
				String ref = reclassifyRef(row);
				for (int i = 0; i < row.also().size(); i++) {
					AlsoRow also = row.also().get(i);
					if (also.quote() == null || also.source() == null || also.source().title() == null
							|| also.source().url() == null) {
						refuse(row.line(), "statement", label, InterfaceText.message("pack.refuse.furtherSource",
								"A further source needs its quote, its title and an address."));
						continue;
					}
					Source source = source(row.line(), also.source());
					statement(row.line(), ref + "#also" + i, figure.getSubject(), alsoReported(target), null,
							also.quote(), source, label + " (further source)");
				}
			}
		}

		/**
		 * Fills a record's empty fields, or creates one (record null), through the admin
		 * write path of its kind: the form's binding and rules, the kind's check and
		 * write, and a revision noting the pack.
		 */
		@SuppressWarnings({ "unchecked", "rawtypes" })
		private <E extends VersionedEntity> RecordEditor.Filled<E> fill(String kindKey, E record,
				Map<String, String> values) {
			return PackImporter.this.editor.fill(recordKind(kindKey), record, values, this.note);
		}

		/**
		 * Puts a figure under an indicator and a definition through the figure kind's
		 * write, as an editor's change of those two fields would, with its revision.
		 */
		@SuppressWarnings("unchecked")
		private void move(Figure figure, Indicator indicator, IndicatorDefinition definition, FigureKind kind,
				Qualifier bound) {
			PackImporter.this.editor.imported(recordKind("figure"), figure,
					FigureForm.from(figure).movedTo(indicator.getId(), idOf(definition)).filedAs(kind, bound),
					this.note);
		}

		@SuppressWarnings("rawtypes")
		private RecordKind recordKind(String key) {
			return PackImporter.this.kinds.byKey(key, RecordKind.class);
		}

		/**
		 * The companies the pack names, found by address name or Chinese name, in one
		 * query.
		 */
		void preloadCompanies(PackContent content) {
			Set<String> slugs = new HashSet<>();
			Set<String> namesZh = new HashSet<>();
			for (CompanyRow row : content.companies()) {
				addIfPresent(slugs, companySlug(row.name()));
				addIfPresent(namesZh, row.nameZh());
			}
			if (slugs.isEmpty()) {
				return;
			}
			for (Company company : PackImporter.this.companies.findBySlugInOrNameZhIn(slugs,
					namesZh.isEmpty() ? Set.of("") : namesZh)) {
				this.companiesByKey.put("slug:" + company.getSlug(), company);
				if (company.getNameZh() != null) {
					this.companiesByKey.putIfAbsent("zh:" + company.getNameZh(), company);
				}
			}
		}

		/**
		 * A notable company: created with its hub, Chinese name, founding year, what it
		 * does and its sectors, or completed where the portal lacks these; its quote
		 * becomes a statement about it citing the source.
		 */
		void company(CompanyRow row) {
			String label = (row.name() != null) ? row.name() : "(company)";
			if (row.name() == null || row.quote() == null || row.source() == null || row.source().title() == null
					|| row.source().url() == null) {
				refuse(row.line(), "company", label, InterfaceText.message("pack.refuse.company",
						"A company needs a name, the quote that places it and its source (title and address)."));
				return;
			}
			City hub = this.hubsBySlug.get(row.hub());
			if (hub == null) {
				refuse(row.line(), "company", label,
						InterfaceText.message("pack.refuse.unknownHub", "Unknown hub \u201c{0}\u201d.", row.hub()));
				return;
			}
			if (row.source().trust() != null && trust(row.source().trust()) == null) {
				refuse(row.line(), "company", label,
						InterfaceText.message("problem.text10", "The trust must be high, medium or low."));
				return;
			}
			// The page that places the company first: a page the source form refuses
			// writes nothing of the row.
			Source source = source(row.line(), row.source());
			if (source == null) {
				return;
			}
			String slug = companySlug(row.name());
			Company company = this.companiesByKey.get("slug:" + slug);
			if (company == null && row.nameZh() != null) {
				company = this.companiesByKey.get("zh:" + row.nameZh());
			}
			String what = cut(row.what(), 1000);
			// A further quote that names another page comes from one the row does not
			// give: cited to the row's source it would be misattributed, so it is left
			// out.
			String elsewhere = namedElsewhere(row.alsoQuote());
			String alsoQuote = (elsewhere == null) ? row.alsoQuote() : null;
			// A company is not written without the quotes that place it. Each becomes a
			// statement that says only what its quote supports: the main quote places the
			// company in its hub; a further quote is more from the same page. What the
			// company does is Hub Atlas's summary, not something these quotes say.
			String nameZh = (row.nameZh() != null) ? row.nameZh() : row.name();
			String hubZh = (hub.getNameZh() != null) ? hub.getNameZh() : hub.getName();
			String placed = "The source places " + row.name() + " in " + hub.getName() + ".";
			String placedZh = "来源称" + nameZh + "位于" + hubZh + "。";
			String more = "More on " + row.name() + " from the same source.";
			String moreZh = "同一来源关于" + nameZh + "的更多内容。";
			if (refusedByForm(row.line(), "statement", "company", label,
					statementForm(null, placed, row.quote(), source, placedZh), null)
					|| (alsoQuote != null && refusedByForm(row.line(), "statement", "company", label,
							statementForm(null, more, alsoQuote, source, moreZh), null))) {
				return;
			}
			// What the pack says of the company fills in only what the portal does not
			// hold yet; a company placed outside our hubs keeps its place.
			Map<String, String> values = new LinkedHashMap<>();
			values.put("nameZh", row.nameZh());
			// A founding year is a figure: taken only where a quote kept for the company
			// prints it, else said on the row.
			String founded = (row.founded() != null) ? String.valueOf(row.founded()) : null;
			boolean foundedQuoted = founded != null
					&& (row.quote().contains(founded) || (alsoQuote != null && alsoQuote.contains(founded)));
			values.put("foundedYear", foundedQuoted ? founded : null);
			values.put("summary", what);
			values.put("sectors", row.sectors());
			if (!row.hqConfirmed()) {
				// Placed in the hub, its headquarters not stated: present there.
				values.put("presenceCityIds", String.valueOf(hub.getId()));
				values.put("locationNote",
						"The source places it in " + hub.getName() + " without saying where its headquarters are.");
			}
			else if (company == null || company.getLocationNote() == null) {
				values.put("hqCityId", String.valueOf(hub.getId()));
			}
			if (company == null) {
				values.put("slug", slug);
				values.put("name", cut(row.name(), 200));
				values.put("kind", CompanyKind.COMPANY.name());
			}
			RecordEditor.Filled<Company> filled = fill("company", company, values);
			if (filled.refused()) {
				refuse(row.line(), "company", label, String.join(" ", filled.refusals()));
				return;
			}
			this.rows.add(new PlanRow(row.line(), "company", label,
					(company == null) ? Outcome.CREATE : (filled.record() != null) ? Outcome.CHANGE : Outcome.UNCHANGED,
					(founded != null && !foundedQuoted)
							? InterfaceText.message("pack.company.foundedUnquoted",
									"Founding year {0} left out: no quote kept for the company prints it.", founded)
							: null));
			if (company == null) {
				company = filled.record();
				this.companiesByKey.put("slug:" + slug, company);
				if (row.nameZh() != null) {
					this.companiesByKey.putIfAbsent("zh:" + row.nameZh(), company);
				}
			}
			Subject subject = Subject.company(company.getId());
			statement(row.line(), companyRef(row, row.quote()), subject, placed, placedZh, row.quote(), source, label);
			if (alsoQuote != null) {
				statement(row.line(), companyRef(row, alsoQuote), subject, more, moreZh, alsoQuote, source,
						label + " (further quote)");
			}
			else if (elsewhere != null) {
				refuse(row.line(), "statement", label + " (further quote)",
						InterfaceText.message("pack.refuse.furtherQuoteElsewhere",
								"The further quote is from another page ({0}), which the row does not give: "
										+ "it would be cited to the row''s source. Give it as a source of its own.",
								elsewhere));
			}
		}

		/**
		 * Wordings a figure once carried as its definition, which a reclassification has
		 * since replaced by a definition of the list: no figure counts by them any more.
		 */
		void dropUnusedWordings() {
			PackImporter.this.definitions.deleteUnusedWordings();
		}

		/**
		 * A figure of an indicator counted in several ways that does not say which way
		 * counts by the indicator's "not stated" definition: it ranks with none of the
		 * others. Only figures this run wrote, or of indicators whose list it changed: a
		 * pack does not touch what it is not about.
		 */
		void nameUnstatedDefinitions() {
			if (this.written.isEmpty() && this.definedIndicators.isEmpty()) {
				return;
			}
			for (Figure figure : PackImporter.this.figures.findWithoutDefinitionAmongSeveral()) {
				if (!this.written.contains(figure) && !this.definedIndicators.contains(figure.getIndicator().getId())) {
					continue;
				}
				Indicator indicator = figure.getIndicator();
				IndicatorDefinition unstated = definitionsOf(indicator).get(UNSTATED);
				if (unstated == null) {
					unstated = PackImporter.this.definitions.findForIndicator(indicator.getId())
						.stream()
						.filter((d) -> d.getKey().equals(UNSTATED))
						.findFirst()
						.orElse(null);
				}
				if (unstated == null) {
					unstated = PackImporter.this.definitions.save(new IndicatorDefinition(indicator, UNSTATED,
							"As the source counts them, without saying how", "来源未说明统计口径", null, 999));
					holdDefinition(unstated);
				}
				move(figure, indicator, unstated, figure.getKind(), figure.getQualifier());
				String why = InterfaceText.message("pack.reason.unstated",
						"its source does not say how it counts: ranked with no figure that does");
				Integer created = this.createdRows.get(figure);
				if (created != null) {
					// A figure this run creates is one row, created, saying so.
					PlanRow row = this.rows.get(created);
					this.rows.set(created, new PlanRow(row.line(), row.kind(), row.label(), row.outcome(),
							(row.reason() != null) ? row.reason() + "; " + why : why));
				}
				else {
					this.rows.add(new PlanRow(0, "figure", figure.getLabel(), Outcome.CHANGE, why));
				}
			}
		}

		void hub(HubRow row) {
			String label = (row.name() != null) ? row.name() : String.valueOf(row.slug());
			if (row.slug() == null || row.name() == null || !row.slug().matches("[a-z0-9-]{1,80}")) {
				refuse(row.line(), "hub", label, InterfaceText.message("pack.refuse.hub",
						"A hub needs a name and a slug of lower-case letters, digits and hyphens."));
				return;
			}
			if (duplicate(row.line(), "hub", label, "hub:" + row.slug())) {
				return;
			}
			CityLevel level = level(row.level());
			if (row.level() != null && level == null) {
				refuse(row.line(), "hub", label, InterfaceText.message("pack.refuse.unknownLevel",
						"Unknown level \u201c{0}\u201d: use one of {1}.", row.level(), String.join(", ", LEVELS)));
				return;
			}
			City city = this.hubsBySlug.get(row.slug());
			boolean coordinates = row.latitude() != null && row.longitude() != null
					&& (city == null || city.getLatitude() == null);
			boolean summaries = city != null && ((city.getSummary() == null && blankToNull(row.summary()) != null)
					|| (city.getSummaryZh() == null && blankToNull(row.summaryZh()) != null));
			// Existing hubs keep their names, level, summaries and centre; the pack adds
			// what they lack (coordinates, Chinese name, province, summaries).
			Map<String, String> values = new LinkedHashMap<>();
			values.put("nameZh", row.nameZh());
			values.put("province", row.province());
			values.put("summary", row.summary());
			values.put("summaryZh", row.summaryZh());
			if (city == null) {
				values.put("slug", row.slug());
				values.put("name", row.name());
				values.put("level", ((level != null) ? level : CityLevel.AREA).name());
			}
			if (coordinates) {
				values.put("latitude", row.latitude().toPlainString());
				values.put("longitude", row.longitude().toPlainString());
			}
			RecordEditor.Filled<City> filled = fill("city", city, values);
			if (filled.refused()) {
				refuse(row.line(), "hub", label, String.join(" ", filled.refusals()));
				return;
			}
			Outcome outcome = (city == null) ? Outcome.CREATE
					: (filled.record() != null || coordinates) ? Outcome.CHANGE : Outcome.UNCHANGED;
			if (city == null) {
				city = filled.record();
				this.hubsBySlug.put(row.slug(), city);
			}
			this.rows.add(new PlanRow(row.line(), "hub", label, outcome,
					(outcome != Outcome.CHANGE) ? null : coordinates
							? InterfaceText.message("pack.reason.coordinates", "adds its coordinates")
							: summaries ? InterfaceText.message("pack.reason.summary", "adds its summary") : null));
		}

		/**
		 * Parents after every hub of the pack exists, so that order in the file does not
		 * matter.
		 */
		void parent(HubRow row) {
			if (row.parent() == null || row.slug() == null) {
				return;
			}
			Optional<City> city = Optional.ofNullable(this.hubsBySlug.get(row.slug()));
			Optional<City> parent = Optional.ofNullable(this.hubsBySlug.get(row.parent()));
			if (city.isEmpty()) {
				return;
			}
			if (parent.isEmpty() || parent.get().getId().equals(city.get().getId())) {
				refuse(row.line(), "hub", row.name(), InterfaceText.message("pack.refuse.unknownParent",
						"Unknown parent hub \u201c{0}\u201d.", row.parent()));
				return;
			}
			RecordEditor.Filled<City> filled = fill("city", city.get(),
					Map.of("parentId", String.valueOf(parent.get().getId())));
			if (filled.refused()) {
				refuse(row.line(), "hub", row.name(), String.join(" ", filled.refusals()));
			}
		}

		void entry(EntryRow row) {
			String label = entryLabel(row);
			String kind = NATIONAL.equals(row.hub()) ? "statement" : "figure";
			String problem = problem(row);
			if (problem != null) {
				refuse(row.line(), kind, label, problem);
				return;
			}
			String ref = packRef(row);
			if (duplicate(row.line(), kind, label, ref)) {
				return;
			}
			Indicator indicator = this.indicatorsByCode.get(code(row.indicator()));
			if (indicator == null) {
				refuse(row.line(), kind, label, InterfaceText.message("pack.refuse.unknownIndicator",
						"Unknown indicator \u201c{0}\u201d.", row.indicator()));
				return;
			}
			if (NATIONAL.equals(row.hub())) {
				Source source = source(row.line(), row.source());
				if (source != null) {
					statement(row.line(), ref, Subject.nationalContext(),
							indicator.getName() + ": " + nationalValue(row, indicator), null, row.quote(), source,
							label);
					also(row, ref, Subject.nationalContext(), indicator);
				}
				return;
			}
			City hub = this.hubsBySlug.get(row.hub());
			if (hub == null) {
				refuse(row.line(), kind, label,
						InterfaceText.message("pack.refuse.unknownHub", "Unknown hub \u201c{0}\u201d.", row.hub()));
				return;
			}
			if (!sameUnit(row.unit(), indicator.getUnit())) {
				refuse(row.line(), kind, label,
						InterfaceText.message("pack.refuse.unit",
								"The unit \u201c{0}\u201d does not match the indicator\u2019s \u201c{1}\u201d.",
								row.unit(), indicator.getUnit()));
				return;
			}
			if (row.definition() != null && row.definition().matches(DEFINITION_KEY)
					&& !definitionsOf(indicator).containsKey(row.definition())) {
				refuse(row.line(), kind, label, InterfaceText.message("pack.refuse.unknownDefinition",
						"Unknown definition \u201c{0}\u201d of \u201c{1}\u201d: list it under definitions, or use one of the indicator\u2019s.",
						row.definition(), indicator.getCode()));
				return;
			}
			// The row's page is taken in only once the row names what the portal knows: a
			// row refused for an unknown hub leaves no page behind.
			Source source = source(row.line(), row.source());
			if (source == null) {
				return;
			}
			// A figure whose conflict note the dispute form refuses is not written: it
			// would show as undisputed.
			if (row.conflict() != null && !this.disputeRefs.contains(ref + "#conflict")
					&& refusedByForm(row.line(), "dispute", "dispute", label,
							DisputeForm.from(conflict(row, ref, hub, indicator, year(row.asOf()), source)), null)) {
				return;
			}
			Figure figure = figure(row, ref, hub, indicator, source, label);
			if (figure == null) {
				return;
			}
			if (row.conflict() != null) {
				dispute(row, ref, figure, source, label);
			}
			also(row, ref, Subject.city(hub.getId()), indicator);
		}

		/**
		 * A research note as a reader can follow it: the pack format's names for
		 * indicators and fields ("rd_intensity", "as_of") become the words the pages use.
		 */
		private String inReaderWords(String note) {
			if (note == null) {
				return null;
			}
			Matcher name = PACK_NAME.matcher(note);
			StringBuilder words = new StringBuilder();
			while (name.find()) {
				Indicator indicator = this.indicatorsByCode.get(code(name.group()));
				String shown = (indicator != null) ? "\u201c" + indicator.getName() + "\u201d"
						: FIELD_WORDS.getOrDefault(name.group(), name.group());
				name.appendReplacement(words, Matcher.quoteReplacement(shown));
			}
			name.appendTail(words);
			return words.toString();
		}

		private Figure figure(EntryRow row, String ref, City hub, Indicator indicator, Source source, String label) {
			FigureKind kind = kind(row.qualifier());
			Integer year = year(row.asOf());
			// A target's date is the year it is for ("by 2027"), unless the source dates
			// it within a year ("2025-02", a fund announced in February): that is when
			// the target was set, and the year it is for is not given.
			boolean forItsYear = kind == FigureKind.TARGET && row.asOf() != null
					&& !SET_WITHIN_A_YEAR.matcher(row.asOf().strip()).matches();
			Integer asOfYear = forItsYear ? null : year;
			Integer targetYear = forItsYear ? year : null;
			String words = definitionWords(row);
			String note = inReaderWords(note(row));
			BigDecimal value = new BigDecimal(row.value());
			Subject subject = Subject.city(hub.getId());
			Figure figure = figureKeys(row).stream()
				.map(this.figuresByRef::get)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			if (figure == null) {
				figure = heldUnderAnotherKey(row, hub, indicator, kind, value, source);
				// Given before by another pack (or the seed): the row changes it only by
				// dating it more exactly, so that applying either again changes nothing.
				if (figure != null && !moreExact(row.asOf(), figure.getAsOfLabel())) {
					this.rows.add(new PlanRow(row.line(), "figure", label, Outcome.UNCHANGED, null));
					return figure;
				}
			}
			IndicatorDefinition definition;
			if (figure != null && !figure.getIndicator().getId().equals(indicator.getId())) {
				// Moved since to the indicator that counts the same thing (a
				// reclassification, an admin): the move stands.
				indicator = figure.getIndicator();
				definition = figure.getDefinition();
			}
			else if (figure != null && figure.getDefinition() != null && !isWording(figure.getDefinition())
					&& !keyed(row)) {
				// A pack written before definitions were data does not undo the
				// definition a reclassification or an admin gave the figure.
				definition = figure.getDefinition();
			}
			else {
				definition = definitionFor(indicator, row);
			}
			FigureForm form = new FigureForm(subject.key(), indicator.getId(),
					(definition != null) ? definition.getId() : null, row.valueAsWritten(), value.toPlainString(),
					qualifier(row.valueAsWritten()), kind, row.asOf(), asOfYear, targetYear, source.getId(),
					row.quote(), null);
			// A row that does not say how its figure counts is given the "not stated"
			// definition at the end of the run (nameUnstatedDefinitions), where the admin
			// form makes an editor choose.
			if (refusedByForm(row.line(), "figure", "figure", label, form, (figure != null) ? figure.getId() : null,
					(definition == null) ? Set.of("definitionId") : Set.of())) {
				return null;
			}
			if (figure != null && same(figure, subject, indicator, value, row, kind, source, asOfYear, targetYear,
					definition, words, note)) {
				this.rows.add(new PlanRow(row.line(), "figure", label, Outcome.UNCHANGED, null));
				return figure;
			}
			if (figure != null && keptAsEdited(row.line(), "figure", label, figure.getId())) {
				return figure;
			}
			boolean created = figure == null;
			figure = PackImporter.this.editor.imported(recordKind("figure"), figure, form, this.note);
			if (created) {
				holdQuoted(figure);
			}
			String previousRef = figure.getPackRef();
			figure.applyPackDetails(words, note, ref);
			if (previousRef != null) {
				this.figuresByRef.remove(previousRef);
			}
			this.figuresByRef.put(ref, figure);
			this.written.add(figure);
			if (created) {
				this.createdRows.put(figure, this.rows.size());
			}
			this.rows.add(new PlanRow(row.line(), "figure", label, created ? Outcome.CREATE : Outcome.CHANGE,
					(source.isUnverified()) ? "from a page of unknown standing: shown as unverified" : null));
			return figure;
		}

		private void holdQuoted(Figure figure) {
			this.figuresByQuote.computeIfAbsent(figure.getQuote(), (k) -> new ArrayList<>()).add(figure);
		}

		/**
		 * The figure a row gives that the portal holds under another key, from another
		 * pack: the same hub, indicator, kind, value, source and quote, with a date that
		 * agrees (2025 and 2025-03). One figure, however many packs give it.
		 */
		private Figure heldUnderAnotherKey(EntryRow row, City hub, Indicator indicator, FigureKind kind,
				BigDecimal value, Source source) {
			return this.figuresByQuote.getOrDefault(row.quote(), List.of())
				.stream()
				.filter((held) -> hub.getId().equals(held.getSubject().getCityId())
						&& held.getIndicator().getId().equals(indicator.getId()) && held.getKind() == kind
						&& held.getValueNumeric() != null && held.getValueNumeric().compareTo(value) == 0
						&& held.getSource().getId().equals(source.getId())
						&& datesAgree(held.getAsOfLabel(), row.asOf()))
				.findFirst()
				.orElse(null);
		}

		private boolean same(Figure figure, Subject subject, Indicator indicator, BigDecimal value, EntryRow row,
				FigureKind kind, Source source, Integer asOfYear, Integer targetYear, IndicatorDefinition definition,
				String words, String note) {
			return figure.getSubject().equals(subject) && figure.getIndicator().getId().equals(indicator.getId())
					&& figure.getValueNumeric() != null && figure.getValueNumeric().compareTo(value) == 0
					&& figure.getValueAsWritten().equals(row.valueAsWritten()) && figure.getKind() == kind
					&& figure.getSource().getId().equals(source.getId()) && figure.getQuote().equals(row.quote())
					&& Objects.equals(figure.getAsOfLabel(), row.asOf())
					&& Objects.equals(figure.getAsOfYear(), asOfYear)
					&& Objects.equals(figure.getTargetYear(), targetYear)
					&& Objects.equals(idOf(figure.getDefinition()), idOf(definition))
					&& Objects.equals(figure.getDefinitionWords(), words) && Objects.equals(figure.getNote(), note);
		}

		/**
		 * The definition a row's figure counts by: the key it names; for a pack written
		 * before definitions were data, its free-text definition as a definition of its
		 * own (found again by its words); else the indicator's only definition, if it has
		 * exactly one.
		 */
		private IndicatorDefinition definitionFor(Indicator indicator, EntryRow row) {
			Map<String, IndicatorDefinition> held = definitionsOf(indicator);
			if (row.definition() == null) {
				return (held.size() == 1 && !isWording(held.values().iterator().next()))
						? held.values().iterator().next() : null;
			}
			IndicatorDefinition named = held.get(row.definition());
			if (named != null) {
				return named;
			}
			String text = cut(row.definition(), 500);
			String key = "as-written-" + sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
			IndicatorDefinition wording = held.get(key);
			if (wording == null) {
				wording = PackImporter.this.definitions
					.save(new IndicatorDefinition(indicator, key, text, null, null, 1000 + held.size()));
				holdDefinition(wording);
			}
			return wording;
		}

		private void dispute(EntryRow row, String ref, Figure figure, Source source, String label) {
			String disputeRef = ref + "#conflict";
			if (this.disputeRefs.contains(disputeRef)) {
				this.rows.add(new PlanRow(row.line(), "dispute", label, Outcome.UNCHANGED, null));
				return;
			}
			DisputeForm form = DisputeForm.from(conflict(row, ref, this.hubsBySlug.get(row.hub()),
					figure.getIndicator(), Comparability.year(figure), source), List.of("figure:" + figure.getId()));
			Dispute dispute = (Dispute) PackImporter.this.editor.imported(recordKind("dispute"), null, form, this.note);
			dispute.applyPackRef(disputeRef);
			this.disputeRefs.add(disputeRef);
			this.rows.add(new PlanRow(row.line(), "dispute", label, Outcome.CREATE,
					InterfaceText.message("pack.reason.disagree", "two sources disagree")));
		}

		/**
		 * The dispute two disagreeing sources make, titled in words in both languages:
		 * the hub, the indicator and the year.
		 */
		private Dispute conflict(EntryRow row, String ref, City hub, Indicator indicator, Integer year, Source source) {
			String disputeRef = ref + "#conflict";
			String slug = "pack-" + sha256(disputeRef.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
			Dispute conflict = new Dispute(slug,
					"Sources disagree: " + hub.getName() + ", " + indicator.getName() + ", " + year, Severity.MEDIUM,
					DisputeType.CROSS_SEED_INCONSISTENCY, source, row.quote(), row.conflict(), disputeRef);
			conflict.editChinese(
					"来源对" + ((hub.getNameZh() != null) ? hub.getNameZh() : hub.getName()) + year + "年"
							+ ((indicator.getNameZh() != null) ? indicator.getNameZh() : indicator.getName()) + "的说法不一",
					null, null);
			return conflict;
		}

		/** Further sources quoted for the same fact become statements beside it. */
		private void also(EntryRow row, String ref, Subject subject, Indicator indicator) {
			for (int i = 0; i < row.also().size(); i++) {
				AlsoRow also = row.also().get(i);
				if (also.quote() == null || also.source() == null || also.source().title() == null
						|| (also.source().url() == null && !knownSource(also.source().ref()))) {
					refuse(row.line(), "statement", entryLabel(row), InterfaceText.message("pack.refuse.furtherSource",
							"A further source needs its quote, its title and an address."));
					continue;
				}
				Source source = source(row.line(), also.source());
				if (source == null) {
					// Its page was refused on the row's line: the quote has nothing to
					// rest on.
					continue;
				}
				statement(row.line(), ref + "#also" + i, subject, alsoReported(indicator), null, also.quote(), source,
						entryLabel(row) + " (further source)");
			}
		}

		/**
		 * A statement of the pack's, found again by its reference: created, or changed
		 * where the pack's words for it changed. Its Chinese, where given, goes with its
		 * English; else it keeps the Chinese it has (a translations pack gives it).
		 */
		private void statement(int line, String ref, Subject subject, String paraphrase, String paraphraseZh,
				String quote, Source source, String label) {
			Optional<Statement> existing = Optional.ofNullable(this.statementsByRef.get(ref));
			String text = (paraphrase.length() > 1000) ? paraphrase.substring(0, 999) + "\u2026" : paraphrase;
			String textZh = (paraphraseZh != null) ? cut(paraphraseZh, 1000)
					: existing.map(Statement::getParaphraseZh).orElse(null);
			StatementForm form = statementForm(subject, text, quote, source, textZh);
			if (refusedByForm(line, "statement", "statement", label, form,
					existing.map(Statement::getId).orElse(null))) {
				return;
			}
			if (existing.isPresent()) {
				Statement statement = existing.get();
				boolean same = statement.getSubject().equals(subject) && statement.getParaphrase().equals(text)
						&& statement.getQuote().equals(quote) && statement.getSource().getId().equals(source.getId());
				if (same || keptAsEdited(line, "statement", label, statement.getId())) {
					if (same) {
						this.rows.add(new PlanRow(line, "statement", label, Outcome.UNCHANGED, null));
					}
					return;
				}
				this.rows.add(new PlanRow(line, "statement", label, Outcome.CHANGE, null));
				PackImporter.this.editor.imported(recordKind("statement"), statement, form, this.note);
				return;
			}
			Statement statement = (Statement) PackImporter.this.editor.imported(recordKind("statement"), null, form,
					this.note);
			statement.applyPackDetails(ref, null);
			this.statementsByRef.put(ref, statement);
			this.rows.add(new PlanRow(line, "statement", label, Outcome.CREATE, null));
		}

		/**
		 * A statement the pack writes as the statement form holds it, for the form's
		 * rules; what it is about may not exist yet (a company the row creates).
		 */
		private static StatementForm statementForm(Subject subject, String paraphrase, String quote, Source source,
				String paraphraseZh) {
			return new StatementForm((subject != null) ? subject.key() : null, paraphrase, quote, null,
					Nature.REPORTED_FACT, null, source.getId(), paraphraseZh, null);
		}

		/** Whether a reference names a source the portal already holds. */
		private boolean knownSource(String ref) {
			return ref != null && this.heldSourcesBySlug.containsKey(ref);
		}

		/**
		 * The source at the row's address, created the first time the pack cites it; or,
		 * for a row without an address, the source the portal holds under its reference.
		 */
		private Source source(int line, SourceRow row) {
			if (row.url() == null && row.ref() != null) {
				return Objects.requireNonNull(this.heldSourcesBySlug.get(row.ref()), row.ref());
			}
			Source known = this.sourcesByUrl.get(row.url());
			if (known != null) {
				return known;
			}
			Source source = findOrCreateSource(line, row);
			if (source != null) {
				this.sourcesByUrl.put(row.url(), source);
			}
			return source;
		}

		/**
		 * Whether a record the row would change was changed by an editor since it came
		 * in: an editor's correction stands, and the row leaves the record as it is,
		 * saying so.
		 */
		private boolean keptAsEdited(int line, String kind, String label, long id) {
			if (!PackImporter.this.revisions.editedByHand(kind, id)) {
				return false;
			}
			this.rows.add(
					new PlanRow(line, kind, label, Outcome.UNCHANGED,
							InterfaceText.message("pack.keptAsEdited",
									"kept as an editor changed it: the pack\u2019s values for it are not applied"),
							true));
			return true;
		}

		private Source findOrCreateSource(int line, SourceRow row) {
			Source held = this.heldSourcesByUrl.get(row.url());
			Trust trust = trust(row.trust());
			Integer year = year(row.published());
			String publisher = cut(row.publisher(), 300);
			String title = cut(row.title(), 300);
			if (held != null) {
				// A page the portal holds keeps what it says of itself; a pack fills in
				// only what it lacks, as any pack row fills a held record, so that two
				// packs citing one page do not undo each other.
				Map<String, String> values = new LinkedHashMap<>();
				values.put("publisher", publisher);
				values.put("publishedYear", (year != null) ? String.valueOf(year) : null);
				RecordEditor.Filled<Source> filled = fill("source", held, values);
				if (filled.refused()) {
					refuse(line, "source", title, String.join(" ", filled.refusals()));
					return null;
				}
				boolean trusted = held.getTrust() == null && trust != null;
				if (trusted) {
					held.applyPackStanding(trust, held.isExcerptOnly());
				}
				if (filled.record() != null || trusted) {
					this.rows.add(new PlanRow(line, "source", title, Outcome.CHANGE, null));
				}
				return held;
			}
			String slug = "pack-" + sha256(row.url().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
			String published = (row.published() != null) ? cut(row.published(), 160) : "date not printed";
			DatePrecision precision = (row.published() != null && row.published().matches("\\d{4}-\\d{2}-\\d{2}"))
					? DatePrecision.DAY : (year != null) ? DatePrecision.YEAR : DatePrecision.ESTIMATED;
			SourceForm form = new SourceForm(slug, title, null, publisher, null, null, row.url(), published, year,
					precision, null, null, null, null);
			if (refusedByForm(line, "source", "source", title, form, null)) {
				return null;
			}
			Source source = (Source) PackImporter.this.editor.imported(recordKind("source"), null, form, this.note);
			source.applyPackStanding(trust, row.excerptOnly());
			this.rows.add(new PlanRow(line, "source", title, Outcome.CREATE, (trust == Trust.LOW)
					? InterfaceText.message("pack.reason.unverified", "a page of unknown standing: shown as unverified")
					: null));
			return source;
		}

		private String problem(EntryRow row) {
			if (row.hub() == null) {
				return InterfaceText.message("problem.text3", "The entry names no hub.");
			}
			if (row.indicator() == null) {
				return InterfaceText.message("problem.text4", "The entry names no indicator.");
			}
			if (row.quote() == null) {
				return InterfaceText.message("problem.text5",
						"The entry has no quote: every figure must rest on the source\u2019s words.");
			}
			if (row.source() == null || row.source().title() == null
					|| (row.source().url() == null && !knownSource(row.source().ref()))) {
				return InterfaceText.message("problem.text6",
						"The entry has no source (title and address are required).");
			}
			if (row.value() == null || !row.value().matches("-?\\d{1,18}(\\.\\d{1,4})?")) {
				return InterfaceText.message("pack.refuse.number",
						"\u201c{0}\u201d is not a number (plain digits, such as 2400 or 85.5).",
						String.valueOf(row.value()));
			}
			if (row.valueAsWritten() == null) {
				return InterfaceText.message("problem.text7", "The entry has no value as written.");
			}
			if (row.unit() == null) {
				return InterfaceText.message("problem.text8", "The entry has no unit.");
			}
			if (row.asOf() == null || year(row.asOf()) == null) {
				return InterfaceText.message("pack.refuse.date",
						"\u201c{0}\u201d is not a date: it must start with a year, such as 2024 or 2024-05.",
						String.valueOf(row.asOf()));
			}
			if (row.qualifier() == null || !List.of("actual", "target", "estimate").contains(row.qualifier())) {
				return InterfaceText.message("problem.text9",
						"The qualifier column gives the figure's kind: actual, target or estimate (the admin form's Kind).");
			}
			if (row.source().trust() != null && trust(row.source().trust()) == null) {
				return InterfaceText.message("problem.text10", "The trust must be high, medium or low.");
			}
			if (row.quote().length() > 1000 || row.valueAsWritten().length() > 300) {
				return InterfaceText.message("problem.text11",
						"The quote (1,000 characters) or the value as written (300) is too long.");
			}
			String words = (row.definitionWords() != null) ? row.definitionWords()
					: (row.definition() != null && !row.definition().matches(DEFINITION_KEY)) ? row.definition() : null;
			String note = note(row);
			if ((note != null && note.length() > 2000) || (words != null && words.length() > 500)) {
				return InterfaceText.message("pack.refuse.noteTooLong",
						"The note with its date basis (2,000 characters) or the definition as written (500) is too long.");
			}
			return null;
		}

		private boolean duplicate(int line, String kind, String label, String key) {
			Integer first = this.seen.putIfAbsent(key, line);
			if (first != null) {
				refuse(line, kind, label, InterfaceText.message("pack.refuse.duplicate", "A duplicate of line {0}.",
						String.valueOf(first)));
				return true;
			}
			return false;
		}

		/**
		 * The rules of the admin form of a record kind, its fields' and its check's, hold
		 * for what a pack's row would write too: a value the form refuses is refused on
		 * the row's line, with the form's words. The id is the record the row changes.
		 */
		private boolean refusedByForm(int line, String formKey, String kind, String label, AdminForm form, Long id) {
			return refusedByForm(line, formKey, kind, label, form, id, Set.of());
		}

		@SuppressWarnings("unchecked")
		private boolean refusedByForm(int line, String formKey, String kind, String label, AdminForm form, Long id,
				Set<String> waived) {
			List<String> refusals = PackImporter.this.editor.refusals(recordKind(formKey), form, id, waived);
			if (refusals.isEmpty()) {
				return false;
			}
			refuse(line, kind, label, String.join(" ", refusals));
			return true;
		}

		private void refuse(int line, String kind, String label, String reason) {
			this.rows.add(PlanRow.refused(line, kind, label, reason));
		}

		private void record(String type, Long id, String name, AdminForm before, AdminForm after) {
			PackImporter.this.revisions.record(type, id, name, Revision.Action.IMPORT, before, after, this.note);
		}

	}

	private static void addIfPresent(Set<String> keys, String key) {
		if (key != null) {
			keys.add(key);
		}
	}

	static <T> List<T> inChunks(Collection<String> keys, Function<Collection<String>, List<T>> query) {
		List<String> all = new ArrayList<>(keys);
		List<T> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))));
		}
		return found;
	}

	private static String entryLabel(EntryRow row) {
		return row.hub() + " \u00b7 " + row.indicator() + " \u00b7 " + row.asOf();
	}

	/**
	 * A figure's key: hub, indicator, date and its quote, so that the same fact is found
	 * again.
	 */
	/**
	 * Whether two dates of a figure say the same, one perhaps more exactly ("2025" and
	 * "2025-03"); no date agrees with any.
	 */
	static boolean datesAgree(String one, String other) {
		return one == null || other == null || one.equals(other) || moreExact(one, other) || moreExact(other, one);
	}

	/** Whether a date says what another does, more exactly: "2025-03" of "2025". */
	static boolean moreExact(String date, String than) {
		return date != null && (than == null || (date.length() > than.length() && date.startsWith(than)
				&& !Character.isDigit(date.charAt(than.length()))));
	}

	private static String packRef(EntryRow row) {
		return packRef(row, row.indicator());
	}

	/**
	 * The keys a row's figure may be held under, its own first: a pack may name an
	 * indicator by its key as written (ai_companies) or as the portal stores it
	 * (ai-companies, as an exported dataset does), and both mean the same figure.
	 */
	private static List<String> figureKeys(EntryRow row) {
		String code = code(row.indicator());
		List<String> keys = new ArrayList<>();
		if (row.key() != null) {
			// An exported dataset names the key each figure is held under.
			keys.add(row.key());
		}
		keys.addAll(List.of(packRef(row), packRef(row, code.replace('-', '_')), packRef(row, code)));
		if (keyed(row)) {
			// A figure brought before its definition was named (and exported since with
			// it).
			keys.addAll(List.of(packRef(row, row.indicator(), null), packRef(row, code.replace('-', '_'), null),
					packRef(row, code, null)));
		}
		return keys.stream().distinct().toList();
	}

	private static String packRef(EntryRow row, String indicator) {
		return packRef(row, indicator, keyed(row) ? row.definition() : null);
	}

	/**
	 * Hub, indicator, date and quote; and the definition a row names by key, so that two
	 * figures one quote gives ("667 core enterprises, over 2,100 related ones") are two.
	 */
	private static String packRef(EntryRow row, String indicator, String definition) {
		String quoted = (definition != null) ? row.quote() + "#" + definition : row.quote();
		return cut(row.hub() + ":" + indicator + ":" + row.asOf() + ":"
				+ sha256(quoted.getBytes(StandardCharsets.UTF_8)).substring(0, 16), 120);
	}

	private static boolean keyed(EntryRow row) {
		return row.definition() != null && row.definition().matches(DEFINITION_KEY);
	}

	static String code(String key) {
		return (key == null) ? null : key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether a row's unit is the indicator's: the same words, or the indicator's unit
	 * said shorter ("percent" for "percent of GDP", "per 10,000 people" for "patents per
	 * 10,000 people"); never another unit ("USD" for "CNY").
	 */
	static boolean sameUnit(String rowUnit, String indicatorUnit) {
		String row = baseUnit(rowUnit).toLowerCase(Locale.ROOT);
		String indicator = baseUnit(indicatorUnit).toLowerCase(Locale.ROOT);
		return row.equals(indicator) || indicator.startsWith(row + " ") || indicator.endsWith(" " + row);
	}

	/**
	 * "EFLOPS (intelligent, FP16)" is measured in EFLOPS: what the parentheses say is the
	 * figure's definition.
	 */
	static String baseUnit(String unit) {
		int open = unit.indexOf(" (");
		return ((open > 0) ? unit.substring(0, open) : unit).strip();
	}

	/**
	 * The source's own words for what it counts: the row's, else a free-text definition,
	 * else what the unit says in parentheses ("EFLOPS (intelligent, FP16)").
	 */
	private static String definitionWords(EntryRow row) {
		if (row.definitionWords() != null) {
			return row.definitionWords();
		}
		if (row.definition() != null && !row.definition().matches(DEFINITION_KEY)) {
			return row.definition();
		}
		String detail = (row.unit().indexOf(" (") > 0)
				? row.unit().substring(row.unit().indexOf(" (") + 2, row.unit().length() - 1) : null;
		return cut(detail, 500);
	}

	private static BigDecimal number(String text) {
		if (text == null || !text.matches("-?\\d{1,18}(\\.\\d{1,4})?")) {
			return null;
		}
		return new BigDecimal(text);
	}

	private static Long idOf(IndicatorDefinition definition) {
		return (definition != null) ? definition.getId() : null;
	}

	/**
	 * Whether a definition is a figure's old free-text wording rather than one of a list.
	 */
	private static boolean isWording(IndicatorDefinition definition) {
		return definition.getKey().startsWith("as-written-");
	}

	/** The address name a company of a pack gets: "Zhipu AI" → "zhipu-ai". */
	static String companySlug(String name) {
		if (name == null) {
			return null;
		}
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\([^)]*\\)", " ")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			slug = "company-" + sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
		}
		return (slug.length() > 80) ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	/**
	 * The key of what a reclassification adds: hub, indicator it puts the figure in,
	 * date.
	 */
	private static String reclassifyRef(ReclassifyRow row) {
		String indicator = code((row.moveToIndicator() != null) ? row.moveToIndicator() : row.indicator());
		return cut("reclassify:" + row.hub() + ":" + indicator + ":" + row.asOf(), 110);
	}

	/** A company's statement key: the company and the quote. */
	private static String companyRef(CompanyRow row, String quote) {
		return cut("company:" + companySlug(row.name()) + ":"
				+ sha256(quote.getBytes(StandardCharsets.UTF_8)).substring(0, 16), 120);
	}

	/**
	 * What a further source's statement says in Hub Atlas's words: that it reports on the
	 * same indicator. Its value stays in its quote: a further source may word or round it
	 * otherwise than the figure it stands beside.
	 */
	private static String alsoReported(Indicator indicator) {
		return "Also reported: " + indicator.getName();
	}

	/**
	 * The page a further quote says it comes from, when its words end by naming one in
	 * brackets; null when they name none.
	 */
	static String namedElsewhere(String quote) {
		if (quote == null) {
			return null;
		}
		Matcher named = NAMED_ELSEWHERE.matcher(quote.strip());
		return named.find() ? named.group(1) : null;
	}

	private static String note(EntryRow row) {
		List<String> parts = new ArrayList<>();
		if (row.asOfBasis() != null) {
			parts.add("Date: " + row.asOfBasis());
		}
		if (row.note() != null) {
			parts.add(row.note());
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	/**
	 * What a national row says, in the statement's English words: a number written in
	 * Chinese or in figures as the pages show one ("企业逾6200间" reads "more than 6,200
	 * companies"; a list of places in Chinese, by how many it names: the list stays in
	 * the quote); English words as written, with the unit where they do not say it.
	 */
	private static String nationalValue(EntryRow row, Indicator indicator) {
		String written = row.valueAsWritten();
		BigDecimal value = number(row.value());
		boolean words = written.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
		if (value != null && !words && indicator.getUnit().equalsIgnoreCase(indicator.getName())) {
			// The unit names what the indicator counts: "Pilot zones named: 16".
			return InterfaceText.in(Locale.ENGLISH, () -> FigureText.of(value, "", qualifier(written)).strip());
		}
		if (value != null && !words) {
			return InterfaceText.in(Locale.ENGLISH,
					() -> FigureText.of(value, indicator.getUnit(), qualifier(written)));
		}
		boolean saysItsUnit = written.toLowerCase(Locale.ROOT).contains(row.unit().toLowerCase(Locale.ROOT));
		if (!saysItsUnit && value != null && written.strip().matches("[0-9][0-9,.]*\\s*[A-Za-z]+")) {
			// Words in another unit ("780,000 PFlops" of an EFLOPS figure): the number in
			// the indicator's unit, as every figure shows it; the words stay in the
			// quote.
			return InterfaceText.in(Locale.ENGLISH,
					() -> FigureText.of(value, indicator.getUnit(), qualifier(written)));
		}
		return saysItsUnit ? written : written + " (" + row.unit() + ")";
	}

	private static FigureKind kind(String qualifier) {
		return switch (qualifier) {
			case "target" -> FigureKind.TARGET;
			case "estimate" -> FigureKind.ESTIMATE;
			default -> FigureKind.ACTUAL;
		};
	}

	/** A number in figures or in Chinese numerals ("2.4万", "千", "萬"). */
	private static final String ZH_NUMBER = "[\\d一二两三四五六七八九十百千万萬亿億]";

	/**
	 * A number in figures, its magnitude and a word of up to two characters for what it
	 * counts ("2400家", "1.5万亿元"): a qualifier after that is the number's, not a term's
	 * ("规模以上企业" are enterprises above a size, not more than a number).
	 */
	private static final String ZH_COUNTED = "\\d[\\d,.]*\\s*[十百千万萬亿億]*\\s*\\p{IsHan}{0,2}";

	private static final Pattern ZH_EXCEEDING = Pattern.compile("(超过|超過|突破|超)\\s*" + ZH_NUMBER);

	private static final Pattern ZH_OVER = Pattern
		.compile("逾\\s*" + ZH_NUMBER + "|" + ZH_COUNTED + "以上|\\d[\\d,.]*\\s*[十百千万萬亿億]*\\s*(多|余|餘)");

	/** The first number of the words as written ("85", "2,400", "92.6"). */
	private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d,.]*");

	/** The first number that is not a year ("2024年"). */
	private static final Pattern FIRST_VALUE = Pattern.compile("\\d[\\d,.]*+(?!\\s*年)");

	private static final Pattern ZH_ABOUT = Pattern.compile("(约为?|約為?|将近|近)\\s*" + ZH_NUMBER + "|" + ZH_COUNTED + "左右");

	/**
	 * How the source qualifies the number, read from its wording ("over 2,400", "约",
	 * "超过"). A Chinese qualifier counts only beside a number: "近日" is "recently", and
	 * "规模以上" names a kind of enterprise.
	 */
	static Qualifier qualifier(String written) {
		// What parentheses add ("(about 62.04 billion U.S. dollars)") qualifies another
		// number, not this one.
		String text = written.toLowerCase(Locale.ROOT).replaceAll("[(（][^)）]*[)）]", " ");
		// An English qualifier stands before its number: after the first number, the
		// words qualify another ("85 Eflops, where intelligent computing accounts for
		// over 98%").
		Matcher number = FIRST_NUMBER.matcher(text);
		String english = number.find() ? text.substring(0, number.end()) : text;
		// "Exceeded 33" (or "topped") is at least 33 ("≥"); "over" or "more than 2,400"
		// is more than it.
		if (english.matches(".*\\b(exceed(s|ed|ing)?|surpass(es|ed|ing)?|topped|topping|tops)\\b.*")
				|| chinese(ZH_EXCEEDING, text)) {
			return Qualifier.EXCEEDING;
		}
		if (english.matches(".*\\b(over|more than|mehr als)\\b.*") || chinese(ZH_OVER, text)) {
			return Qualifier.OVER;
		}
		if (english.matches(".*\\b(about|around|approximately|nearly|some)\\b.*") || chinese(ZH_ABOUT, text)) {
			return Qualifier.ABOUT;
		}
		return Qualifier.NONE;
	}

	/**
	 * Whether Chinese words qualify the figure's own number: the first that is not a year
	 * ("2024年突破2.5万家"), not one after it ("营收2362亿元,增长超20%": the growth is "more than
	 * 20%", the revenue is exact).
	 */
	private static boolean chinese(Pattern qualifier, String text) {
		Matcher value = FIRST_VALUE.matcher(text);
		int end = value.find() ? value.end() : text.length();
		Matcher words = qualifier.matcher(text);
		return words.find() && words.start() < end;
	}

	/** The levels a pack may give a hub, as it writes them. */
	private static final List<String> LEVELS = List.of("municipality", "sub-provincial city", "prefecture-level city",
			"province", "autonomous region", "county", "district", "area");

	private static CityLevel level(String level) {
		if (level == null) {
			return null;
		}
		return switch (level.strip().toLowerCase(Locale.ROOT)) {
			case "municipality" -> CityLevel.MUNICIPALITY;
			case "sub-provincial city" -> CityLevel.SUB_PROVINCIAL_CITY;
			case "prefecture-level city" -> CityLevel.PREFECTURE_CITY;
			case "province" -> CityLevel.PROVINCE;
			case "autonomous region" -> CityLevel.AUTONOMOUS_REGION;
			case "county" -> CityLevel.COUNTY;
			case "district" -> CityLevel.DISTRICT;
			case "area" -> CityLevel.AREA;
			default -> null;
		};
	}

	private static Trust trust(String trust) {
		if (trust == null) {
			return null;
		}
		return switch (trust.strip().toLowerCase(Locale.ROOT)) {
			case "high" -> Trust.HIGH;
			case "medium" -> Trust.MEDIUM;
			case "low" -> Trust.LOW;
			default -> null;
		};
	}

	private static Integer year(String date) {
		if (date == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(date.strip());
		return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "\u2026";
	}

}
