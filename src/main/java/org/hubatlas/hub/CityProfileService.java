package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.company.CompanyInCity;
import org.hubatlas.company.CompanyService;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.TrendChart;
import org.hubatlas.figure.Trends;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Source;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a hub's profile in a fixed number of queries whatever the amount of data: one
 * per kind of thing shown. Companies, institutions and incentives of the hub's sub-areas
 * (Zhongguancun in Beijing) show on the hub's profile.
 */
@Service
@Transactional(readOnly = true)
public class CityProfileService {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final DisputeService disputes;

	private final FigureService figures;

	private final StatementService statements;

	CityProfileService(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, DisputeService disputes, FigureService figures, StatementService statements) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.disputes = disputes;
		this.figures = figures;
		this.statements = statements;
	}

	/**
	 * Hubs that share at least three indicators with this one, most shared first:
	 * comparisons worth making.
	 */
	private List<CityProfile.Suggestion> suggestions(City city, List<City> otherHubs) {
		Map<Long, Set<Long>> indicators = this.figures.indicatorsByHub();
		Set<Long> own = indicators.getOrDefault(city.getId(), Set.of());
		return otherHubs.stream()
			.map((other) -> new CityProfile.Suggestion(other,
					(int) indicators.getOrDefault(other.getId(), Set.of()).stream().filter(own::contains).count()))
			.filter((suggestion) -> suggestion.shared() >= 3)
			.sorted(java.util.Comparator.comparingInt(CityProfile.Suggestion::shared)
				.reversed()
				.thenComparing((suggestion) -> suggestion.hub().getName()))
			.limit(3)
			.toList();
	}

	/**
	 * Where the hub stands in each indicator it ranks in, from the rankings worked out
	 * once per version of the data; in the order of the catalogue.
	 */
	private List<CityProfile.Rank> ranks(City city, List<Figure> figures) {
		Map<Long, Figure> byId = new java.util.HashMap<>();
		figures.forEach((figure) -> byId.put(figure.getId(), figure));
		return this.figures.hubFigurePicks()
			.standings(city.getId())
			.stream()
			.filter((standing) -> byId.containsKey(standing.figureId()))
			.map((standing) -> new CityProfile.Rank(byId.get(standing.figureId()), standing.rank(), standing.of(),
					standing.tied(), standing.position()))
			.sorted(java.util.Comparator.comparingInt((CityProfile.Rank r) -> r.figure().getIndicator().getSortOrder()))
			.toList();
	}

	/** The hub's series over the years, each with its chart: from the figures loaded. */
	private static List<CityProfile.Trend> trends(City city, List<Figure> figures) {
		String name = InterfaceText.name(city.getName(), city.getNameZh());
		String plan = InterfaceText.message("trend.plan", "plan");
		return Trends.of(figures)
			.stream()
			.map((series) -> new CityProfile.Trend(series, TrendChart.of(series, name, plan)))
			.toList();
	}

	public CityProfile profile(String slug) {
		City city = this.cities.get(slug);
		List<City> subAreas = this.cities.subAreas(city);
		List<Long> hubIds = new ArrayList<>();
		hubIds.add(city.getId());
		subAreas.forEach((area) -> hubIds.add(area.getId()));

		List<Figure> figures = this.figures.forCities(List.of(city.getId()));
		List<CompanyInCity> companyList = this.companies.inCities(hubIds);
		List<University> universityList = this.universities.inCities(hubIds);
		List<Incentive> incentiveList = this.incentives.forCities(hubIds);
		List<Statement> statements = this.statements.forCities(List.of(city.getId()));
		Disputes disputes = this.disputes.disputes(new DisputeQuery().cities(List.of(city.getId()))
			.companies(companyList.stream().map(CompanyInCity::id).toList())
			.universities(universityList.stream().map(University::getId).toList())
			.incentives(incentiveList.stream().map(Incentive::getId).toList())
			.figures(figures.stream().map(Figure::getId).toList())
			.statements(statements.stream().map(Statement::getId).toList()));
		List<Source> sources = Stream
			.concat(Disputes.sourcesOf(figures, Figure::getSource).stream(),
					Disputes.sourcesOf(statements, Statement::getSource).stream())
			.distinct()
			.toList();
		List<City> otherHubs = this.cities.all()
			.stream()
			.filter((other) -> !other.getId().equals(city.getId()))
			.toList();
		return new CityProfile(city, subAreas, figures, companyList, universityList, incentiveList, statements,
				disputes, sources, otherHubs, suggestions(city, otherHubs), trends(city, figures),
				ranks(city, figures));
	}

}
