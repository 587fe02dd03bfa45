package org.hubatlas.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyInCity;
import org.hubatlas.company.CompanyKind;
import org.hubatlas.company.CompanyPresence;
import org.hubatlas.company.CompanyService;
import org.hubatlas.dispute.Dispute;
import org.hubatlas.dispute.DisputeLink;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.evidence.EvidenceService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.Indicator;
import org.hubatlas.figure.Trends;
import org.hubatlas.hub.CityProfile;
import org.hubatlas.hub.CityProfileService;
import org.hubatlas.hub.SourcePage;
import org.hubatlas.hub.SourcePageService;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveKind;
import org.hubatlas.incentive.IncentiveLevel;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.ranking.IndicatorRanking;
import org.hubatlas.ranking.IndicatorRankingService;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityKind;
import org.hubatlas.university.UniversityService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data API's answers, put together from the features' services: every list in a
 * fixed number of queries whatever its page size, every figure and statement with its
 * source, what it is about and its disputes.
 */
@Service
@Transactional(readOnly = true)
public class OpenDataService {

	private final CityService cities;

	private final CityProfileService profiles;

	private final CompanyService companies;

	private final UniversityService institutions;

	private final IncentiveService incentives;

	private final SourceService sources;

	private final SourcePageService sourcePages;

	private final FigureService figures;

	private final StatementService statements;

	private final DisputeService disputes;

	private final SubjectDirectory subjects;

	private final IndicatorRankingService rankings;

	private final EvidenceService evidence;

	OpenDataService(CityService cities, CityProfileService profiles, CompanyService companies,
			UniversityService institutions, IncentiveService incentives, SourceService sources,
			SourcePageService sourcePages, FigureService figures, StatementService statements, DisputeService disputes,
			SubjectDirectory subjects, IndicatorRankingService rankings, EvidenceService evidence) {
		this.cities = cities;
		this.profiles = profiles;
		this.companies = companies;
		this.institutions = institutions;
		this.incentives = incentives;
		this.sources = sources;
		this.sourcePages = sourcePages;
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
		this.subjects = subjects;
		this.rankings = rankings;
		this.evidence = evidence;
	}

	// Hubs

	public Page<Api.Hub> hubs(PageParams params) {
		return this.cities.page(params.page(), params.size()).map(Api.Hub::of);
	}

	public Api.HubProfile hub(String slug) {
		CityProfile profile = this.profiles.profile(slug);
		Map<String, City> places = new HashMap<>();
		places.put(profile.city().getSlug(), profile.city());
		profile.subAreas().forEach((c) -> places.put(c.getSlug(), c));
		List<Api.CompanyInHub> companies = profile.companies()
			.stream()
			.map((c) -> companyInHub(c, places.get(c.citySlug())))
			.toList();
		return new Api.HubProfile(Api.Hub.of(profile.city()), profile.subAreas().stream().map(Api.HubRef::of).toList(),
				figureViews(profile.figures(), profile.disputes()), companies,
				profile.universities().stream().map(OpenDataService::institutionRef).toList(),
				profile.incentives().stream().map(OpenDataService::incentiveRef).toList(),
				statementViews(profile.statements(), profile.disputes()), disputeViews(profile.disputes().getAll()),
				profile.sources().stream().map(Api.SourceRef::of).toList(),
				profile.ranks()
					.stream()
					.map((r) -> new Api.Standing(r.figure().getIndicator().getCode(), r.figure().getId(), r.rank(),
							r.of(), r.tied(), "/indicators/" + r.figure().getIndicator().getCode()))
					.toList(),
				profile.trends().stream().map((t) -> series(t.series())).toList());
	}

	private static Api.Series series(Trends.Series series) {
		return new Api.Series(series.indicator().getCode(), series.definitionGroup(), points(series.points()),
				points(series.plan()),
				series.growth()
					.stream()
					.map((g) -> new Api.SeriesGrowth(g.fromYear(), g.toYear(),
							Math.round(g.perYear() * 10000) / 10000.0, g.approximate(), g.points()))
					.toList());
	}

	private static List<Api.SeriesPoint> points(List<Trends.Point> points) {
		return points.stream().map((p) -> new Api.SeriesPoint(p.year(), p.value(), p.figure().getId())).toList();
	}

	private static Api.CompanyInHub companyInHub(CompanyInCity c, City where) {
		Api.HubRef place = (where != null) ? Api.HubRef.of(where) : new Api.HubRef(c.citySlug(), c.cityName(), null,
				"/api/hubs/" + c.citySlug(), "/cities/" + c.citySlug());
		String tie = c.headquarters() ? "headquarters" : c.relation();
		return new Api.CompanyInHub(c.slug(), c.name(), c.nameZh(), Api.code(c.kind()), c.sectors(), place, tie,
				"/api/companies/" + c.slug());
	}

