package org.hubatlas.hub;

import java.time.LocalDateTime;
import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.common.Versioned;
import org.hubatlas.company.CompanyInCity;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.source.Citation;
import org.hubatlas.source.Disputes;
import org.hubatlas.source.Figure;
import org.hubatlas.source.Source;
import org.hubatlas.university.University;

/** Everything a hub's profile page shows, loaded before the view renders. */
public record CityProfile(City city, List<City> subAreas, List<Figure> figures, List<CompanyInCity> companies,
		List<University> universities, List<Incentive> incentives, List<Citation> citations, Disputes disputes,
		List<Source> sources, List<City> otherHubs) {

	/** The statements grouped by nature, reported facts first and forecasts last; empty groups left out. */
	public java.util.Map<org.hubatlas.source.Nature, List<Citation>> statementsByNature() {
		java.util.Map<org.hubatlas.source.Nature, List<Citation>> groups = new java.util.EnumMap<>(
				org.hubatlas.source.Nature.class);
		for (Citation citation : this.citations) {
			groups.computeIfAbsent(citation.getNature(), (k) -> new java.util.ArrayList<>()).add(citation);
		}
		return groups;
	}

	/** The number of a source in the page's numbered source list. */
	public int sourceNumber(Source source) {
		return this.sources.indexOf(source) + 1;
	}

	/** The latest change to the hub or anything its profile shows from it. */
	public LocalDateTime lastUpdated() {
		LocalDateTime latest = this.city.getUpdatedAt();
		for (List<? extends Versioned> items : List.of(this.figures, this.citations, this.universities, this.incentives)) {
			for (Versioned item : items) {
				if (item.getUpdatedAt() != null && item.getUpdatedAt().isAfter(latest)) {
					latest = item.getUpdatedAt();
				}
			}
		}
		return latest;
	}

}
