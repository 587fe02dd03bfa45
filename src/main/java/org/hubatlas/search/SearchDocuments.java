package org.hubatlas.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyService;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.Indicator;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectLink;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Component;

/**
 * Everything a reader can search for, handed over one document at a time. Hubs and
 * sources are read whole first (the other records point at them); companies,
 * institutions, incentives and statements are read in batches by id, each batch in a
 * read-only transaction of its own, so that only one batch of records is held at a time
 * however large the data: the index keeps what it needs, compressed, and the records go.
 */
@Component
class SearchDocuments {

	private static final Locale ZH = Locale.forLanguageTag("zh-Hans");

	/** Records per batch: a few queries per thousand records, a few hundred KB held. */
	static final int BATCH = 1_000;

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final SourceService sources;

	private final FigureService figures;

	private final StatementService statements;

	private final DisputeService disputes;

	private final SubjectDirectory subjects;

	SearchDocuments(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, SourceService sources, FigureService figures, StatementService statements,
			DisputeService disputes, SubjectDirectory subjects) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.sources = sources;
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
		this.subjects = subjects;
	}

	/**
	 * Every document, kind by kind. Each batch is read after the last one was handed on,
	 * so a record changed during the walk is seen as it was or as it is; either way the
	 * data's version has moved and the index is built again.
	 */
	void each(Consumer<SearchDocument> sink) {
		List<City> hubs = this.cities.all();
		Map<Long, City> hubsById = hubs.stream().collect(Collectors.toMap(City::getId, Function.identity()));
		Map<Long, Source> sourcesById = this.sources.all()
			.stream()
			.collect(
					Collectors.toMap(Source::getId, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		for (City hub : hubs) {
			sink.accept(hub(hub));
		}
		inBatches(this.companies::batchAfter, Company::getId,
				(batch) -> batch.forEach((company) -> sink.accept(company(company, hubsById))));
		inBatches(this.universities::batchAfter, University::getId,
				(batch) -> batch.forEach((institution) -> sink.accept(institution(institution, hubsById))));
		inBatches(this.incentives::batchAfter, Incentive::getId,
				(batch) -> batch.forEach((incentive) -> sink.accept(incentive(incentive))));
		Map<Long, Long> hubsWithFigures = this.figures.hubCountsByIndicator();
		for (Indicator indicator : this.figures.indicators()) {
			// An indicator no hub has a figure for leads to an empty page: not found.
			if (!hubsWithFigures.containsKey(indicator.getId())) {
				continue;
			}
			// Its Chinese name is found as its English one is ("算力", "人工智能企业").
			sink.accept(new SearchDocument(SearchKind.INDICATOR, "/indicators/" + indicator.getCode(),
					indicator.getName(), null, indicator.getNameZh(), indicator.getDefinition(), null,
					indicator.getUnit(), indicator.getUnitZh(), exact(indicator.getName(), indicator.getNameZh()))
				.withTitleShownZh(indicator.getNameZh())
				.withSummaryZh(indicator.getDefinitionZh()));
		}
		for (Source source : sourcesById.values()) {
			sink.accept(new SearchDocument(SearchKind.SOURCE, "/sources/" + source.getId(), source.getTitle(), null,
					join(source.getPublisher(), source.getAuthor()), source.getSubtitle(), source.getUrl(),
					join(source.getPublisher(), source.getPublishedLabel()), null, exact(source.getTitle())));
		}
		inBatches(this.statements::batchAfter, Statement::getId, (batch) -> {
			// The names of what this batch's statements are about, one query per kind.
			Map<Subject, SubjectLink> about = this.subjects.links(batch.stream()
				.map(Statement::getSubject)
				.filter((subject) -> subject != null && !subject.isNationalContext())
				.collect(Collectors.toSet()));
			Map<Subject, SubjectLink> aboutZh = InterfaceText.in(ZH, () -> this.subjects.links(about.keySet()));
			batch.forEach((statement) -> sink.accept(statement(statement, about, aboutZh, hubsById, sourcesById)));
		});
		for (Dispute dispute : this.disputes.all()) {
			sink.accept(new SearchDocument(SearchKind.CORRECTION, "/disputes#dispute-" + dispute.getSlug(),
					dispute.getTitle(), null, null, dispute.getIssue(), dispute.getKnownOtherwise(),
					en(dispute.getSeverity()), zh(dispute.getSeverity()), List.of())
				.withSummaryZh(dispute.getIssueZh())
				.withTitleShownZh(dispute.getTitleZh()));
		}
	}

	/**
	 * Reads batch after batch (each ordered by id, each in its own transaction) until one
	 * comes back empty, handing each on before the next is read.
	 */
	private static <T> void inBatches(BatchReader<T> reader, Function<T, Long> id, Consumer<List<T>> each) {
		long after = 0;
		List<T> batch;
		while (!(batch = reader.batchAfter(after, BATCH)).isEmpty()) {
			each.accept(batch);
			after = id.apply(batch.get(batch.size() - 1));
		}
	}

	@FunctionalInterface
	private interface BatchReader<T> {

		List<T> batchAfter(long afterId, int size);

	}

	private static SearchDocument hub(City hub) {
		String pinyin = Pinyin.of(hub.getNameZh());
		String parent = (hub.getParent() != null) ? hub.getParent().getName() : hub.getProvince();
		String official = officialNameZh(hub);
		return new SearchDocument(SearchKind.HUB, "/cities/" + hub.getSlug(), hub.getName(), hub.getNameZh(),
				join(hub.getNicknames(), hub.getSlug().replace('-', ' '), hub.getSlug().replace("-", ""), pinyin,
						official),
				hub.getSummary(), join(hub.getProvince(), provinceZh(hub.getProvince()), hub.getSummaryZh()),
				join(en(hub.getLevel()), parent), join(zh(hub.getLevel()), parentZh(hub)), exact(hub.getName(),
						hub.getNameZh(), hub.getSlug(), (pinyin != null) ? pinyin.split(" ")[0] : null, official))
			.withSummaryZh(hub.getSummaryZh());
	}

	/**
	 * A hub's Chinese name as a government writes it, with its level ("北京市", "贵州省"), so
	 * that a reader typing it finds the hub; null where the level adds nothing.
	 */
	static String officialNameZh(City hub) {
		String name = hub.getNameZh();
		if (name == null || name.isBlank() || hub.getLevel() == null) {
			return null;
		}
		String suffix = switch (hub.getLevel()) {
			case MUNICIPALITY, SUB_PROVINCIAL_CITY, PREFECTURE_CITY -> "市";
			case PROVINCE -> "省";
			case AUTONOMOUS_REGION -> "自治区";
			case COUNTY -> "县";
			case DISTRICT -> "区";
			case AREA -> null;
		};
		return (suffix == null || name.endsWith(suffix)) ? null : name + suffix;
	}

	private static SearchDocument company(Company company, Map<Long, City> hubsById) {
		String hub = hubName(hubsById, company.getHqCity());
		return new SearchDocument(SearchKind.COMPANY, "/companies/" + company.getSlug(), company.getName(),
				company.getNameZh(), join(company.getSlug().replace('-', ' '), Pinyin.forms(company.getNameZh())),
				company.getSummary(),
				join(String.join(" ", company.getSectors()), sectorsZh(company.getSectors()), company.getLocationNote(),
						hubNameZh(hubsById, company.getHqCity()),
						InterfaceText.labelsInEveryLanguage(company.getKind(), company.getKind().label())),
				join(en(company.getKind()), (hub != null) ? hub : company.getLocationNote()),
				join(zh(company.getKind()),
						zhOr(hubNameZh(hubsById, company.getHqCity()), hub, company.getLocationNote())),
				exact(company.getName(), company.getNameZh(), company.getSlug()))
			.withSummaryZh(company.getSummaryZh());
	}

	private static SearchDocument institution(University institution, Map<Long, City> hubsById) {
		String hub = hubName(hubsById, institution.getCity());
		return new SearchDocument(SearchKind.INSTITUTION, "/universities/" + institution.getSlug(),
				institution.getName(), institution.getNameZh(),
				join(institution.getSlug().replace('-', ' '), Pinyin.forms(institution.getNameZh())),
				institution.getSummary(),
				join(institution.getLocationNote(), hubNameZh(hubsById, institution.getCity()),
						InterfaceText.labelsInEveryLanguage(institution.getKind(), institution.getKind().label())),
				join(en(institution.getKind()), (hub != null) ? hub : institution.getLocationNote()),
				join(zh(institution.getKind()),
						zhOr(hubNameZh(hubsById, institution.getCity()), hub, institution.getLocationNote())),
				exact(institution.getName(), institution.getNameZh(), institution.getSlug()))
			.withSummaryZh(institution.getSummaryZh());
	}

	private static SearchDocument incentive(Incentive incentive) {
		List<City> hubs = incentive.getCities().stream().sorted(Comparator.comparing(City::getName)).toList();
		String hubNames = hubs.stream().map(City::getName).collect(Collectors.joining(", "));
		return new SearchDocument(SearchKind.INCENTIVE, "/incentives/" + incentive.getSlug(), incentive.getTitle(),
				null, null, incentive.getSummary(),
				join(incentive.getIssuer(), incentive.getAmountAsWritten(),
						hubs.stream().map(City::getNameZh).filter(Objects::nonNull).collect(Collectors.joining(" ")),
						InterfaceText.labelsInEveryLanguage(incentive.getKind(), incentive.getKind().label()),
						InterfaceText.labelsInEveryLanguage(incentive.getLevel(), incentive.getLevel().label())),
				join(en(incentive.getKind()), hubNames.isEmpty() ? null : hubNames),
				join(zh(incentive.getKind()),
						hubs.stream()
							.map((hub) -> (hub.getNameZh() != null) ? hub.getNameZh() : hub.getName())
							.collect(Collectors.joining("\u3001"))),
				exact(incentive.getTitle(), incentive.getSlug()))
			.withSummaryZh(incentive.getSummaryZh())
			.withTitleShownZh(incentive.getTitleZh());
	}

	private static SearchDocument statement(Statement statement, Map<Subject, SubjectLink> about,
			Map<Subject, SubjectLink> aboutZh, Map<Long, City> hubsById, Map<Long, Source> sourcesById) {
		Subject subject = statement.getSubject();
		boolean national = subject == null || subject.isNationalContext();
		String aboutName = national
				? InterfaceText.in(Locale.ENGLISH, () -> InterfaceText.message("subject.national", "China (national)"))
				: (about.get(subject) != null) ? about.get(subject).name() : null;
		String aboutNameZh = national
				? InterfaceText.in(ZH, () -> InterfaceText.message("subject.national", "China (national)"))
				: (aboutZh.get(subject) != null) ? aboutZh.get(subject).name() : aboutName;
		Source source = sourcesById.get(statement.getSource().getId());
		String cited = (source != null) ? source.getShortTitle() : null;
		return new SearchDocument(SearchKind.STATEMENT, statementHref(statement, hubsById), statement.getParaphrase(),
				null, statement.getSpeaker(), statement.getQuote(), statement.getParaphraseZh(), join(aboutName, cited),
				join(aboutNameZh, cited), List.of())
			.withTitleShownZh(statement.getParaphraseZh());
	}

	/** A label as English readers see it (the index is built outside any request). */
	private static String en(Enum<?> constant) {
		return InterfaceText.labelIn(constant, constant.name(), Locale.ENGLISH);
	}

	/** The same label for readers of Chinese. */
	private static String zh(Enum<?> constant) {
		return InterfaceText.labelIn(constant, en(constant), ZH);
	}

	private static String parentZh(City hub) {
		if (hub.getParent() != null) {
			return (hub.getParent().getNameZh() != null) ? hub.getParent().getNameZh() : hub.getParent().getName();
		}
		return provinceZh(hub.getProvince());
	}

	private static String provinceZh(String province) {
		return InterfaceText.termIn("province", province, ZH);
	}

	private static String sectorsZh(Collection<String> sectors) {
		return sectors.stream()
			.map((sector) -> InterfaceText.termIn("sector", sector, ZH))
			.collect(Collectors.joining(" "));
	}

	/** The first name there is, Chinese first. */
	private static String zhOr(String... names) {
		return Arrays.stream(names).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static String hubName(Map<Long, City> hubsById, City reference) {
		City hub = (reference != null) ? hubsById.get(reference.getId()) : null;
		return (hub != null) ? hub.getName() : null;
	}

	/** The hub's Chinese name, so that 杭州 finds what is in Hangzhou. */
	private static String hubNameZh(Map<Long, City> hubsById, City reference) {
		City hub = (reference != null) ? hubsById.get(reference.getId()) : null;
		return (hub != null) ? hub.getNameZh() : null;
	}

	/**
	 * A statement about a hub opens on the hub's page; any other on its source's page.
	 */
	private static String statementHref(Statement statement, Map<Long, City> hubsById) {
		Subject subject = statement.getSubject();
		if (subject != null && !subject.isNationalContext() && subject.getCityId() != null
				&& hubsById.containsKey(subject.getCityId())) {
			return "/cities/" + hubsById.get(subject.getCityId()).getSlug() + "#statements-heading";
		}
		return "/sources/" + statement.getSource().getId();
	}

	private static String join(String... parts) {
		String joined = Arrays.stream(parts)
			.filter(Objects::nonNull)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining(" · "));
		return joined.isEmpty() ? null : joined;
	}

	private static List<String> exact(String... names) {
		return Arrays.stream(names)
			.filter(Objects::nonNull)
			.map((name) -> name.toLowerCase(Locale.ROOT).trim())
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
	}

}