	// Companies, institutions, incentives

	/**
	 * A filter of the API by its URL form. The API's parameters stay text, so that its
	 * description lists the forms it takes; a wrong one is answered as the pages answer
	 * it.
	 */
	private static <E extends Enum<E>> E chosen(Class<E> type, String raw, String parameter) {
		try {
			return Labelled.parse(type, raw);
		}
		catch (IllegalArgumentException ex) {
			throw BadRequestException.mismatch(parameter, type, raw);
		}
	}

	public Page<Api.Company> companies(String kind, String sector, PageParams params) {
		CompanyKind companyKind = chosen(CompanyKind.class, kind, "kind");
		String chosenSector = this.companies.sector(sector);
		Page<Company> page = this.companies.list(companyKind, chosenSector, params.page(), params.size());
		Map<Long, List<CompanyPresence>> presences = new HashMap<>();
		this.companies.presencesOf(page.getContent().stream().map(Company::getId).toList())
			.forEach((p) -> presences.computeIfAbsent(p.getCompany().getId(), (k) -> new ArrayList<>()).add(p));
		return page.map((c) -> company(c, presences.getOrDefault(c.getId(), List.of())));
	}

	private static Api.Company company(Company c, List<CompanyPresence> presences) {
		return new Api.Company(c.getSlug(), c.getName(), c.getNameZh(), Api.code(c.getKind()), c.getFoundedYear(),
				Api.HubRef.of(c.getHqCity()),
				presences.stream().map((p) -> new Api.Presence(Api.HubRef.of(p.getCity()), p.getRelation())).toList(),
				c.getSectorList(), c.getLocationNote(), c.getSummary(), "/api/companies/" + c.getSlug(),
				"/companies/" + c.getSlug());
	}

	public Api.CompanyProfile company(String slug) {
		Company company = this.companies.get(slug);
		Evidence evidence = evidence(Subject.company(company.getId()));
		return new Api.CompanyProfile(company(company, this.companies.presencesOf(company)),
				this.companies.institutionsOf(company)
					.stream()
					.map((t) -> new Api.Tie(t.slug(), t.name(), t.relation(), "/api/institutions/" + t.slug()))
					.toList(),
				evidence.figures(), evidence.statements(), evidence.disputes());
	}

	public Page<Api.Institution> institutions(String kind, PageParams params) {
		UniversityKind chosen = chosen(UniversityKind.class, kind, "kind");
		return this.institutions.list(chosen, params.page(), params.size()).map(OpenDataService::institution);
	}

	private static Api.Institution institution(University u) {
		return new Api.Institution(u.getSlug(), u.getName(), u.getNameZh(), Api.code(u.getKind()),
				Api.HubRef.of(u.getCity()), u.getLocationNote(), u.getSummary(), "/api/institutions/" + u.getSlug(),
				"/universities/" + u.getSlug());
	}

	private static Api.InstitutionRef institutionRef(University u) {
		return new Api.InstitutionRef(u.getSlug(), u.getName(), u.getNameZh(), Api.code(u.getKind()),
				"/api/institutions/" + u.getSlug());
	}

	public Api.InstitutionProfile institution(String slug) {
		University university = this.institutions.get(slug);
		Evidence evidence = evidence(Subject.university(university.getId()));
		return new Api.InstitutionProfile(institution(university),
				this.institutions.ties(university)
					.stream()
					.map((t) -> new Api.Tie(t.getCompany().getSlug(), t.getCompany().getName(), t.getRelation(),
							"/api/companies/" + t.getCompany().getSlug()))
					.toList(),
				evidence.figures(), evidence.statements(), evidence.disputes());
	}

	public Page<Api.Incentive> incentives(String level, String kind, PageParams params) {
		IncentiveLevel chosenLevel = chosen(IncentiveLevel.class, level, "level");
		IncentiveKind chosenKind = chosen(IncentiveKind.class, kind, "kind");
		return this.incentives.list(chosenLevel, chosenKind, params.page(), params.size())
			.map(OpenDataService::incentive);
	}

	private static Api.Incentive incentive(Incentive i) {
		return new Api.Incentive(i.getSlug(), i.getTitle(), Api.code(i.getLevel()), Api.code(i.getKind()),
				i.getIssuer(), i.getAmountAsWritten(), i.getAmountValue(), i.getCurrency(), i.getAnnouncedAsWritten(),
				i.getAnnouncedYear(), i.getTargetYear(), i.getStatus(), i.getSummary(),
				i.getCityList().stream().map(Api.HubRef::of).toList(), "/api/incentives/" + i.getSlug(),
				"/incentives/" + i.getSlug());
	}

