package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.company.CompanyInCity;
import org.hubatlas.company.CompanyService;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.Citation;
import org.hubatlas.source.DisputeQuery;
import org.hubatlas.source.Disputes;
import org.hubatlas.source.Figure;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Source;
import org.hubatlas.university.University;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a hub's profile in a fixed number of queries whatever the amount of data: one per kind of thing shown.
 * Companies, institutions and incentives of the hub's sub-areas (Zhongguancun in Beijing) show on the hub's profile.
 */
@Service
@Transactional(readOnly = true)
public class CityProfileService {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final ProvenanceService provenance;

	CityProfileService(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, ProvenanceService provenance) {
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.provenance = provenance;
	}

	public CityProfile profile(String slug) {
		City city = this.cities.get(slug);
		List<City> subAreas = this.cities.subAreas(city);
		List<Long> hubIds = new ArrayList<>();
		hubIds.add(city.getId());
		subAreas.forEach((area) -> hubIds.add(area.getId()));

		List<Figure> figures = this.provenance.cityFigures(List.of(city.getId()));
		List<CompanyInCity> companyList = this.companies.inCities(hubIds);
		List<University> universityList = this.universities.inCities(hubIds);
		List<Incentive> incentiveList = this.incentives.forCities(hubIds);
		List<Citation> citations = this.provenance.cityCitations(List.of(city.getId()));
		Disputes disputes = this.provenance.disputes(new DisputeQuery().cities(List.of(city.getId()))
			.companies(companyList.stream().map(CompanyInCity::id).toList())
			.universities(universityList.stream().map(University::getId).toList())
			.incentives(incentiveList.stream().map(Incentive::getId).toList())
			.figures(figures)
			.citations(citations));
		List<Source> sources = Stream
			.concat(Disputes.sourcesOf(figures, Figure::getSource).stream(),
					Disputes.sourcesOf(citations, Citation::getSource).stream())
			.distinct()
			.toList();
		List<City> otherHubs = this.cities.all().stream().filter((other) -> !other.getId().equals(city.getId())).toList();
		return new CityProfile(city, subAreas, figures, companyList, universityList, incentiveList, citations, disputes,
				sources, otherHubs);
	}

}
