package org.hubatlas.hub;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.city.City;
import org.hubatlas.company.CompanyInCity;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.TrendChart;
import org.hubatlas.figure.Trends;
import org.hubatlas.incentive.Incentive;
import org.hubatlas.source.Source;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.university.University;

/** Everything a hub's profile page shows, loaded before the view renders. */
public record CityProfile(City city, List<City> subAreas, List<Figure> figures, List<CompanyInCity> companies,
		List<University> universities, List<Incentive> incentives, List<Statement> statements, Disputes disputes,
		List<Source> sources, List<City> otherHubs, List<Suggestion> suggestions, List<Trend> trends,
		List<Rank> ranks) {

	/**
	 * Where the hub stands in one indicator's ranking: its ranked figure, its rank, how
	 * many hubs rank, and where that falls from the first (0) to the last (1).
	 */
	public record Rank(Figure figure, int rank, int of, int tied, double position) {

		/** The position as a percentage of the bar, for the marker. */
		public long percent() {
			return Math.round(this.position * 100);
		}

	}

	/** A series of the hub's figures over the years, with its chart. */
	public record Trend(Trends.Series series, TrendChart chart) {
	}

	/**
	 * A hub worth comparing with this one, and how many indicators both have figures for.
	 */
	public record Suggestion(City hub, int shared) {
	}

	/**
	 * The statements grouped by nature, reported facts first and forecasts last; empty
	 * groups left out.
	 */
	public Map<Nature, List<Statement>> statementsByNature() {
		Map<Nature, List<Statement>> groups = new EnumMap<>(Nature.class);
		for (Statement statement : this.statements) {
			groups.computeIfAbsent(statement.getNature(), (k) -> new ArrayList<>()).add(statement);
		}
		return groups;
	}

	/** The number of a source in the page's numbered source list. */
	public int sourceNumber(Source source) {
		return this.sources.indexOf(source) + 1;
	}

	/** The latest change to the hub or anything its profile shows from it. */
	/**
	 * When this hub's own record was last edited: "last updated" on a page means the
	 * record shown.
	 */
	public LocalDateTime lastUpdated() {
		return this.city.getUpdatedAt();
	}

}