	private static Api.IncentiveRef incentiveRef(Incentive i) {
		return new Api.IncentiveRef(i.getSlug(), i.getTitle(), Api.code(i.getLevel()), Api.code(i.getKind()),
				i.getAmountAsWritten(), "/api/incentives/" + i.getSlug());
	}

	public Api.IncentiveProfile incentive(String slug) {
		Incentive incentive = this.incentives.get(slug);
		Evidence evidence = evidence(Subject.incentive(incentive.getId()));
		return new Api.IncentiveProfile(incentive(incentive), evidence.figures(), evidence.statements(),
				evidence.disputes());
	}

	/** A record's figures, statements and disputes, as its profile gives them. */
	private record Evidence(List<Api.Figure> figures, List<Api.Statement> statements, List<Api.Dispute> disputes) {
	}

	private Evidence evidence(Subject subject) {
		org.hubatlas.evidence.Evidence found = this.evidence.about(subject);
		return new Evidence(figureViews(found.figures(), found.disputes()),
				statementViews(found.statements(), found.disputes()), disputeViews(found.disputes().getAll()));
	}

	// Sources, figures, statements, disputes

	public Page<Api.Source> sources(PageParams params) {
		return this.sources.page(params.page(), params.size()).map(Api.Source::of);
	}

	public Api.SourceProfile source(long id) {
		SourcePage page = this.sourcePages.page(id);
		Disputes found = this.disputes
			.disputes(new DisputeQuery().figures(page.figures().stream().map(Figure::getId).toList())
				.statements(page.statements().stream().map(Statement::getId).toList()));
		return new Api.SourceProfile(Api.Source.of(page.source()), figureViews(page.figures(), found),
				statementViews(page.statements(), found), disputeViews(page.disputes()));
	}

	public Page<Api.Figure> figures(PageParams params) {
		Page<Figure> page = this.figures.page(params.page(), params.size());
		Disputes found = this.disputes
			.disputes(new DisputeQuery().figures(page.getContent().stream().map(Figure::getId).toList()));
		return new PageImpl<>(figureViews(page.getContent(), found), page.getPageable(), page.getTotalElements());
	}

	public Page<Api.Statement> statements(PageParams params) {
		Page<Statement> page = this.statements.page(params.page(), params.size());
		Disputes found = this.disputes
			.disputes(new DisputeQuery().statements(page.getContent().stream().map(Statement::getId).toList()));
		return new PageImpl<>(statementViews(page.getContent(), found), page.getPageable(), page.getTotalElements());
	}

