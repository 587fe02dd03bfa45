package org.hubatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a reader can search for, read from the features' services in one read-only
 * transaction: one query per kind, whatever the number of records (hubs and sources are
 * read first, so the records that point at them find them loaded).
 */
@Component
class SearchDocuments {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final SourceService sources;

	private final FigureService figures;

	private final StatementService statements;

	private final DisputeService disputes;

	SearchDocuments(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, SourceService sources, FigureService figures, StatementService statements,
			DisputeService disputes) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.sources = sources;
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
	}

	@Transactional(readOnly = true)
	List<SearchDocument> all() {
		List<SearchDocument> documents = new ArrayList<>();
		List<City> hubs = this.cities.all();
		Map<Long, City> hubsById = hubs.stream().collect(Collectors.toMap(City::getId, Function.identity()));
		Map<Long, Source> sourcesById = this.sources.all()
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		for (City hub : hubs) {
			String pinyin = Pinyin.of(hub.getNameZh());
			String parent = (hub.getParent() != null) ? hub.getParent().getName() : hub.getProvince();
			documents
				.add(new SearchDocument(SearchKind.HUB, "/cities/" + hub.getSlug(), hub.getName(), hub.getNameZh(),
						join(hub.getNicknames(), hub.getSlug().replace('-', ' '), hub.getSlug().replace("-", ""),
								pinyin),
						hub.getSummary(), hub.getProvince(), join(en(hub.getLevel()), parent),
						join(zh(hub.getLevel()), parentZh(hub)), exact(hub.getName(), hub.getNameZh(), hub.getSlug(),
								(pinyin != null) ? pinyin.split(" ")[0] : null)));
		}
		Map<Long, String> companyNames = new HashMap<>();
		for (Company company : this.companies.all()) {
			companyNames.put(company.getId(), company.getName());
			String hub = hubName(hubsById, company.getHqCity());
			documents.add(new SearchDocument(SearchKind.COMPANY, "/companies/" + company.getSlug(), company.getName(),
					company.getNameZh(), join(company.getSlug().replace('-', ' '), Pinyin.of(company.getNameZh())),
					company.getSummary(),
					join(String.join(" ", company.getSectors()), company.getLocationNote(),
							hubNameZh(hubsById, company.getHqCity()),
							InterfaceText.labelsInEveryLanguage(company.getKind(), company.getKind().label())),
					join(en(company.getKind()), (hub != null) ? hub : company.getLocationNote()),
					join(zh(company.getKind()),
							zhOr(hubNameZh(hubsById, company.getHqCity()), hub, company.getLocationNote())),
					exact(company.getName(), company.getNameZh(), company.getSlug())));
		}
		Map<Long, String> institutionNames = new HashMap<>();
		for (University institution : this.universities.all()) {
			institutionNames.put(institution.getId(), institution.getName());
			String hub = hubName(hubsById, institution.getCity());
			documents.add(new SearchDocument(SearchKind.INSTITUTION, "/universities/" + institution.getSlug(),
					institution.getName(), institution.getNameZh(),
					join(institution.getSlug().replace('-', ' '), Pinyin.of(institution.getNameZh())),
					institution.getSummary(),
					join(institution.getLocationNote(), hubNameZh(hubsById, institution.getCity()),
							InterfaceText.labelsInEveryLanguage(institution.getKind(), institution.getKind().label())),
					join(en(institution.getKind()), (hub != null) ? hub : institution.getLocationNote()),
					join(zh(institution.getKind()),
							zhOr(hubNameZh(hubsById, institution.getCity()), hub, institution.getLocationNote())),
					exact(institution.getName(), institution.getNameZh(), institution.getSlug())));
		}
		Map<Long, Set<String>> incentiveHubs = new HashMap<>();
		Map<Long, Set<String>> incentiveHubsZh = new HashMap<>();
		Map<Long, Set<String>> incentiveHubsZhOrEn = new HashMap<>();
		for (IncentiveService.CityIncentive tie : this.incentives.cityKinds()) {
			City hub = hubsById.get(tie.cityId());
			if (hub != null) {
				incentiveHubs.computeIfAbsent(tie.incentiveId(), (id) -> new LinkedHashSet<>()).add(hub.getName());
				if (hub.getNameZh() != null) {
					incentiveHubsZh.computeIfAbsent(tie.incentiveId(), (id) -> new LinkedHashSet<>())
						.add(hub.getNameZh());
				}
				incentiveHubsZhOrEn.computeIfAbsent(tie.incentiveId(), (id) -> new LinkedHashSet<>())
					.add((hub.getNameZh() != null) ? hub.getNameZh() : hub.getName());
			}
		}
		Map<Long, String> incentiveTitles = new HashMap<>();
		for (Incentive incentive : this.incentives.all()) {
			incentiveTitles.put(incentive.getId(), incentive.getTitle());
			String hubNames = String.join(", ", incentiveHubs.getOrDefault(incentive.getId(), Set.of()));
			documents.add(new SearchDocument(SearchKind.INCENTIVE, "/incentives/" + incentive.getSlug(),
					incentive.getTitle(), null, null, incentive.getSummary(),
					join(incentive.getIssuer(), incentive.getAmountAsWritten(),
							String.join(" ", incentiveHubsZh.getOrDefault(incentive.getId(), Set.of())),
							InterfaceText.labelsInEveryLanguage(incentive.getKind(), incentive.getKind().label()),
							InterfaceText.labelsInEveryLanguage(incentive.getLevel(), incentive.getLevel().label())),
					join(en(incentive.getKind()), hubNames.isEmpty() ? null : hubNames),
					join(zh(incentive.getKind()),
							String.join("\u3001", incentiveHubsZhOrEn.getOrDefault(incentive.getId(), Set.of()))),
					exact(incentive.getTitle(), incentive.getSlug())));
		}
		for (Indicator indicator : this.figures.indicators()) {
			documents.add(new SearchDocument(SearchKind.INDICATOR, "/indicators/" + indicator.getCode(),
					indicator.getName(), null, null, indicator.getDefinition(), null, indicator.getUnit(), null,
					exact(indicator.getName())));
		}
		for (Source source : sourcesById.values()) {
			documents.add(new SearchDocument(SearchKind.SOURCE, "/sources/" + source.getId(), source.getTitle(), null,
					join(source.getPublisher(), source.getAuthor()), source.getSubtitle(), source.getUrl(),
					join(source.getPublisher(), source.getPublishedLabel()), null, exact(source.getTitle())));
		}
		for (Statement statement : this.statements.all()) {
			String about = about(statement.getSubject(), hubsById, companyNames, institutionNames, incentiveTitles);
			Source source = sourcesById.get(statement.getSource().getId());
			documents.add(new SearchDocument(SearchKind.STATEMENT, statementHref(statement, hubsById),
					statement.getParaphrase(), null, statement.getSpeaker(), statement.getQuote(), null,
					join(about, (source != null) ? source.getShortTitle() : null), null, List.of()));
		}
		for (Dispute dispute : this.disputes.all()) {
			documents.add(new SearchDocument(SearchKind.CORRECTION, "/disputes#dispute-" + dispute.getSlug(),
					dispute.getTitle(), null, null, dispute.getIssue(), dispute.getKnownOtherwise(),
					en(dispute.getSeverity()), zh(dispute.getSeverity()), List.of()));
		}
		return documents;
	}

	/** A label as English readers see it (the index is built outside any request). */
	private static String en(Enum<?> constant) {
		return InterfaceText.labelIn(constant, constant.name(), Locale.ENGLISH);
	}

	/** The same label for readers of Chinese. */
	private static String zh(Enum<?> constant) {
		return InterfaceText.labelIn(constant, en(constant), Locale.forLanguageTag("zh-Hans"));
	}

	private static String parentZh(City hub) {
		if (hub.getParent() != null) {
			return (hub.getParent().getNameZh() != null) ? hub.getParent().getNameZh() : hub.getParent().getName();
		}
		return hub.getProvince();
	}

	/** The first name there is, Chinese first. */
	private static String zhOr(String... names) {
		return java.util.Arrays.stream(names).filter(Objects::nonNull).findFirst().orElse(null);
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

	private static String about(Subject subject, Map<Long, City> hubs, Map<Long, String> companies,
			Map<Long, String> institutions, Map<Long, String> incentives) {
		if (subject == null || subject.isNationalContext()) {
			return "China (national)";
		}
		return switch (subject.kind()) {
			case CITY -> (hubs.get(subject.id()) != null) ? hubs.get(subject.id()).getName() : null;
			case COMPANY -> companies.get(subject.id());
			case UNIVERSITY -> institutions.get(subject.id());
			case INCENTIVE -> incentives.get(subject.id());
		};
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
		String joined = java.util.Arrays.stream(parts)
			.filter(Objects::nonNull)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining(" · "));
		return joined.isEmpty() ? null : joined;
	}

	private static List<String> exact(String... names) {
		return java.util.Arrays.stream(names)
			.filter(Objects::nonNull)
			.map((name) -> name.toLowerCase(Locale.ROOT).trim())
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
	}

}
