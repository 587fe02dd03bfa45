package org.hubatlas.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hubatlas.source.DisputeQuery.orNone;

/** Figures, statements, sources and disputes: what every page needs to cite what it shows. */
@Service
@Transactional(readOnly = true)
public class ProvenanceService {

	private final SourceRepository sources;

	private final FigureRepository figures;

	private final CitationRepository citations;

	private final DisputeRepository disputes;

	private final IndicatorRepository indicators;

	ProvenanceService(SourceRepository sources, FigureRepository figures, CitationRepository citations,
			DisputeRepository disputes, IndicatorRepository indicators) {
		this.sources = sources;
		this.figures = figures;
		this.citations = citations;
		this.disputes = disputes;
		this.indicators = indicators;
	}

	public List<Figure> cityFigures(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.figures.findForCities(cityIds);
	}

	public List<Figure> allCityFigures() {
		return this.figures.findAllCityFigures();
	}

	public List<Figure> companyFigures(long companyId) {
		return this.figures.findForCompany(companyId);
	}

	public List<Figure> universityFigures(long universityId) {
		return this.figures.findForUniversity(universityId);
	}

	public List<Figure> incentiveFigures(long incentiveId) {
		return this.figures.findForIncentive(incentiveId);
	}

	public List<Citation> cityCitations(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.citations.findForCities(cityIds);
	}

	public List<Citation> companyCitations(long companyId) {
		return this.citations.findForCompany(companyId);
	}

	public List<Citation> universityCitations(long universityId) {
		return this.citations.findForUniversity(universityId);
	}

	public List<Citation> incentiveCitations(long incentiveId) {
		return this.citations.findForIncentive(incentiveId);
	}

	public List<Citation> nationalContext() {
		return this.citations.findNationalContext();
	}

	/** The disputes touching these items, in one query. */
	public Disputes disputes(DisputeQuery query) {
		if (query.isEmpty()) {
			return Disputes.none();
		}
		return Disputes.of(this.disputes.findLinks(orNone(query.cityIds), orNone(query.companyIds),
				orNone(query.universityIds), orNone(query.incentiveIds), orNone(query.figureIds),
				orNone(query.citationIds)));
	}

	public List<Indicator> indicators() {
		return this.indicators.findAllOrdered();
	}

	public List<Source> allSources() {
		return this.sources.findAllByDate();
	}

	/** Number of figures and statements citing each source, by source id. */
	public Map<Long, Long> citationCounts() {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.citations.countBySource()) {
			counts.merge((Long) row[0], (Long) row[1], Long::sum);
		}
		for (Object[] row : this.figures.countBySource()) {
			counts.merge((Long) row[0], (Long) row[1], Long::sum);
		}
		return counts;
	}

	public Source source(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
	}

	public List<Figure> sourceFigures(long sourceId) {
		return this.figures.findForSource(sourceId);
	}

	public List<Citation> sourceCitations(long sourceId) {
		return this.citations.findForSource(sourceId);
	}

	/** Disputes raised about what this source says. */
	public List<Dispute> sourceDisputes(long sourceId) {
		return this.disputes.findForSource(sourceId)
			.stream()
			.sorted(java.util.Comparator.comparing(Dispute::getSeverity).thenComparing(Dispute::getTitle))
			.toList();
	}

	/** Figures, statements and dispute notes about a subject: what must go before the subject can be deleted. */
	public List<String> referencesTo(Subject subject) {
		List<Figure> figureList;
		List<Citation> citationList;
		DisputeQuery query = new DisputeQuery();
		if (subject.getCityId() != null) {
			figureList = this.figures.findForCities(List.of(subject.getCityId()));
			citationList = this.citations.findForCities(List.of(subject.getCityId()));
			query.cities(List.of(subject.getCityId()));
		}
		else if (subject.getCompanyId() != null) {
			figureList = this.figures.findForCompany(subject.getCompanyId());
			citationList = this.citations.findForCompany(subject.getCompanyId());
			query.companies(List.of(subject.getCompanyId()));
		}
		else if (subject.getUniversityId() != null) {
			figureList = this.figures.findForUniversity(subject.getUniversityId());
			citationList = this.citations.findForUniversity(subject.getUniversityId());
			query.universities(List.of(subject.getUniversityId()));
		}
		else {
			figureList = this.figures.findForIncentive(subject.getIncentiveId());
			citationList = this.citations.findForIncentive(subject.getIncentiveId());
			query.incentives(List.of(subject.getIncentiveId()));
		}
		List<String> references = new java.util.ArrayList<>();
		figureList.forEach((f) -> references.add("Figure #" + f.getId() + ": " + f.getIndicator().getName() + ", "
				+ f.getValueAsWritten()));
		citationList.forEach((c) -> references.add("Statement #" + c.getId() + ": " + c.getParaphrase()));
		disputes(query).getAll().forEach((d) -> references.add("Dispute note: " + d.getTitle()));
		return references;
	}

	/** Number of sources, figures and statements, for the admin dashboard. */
	public Map<String, Long> counts() {
		return Map.of("sources", this.sources.count(), "figures", this.figures.count(), "citations",
				this.citations.count(), "disputes", this.disputes.count());
	}

	/** Every dispute, most severe first, with what each affects. */
	public List<DisputeLink> allDisputeLinks() {
		return this.disputes.findAllLinks();
	}

	public List<Dispute> allDisputes() {
		return this.disputes.findAllWithSource()
			.stream()
			.sorted(java.util.Comparator.comparing(Dispute::getSeverity).thenComparing(Dispute::getTitle))
			.toList();
	}

	/** The figures and statements with these ids, each with what it is about, for naming a dispute's targets. */
	public List<Figure> figuresById(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.figures.findAllById(ids);
	}

	public List<Citation> citationsById(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.citations.findAllById(ids);
	}

}