	public Page<Api.Dispute> disputes(PageParams params) {
		Page<Dispute> page = this.disputes.page(params.page(), params.size());
		return new PageImpl<>(disputeViews(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	public Api.Dispute dispute(String slug) {
		return disputeViews(List.of(this.disputes.get(slug))).get(0);
	}

	// Indicators

	public List<Api.Indicator> indicators() {
		return this.rankings.catalogue().stream().map((s) -> indicator(s.indicator(), s.hubs())).toList();
	}

	private static Api.Indicator indicator(Indicator i, long hubs) {
		return new Api.Indicator(i.getCode(), i.getName(), i.getNameZh(), i.getUnit(), i.getUnitZh(),
				i.isHigherIsBetter(), i.getDefinition(), i.getDefinitionZh(), hubs, "/api/indicators/" + i.getCode(),
				"/indicators/" + i.getCode());
	}

	public Api.Ranking ranking(String code) {
		IndicatorRanking ranking = this.rankings.ranking(code);
		List<Figure> all = ranking.groups()
			.stream()
			.flatMap((g) -> g.entries().stream())
			.map((e) -> e.figure())
			.toList();
		Map<Long, Api.Figure> views = new HashMap<>();
		figureViews(all, ranking.disputes()).forEach((f) -> views.put(f.id(), f));
		List<Api.RankingGroup> groups = ranking.groups()
			.stream()
			.map((g) -> new Api.RankingGroup(g.title(), g.reason(), g.ranked(), g.entries()
				.stream()
				.map((e) -> new Api.RankingEntry(e.rank(), Api.HubRef.of(e.hub()), views.get(e.figure().getId())))
				.toList()))
			.toList();
		return new Api.Ranking(indicator(ranking.indicator(), ranking.hubCount()), groups);
	}

	// Shared views

	/** Figures with what they are about (one query per kind of subject) and disputes. */
	List<Api.Figure> figureViews(List<Figure> list, Disputes found) {
		Map<Subject, Api.About> about = about(list.stream().map(Figure::getSubject).toList());
		return list.stream().map((f) -> {
			List<Dispute> attached = found.forFigure(f.getId());
			Indicator i = f.getIndicator();
			return new Api.Figure(f.getId(), about.get(f.getSubject()),
					new Api.IndicatorRef(i.getCode(), i.getName(), i.getUnit()), f.getValueNumeric(),
					f.getValueAsWritten(), Api.code(f.getQualifier()), Api.code(f.getKind()), f.getStatedAsOf(),
					f.getAsOfYear(), f.getTargetYear(), Api.when(f), f.getDefinitionText(), f.getNote(), f.getQuote(),
					Api.SourceRef.of(f.getSource()), !attached.isEmpty(), Api.contradicted(attached),
					Api.DisputeRef.of(attached), f.getDefinitionKey(),
					f.getDefinitionGroup().isEmpty() ? null : f.getDefinitionGroup());
		}).toList();
	}

	List<Api.Statement> statementViews(List<Statement> list, Disputes found) {
		Map<Subject, Api.About> about = about(list.stream().map(Statement::getSubject).toList());
		return list.stream().map((s) -> {
			List<Dispute> attached = found.forStatement(s.getId());
			return new Api.Statement(s.getId(), about.get(s.getSubject()), Api.code(s.getNature()), s.getQuote(),
					s.getParaphrase(), s.getParaphraseZh(), s.getSpeaker(), s.getLocation(),
					Api.SourceRef.of(s.getSource()), !attached.isEmpty(), Api.DisputeRef.of(attached));
		}).toList();
	}

	/** Disputes with what each affects: one query for the links, one per kind named. */
	List<Api.Dispute> disputeViews(List<Dispute> list) {
		List<DisputeLink> links = this.disputes.linksOf(list.stream().map(Dispute::getId).toList());
		Map<Subject, Api.About> about = about(links.stream()
			.filter((l) -> l.getFigureId() == null && l.getStatementId() == null)
			.map(DisputeLink::getSubject)
			.toList());
		Map<Long, List<Api.Affected>> affects = new HashMap<>();
		for (DisputeLink link : links) {
			Api.Affected affected;
			if (link.getFigureId() != null) {
				affected = new Api.Affected("figure", null, link.getFigureId(), null, null);
			}
			else if (link.getStatementId() != null) {
				affected = new Api.Affected("statement", null, link.getStatementId(), null, null);
			}
			else {
				Api.About subject = about.get(link.getSubject());
				affected = new Api.Affected(subject.kind(), subject.slug(), null, subject.name(), subject.api());
			}
			affects.computeIfAbsent(link.getDispute().getId(), (k) -> new ArrayList<>()).add(affected);
		}
		return list.stream()
			.map((d) -> new Api.Dispute(d.getSlug(), d.getTitle(), Api.code(d.getType()), Api.code(d.getSeverity()),
					d.getConfidence(), d.getIssue(), d.getKnownOtherwise(), d.getQuote(),
					(d.getSource() != null) ? Api.SourceRef.of(d.getSource()) : null, d.getOutsideReferenceList(),
					affects.getOrDefault(d.getId(), List.of()), "/api/disputes/" + d.getSlug()))
			.toList();
	}

	/** What each subject is, by its name and address. */
	private Map<Subject, Api.About> about(Collection<Subject> subjectList) {
		Set<Subject> distinct = new HashSet<>(subjectList);
		// The API speaks English whatever the reader's language: names as the sources
		// write them.
		Map<Subject, SubjectLink> links = InterfaceText.in(Locale.ENGLISH, () -> this.subjects.links(distinct));
		Map<Subject, Api.About> about = new LinkedHashMap<>();
		for (Subject subject : distinct) {
			if (subject.isNationalContext()) {
				about.put(subject, new Api.About("national", null, "China (national)", null));
				continue;
			}
			SubjectLink link = links.get(subject);
			String slug = (link != null) ? link.href().substring(link.href().lastIndexOf('/') + 1) : null;
			String kind = kind(subject.kind());
			about.put(subject, new Api.About(kind, slug, (link != null) ? link.name() : null,
					(slug != null) ? "/api/" + plural(subject.kind()) + "/" + slug : null));
		}
		return about;
	}

	private static String kind(SubjectKind kind) {
		return switch (kind) {
			case CITY -> "hub";
			case COMPANY -> "company";
			case UNIVERSITY -> "institution";
			case INCENTIVE -> "incentive";
		};
	}

	private static String plural(SubjectKind kind) {
		return switch (kind) {
			case CITY -> "hubs";
			case COMPANY -> "companies";
			case UNIVERSITY -> "institutions";
			case INCENTIVE -> "incentives";
		};
	}

}
