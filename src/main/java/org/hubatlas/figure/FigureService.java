package org.hubatlas.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubatlas.common.DataVersion;
import org.hubatlas.common.PageOfIds;
import org.hubatlas.common.PerDataVersion;
import org.hubatlas.source.SourceService;
import org.hubatlas.subject.Subject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures with their indicator and source, for every page that shows them. */
@Service
@Transactional(readOnly = true)
public class FigureService {

	private final FigureRepository figures;

	private final IndicatorRepository indicators;

	private final SourceService sources;

	private final PerDataVersion<HubFigurePicks> hubFigurePicks;

	private final IndicatorDefinitionRepository definitions;

	FigureService(FigureRepository figures, IndicatorRepository indicators, SourceService sources,
			DataVersion dataVersion, IndicatorDefinitionRepository definitions) {
		this.definitions = definitions;
		this.figures = figures;
		this.sources = sources;
		this.hubFigurePicks = new PerDataVersion<>(dataVersion);
		this.indicators = indicators;
	}

	public List<Figure> forCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.figures.findForCities(cityIds);
	}

	public List<Figure> forAllCities() {
		return this.figures.findAllCityFigures();
	}

	/**
	 * What the figures about hubs say in sum (each hub's count, first two, newest per
	 * indicator and indicators; each indicator's number of hubs), worked out once per
	 * version of the data in three queries without loading a figure.
	 */
	public HubFigurePicks hubFigurePicks() {
		return this.hubFigurePicks.get(() -> {
			Map<Long, Indicator> indicators = new HashMap<>();
			this.indicators.findAll().forEach((indicator) -> indicators.put(indicator.getId(), indicator));
			return new HubFigurePicks(this.figures.findHubFigureKeys(), indicators, this.sources.publishedYears());
		});
	}

	/**
	 * Ids in one query at most: PostgreSQL takes up to 32,767 parameters a statement, and
	 * one statement serves the hub summaries of up to 5,000 hubs.
	 */
	private static final int IDS_PER_QUERY = 30_000;

	/**
	 * The figures with these ids, each with its indicator and source, in no particular
	 * order.
	 */
	public List<Figure> withProvenance(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<Figure> result = new ArrayList<>(all.size());
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			result
				.addAll(this.figures.findWithProvenance(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
		}
		return result;
	}

	/** The figures about this record, with their sources. */
	public List<Figure> about(Subject subject) {
		return this.figures.findAbout(subject);
	}

	public List<Figure> fromSource(long sourceId) {
		return this.figures.findForSource(sourceId);
	}

	/** The figures with these ids, each with what it is about and its indicator. */
	public List<Figure> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.figures.findWithIndicator(ids);
	}

	/** Number of figures citing each source, by source id. */
	public Map<Long, Long> countsBySource() {
		Map<Long, Long> counts = new HashMap<>();
		this.figures.countBySource().forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	/** Every indicator's definitions, in the catalogue's order. */
	public List<IndicatorDefinition> definitions() {
		return this.definitions.findAllOrdered();
	}

	public List<Indicator> indicators() {
		return this.indicators.findAllOrdered();
	}

	public long count() {
		return this.figures.count();
	}

	/** Every figure of this indicator about a hub, with indicator and source. */
	public List<Figure> forIndicatorAboutHubs(String code) {
		return this.figures.findAboutHubsFor(code);
	}

	/**
	 * The figures Hub Atlas derives for each derived indicator asked for: paired once per
	 * version of the data from the figures' keys, then the figures of the pairs read with
	 * their sources in one query.
	 */
	public Map<Derived.Ratio, List<Derived.Value>> derived(Collection<Derived.Ratio> ratios) {
		HubFigurePicks picks = hubFigurePicks();
		Set<Long> ids = new HashSet<>();
		ratios.forEach((ratio) -> picks.derivedPairs(ratio.code()).forEach((pair) -> {
			ids.add(pair.numeratorId());
			ids.add(pair.denominatorId());
		}));
		Map<Long, Figure> byId = new HashMap<>();
		withProvenance(ids).forEach((figure) -> byId.put(figure.getId(), figure));
		Map<Derived.Ratio, List<Derived.Value>> derived = new LinkedHashMap<>();
		ratios.forEach((ratio) -> derived.put(ratio, Derived.values(picks.derivedPairs(ratio.code()), byId)));
		return derived;
	}

	/** How many hubs each indicator's main group ranks (0: none), by indicator id. */
	public Map<Long, Integer> rankedHubCounts() {
		Map<Long, Integer> counts = new HashMap<>();
		hubFigurePicks().rankedByIndicator().forEach((id, figures) -> counts.put(id, figures.size()));
		return counts;
	}

	/**
	 * Ids of the figures each indicator's main group ranks (as {@link Comparability}
	 * says), by indicator code; kept per data version, worked out without loading a
	 * figure.
	 */
	public Map<String, Set<Long>> rankedFigureIds() {
		return hubFigurePicks().rankedByCode();
	}

	/** Number of hubs with a figure, by indicator id; kept per data version. */
	public Map<Long, Long> hubCountsByIndicator() {
		return hubFigurePicks().hubCountsByIndicator();
	}

	public Optional<Indicator> indicator(String code) {
		return this.indicators.findByCode(code);
	}

	/** The indicators each hub has figures for, by hub id; kept per data version. */
	public Map<Long, Set<Long>> indicatorsByHub() {
		return hubFigurePicks().indicatorsByHub();
	}

	/**
	 * One page (from 1) of every figure, with indicator and source: two queries and a
	 * count.
	 */
	public Page<Figure> page(int page, int size) {
		Page<Long> ids = this.figures.findPageIds(PageRequest.of(page - 1, size));
		return PageOfIds.load(ids, this.figures::findWithProvenance, Figure::getId);
	}

}
