package org.hubatlas.hub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.company.Company;
import org.hubatlas.company.CompanyService;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Citation;
import org.hubatlas.source.Figure;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Source;
import org.hubatlas.source.Subject;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a source's page: its figures and statements with what each is about, in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class SourcePageService {

	private final ProvenanceService provenance;

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	SourcePageService(ProvenanceService provenance, CityService cities, CompanyService companies,
			UniversityService universities, IncentiveService incentives) {
		this.provenance = provenance;
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
	}

	public SourcePage page(long id) {
		Source source = this.provenance.source(id);
		List<Figure> figures = this.provenance.sourceFigures(id);
		List<Citation> citations = this.provenance.sourceCitations(id);
		Set<Subject> subjects = new HashSet<>();
		figures.forEach((f) -> subjects.add(f.getSubject()));
		citations.forEach((c) -> subjects.add(c.getSubject()));
		Map<String, SubjectLink> links = links(subjects);
		Map<Long, SubjectLink> figureSubjects = new HashMap<>();
		figures.forEach((f) -> figureSubjects.put(f.getId(), links.getOrDefault(key(f.getSubject()), SubjectLink.NATIONAL)));
		Map<Long, SubjectLink> citationSubjects = new HashMap<>();
		citations.forEach((c) -> citationSubjects.put(c.getId(),
				links.getOrDefault(key(c.getSubject()), SubjectLink.NATIONAL)));
		return new SourcePage(source, figures, citations, this.provenance.sourceDisputes(id), figureSubjects,
				citationSubjects);
	}

	/** Every dispute with links to what it affects, in a fixed number of queries. */
	public DisputesPage disputes() {
		List<org.hubatlas.source.DisputeLink> links = this.provenance.allDisputeLinks();
		Set<Long> figureIds = new HashSet<>();
		Set<Long> citationIds = new HashSet<>();
		links.forEach((l) -> {
			if (l.getFigureId() != null) {
				figureIds.add(l.getFigureId());
			}
			if (l.getCitationId() != null) {
				citationIds.add(l.getCitationId());
			}
		});
		// A figure or statement is shown through what it is about.
		Map<Long, Subject> figureSubjects = new HashMap<>();
		this.provenance.figuresById(figureIds).forEach((f) -> figureSubjects.put(f.getId(), f.getSubject()));
		Map<Long, Subject> citationSubjects = new HashMap<>();
		this.provenance.citationsById(citationIds).forEach((c) -> citationSubjects.put(c.getId(), c.getSubject()));
		Set<Subject> subjects = new HashSet<>();
		links.forEach((l) -> subjects.add(subjectOf(l, figureSubjects, citationSubjects)));
		Map<String, SubjectLink> names = links(subjects);
		Map<Long, java.util.LinkedHashSet<SubjectLink>> affects = new HashMap<>();
		for (org.hubatlas.source.DisputeLink l : links) {
			SubjectLink target = names.getOrDefault(key(subjectOf(l, figureSubjects, citationSubjects)), SubjectLink.NATIONAL);
			affects.computeIfAbsent(l.getDispute().getId(), (k) -> new java.util.LinkedHashSet<>()).add(target);
		}
		return new DisputesPage(this.provenance.allDisputes(), affects);
	}

	private static Subject subjectOf(org.hubatlas.source.DisputeLink link, Map<Long, Subject> figureSubjects,
			Map<Long, Subject> citationSubjects) {
		if (link.getFigureId() != null) {
			return figureSubjects.getOrDefault(link.getFigureId(), Subject.nationalContext());
		}
		if (link.getCitationId() != null) {
			return citationSubjects.getOrDefault(link.getCitationId(), Subject.nationalContext());
		}
		return link.getSubject();
	}

	/** Disputes, most severe first, and by dispute id what each affects. */
	public record DisputesPage(List<org.hubatlas.source.Dispute> disputes,
			Map<Long, java.util.LinkedHashSet<SubjectLink>> affects) {

		public List<SubjectLink> affected(Long disputeId) {
			return List.copyOf(this.affects.getOrDefault(disputeId, new java.util.LinkedHashSet<>()));
		}

	}

	private Map<String, SubjectLink> links(Set<Subject> subjects) {
		Map<String, SubjectLink> links = new HashMap<>();
		for (City city : this.cities.byIds(ids(subjects, Subject::getCityId))) {
			links.put("city:" + city.getId(), new SubjectLink("Hub", city.getName(), "/cities/" + city.getSlug()));
		}
		for (Company company : this.companies.byIds(ids(subjects, Subject::getCompanyId))) {
			links.put("company:" + company.getId(),
					new SubjectLink("Company", company.getName(), "/companies/" + company.getSlug()));
		}
		for (University university : this.universities.byIds(ids(subjects, Subject::getUniversityId))) {
			links.put("university:" + university.getId(), new SubjectLink("Institution", university.getName(),
					"/universities/" + university.getSlug()));
		}
		for (Incentive incentive : this.incentives.byIds(ids(subjects, Subject::getIncentiveId))) {
			links.put("incentive:" + incentive.getId(),
					new SubjectLink("Incentive", incentive.getTitle(), "/incentives/" + incentive.getSlug()));
		}
		return links;
	}

	private static Set<Long> ids(Set<Subject> subjects, Function<Subject, Long> id) {
		return subjects.stream().map(id).filter((v) -> v != null).collect(Collectors.toSet());
	}

	private static String key(Subject subject) {
		if (subject.getCityId() != null) {
			return "city:" + subject.getCityId();
		}
		if (subject.getCompanyId() != null) {
			return "company:" + subject.getCompanyId();
		}
		if (subject.getUniversityId() != null) {
			return "university:" + subject.getUniversityId();
		}
		if (subject.getIncentiveId() != null) {
			return "incentive:" + subject.getIncentiveId();
		}
		return "national";
	}

}
