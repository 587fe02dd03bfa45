package org.hubatlas.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.city.CityService;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Comparability;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.figure.FigureText;
import org.hubatlas.figure.Indicator;
import org.hubatlas.map.HubMap.Dot;
import org.hubatlas.map.HubMap.Legend;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map of hubs in three or four queries: hubs, indicators, pilot zones and the chosen
 * indicator's figures.
 */
@Service
@Transactional(readOnly = true)
public class HubMapService {

	static final String PILOT_ZONE = "ai-pilot-zone";

	/** Dots never shrink below this, so that every hub can be seen and clicked. */
	static final double MIN_RADIUS = 5;

	static final double MAX_RADIUS = 22;

	/** A province or region: a ring this wide around its capital's dot. */
	static final double RING_RADIUS = 13;

	/**
	 * A part of a hub on the map (Zhongguancun in Beijing) with no figure to size it: a
	 * smaller dot, drawn on its hub's, which stays visible and clickable around it.
	 */
	static final double PART_RADIUS = 3;

	private final CityService cities;

	private final FigureService figures;

	private final DisputeService disputes;

	/**
	 * Layouts by their points (places, sizes and labels): placing the labels of a crowded
	 * map takes long, and every page of the map's table draws the same map again.
	 */
	private final Cache<List<MapLayout.Point>, MapLayout.Layout> layouts = Caffeine.newBuilder()
		.maximumSize(16)
		.build();

	HubMapService(CityService cities, FigureService figures, DisputeService disputes) {
		this.cities = cities;
		this.figures = figures;
		this.disputes = disputes;
	}

	/**
	 * The indicators a reader can size the dots by: numbers (not years) that at least two
	 * hubs have.
	 */
	List<Indicator> sizeChoices() {
		Map<Long, Long> hubCounts = this.figures.hubCountsByIndicator();
		return this.figures.indicators()
			.stream()
			.filter((i) -> i.isHigherIsBetter() && hubCounts.getOrDefault(i.getId(), 0L) >= 2)
			.toList();
	}

	public HubMap map(String sizeBy) {
		List<Indicator> choices = sizeChoices();
		Indicator sizedBy = null;
		if (sizeBy != null && !sizeBy.isBlank()) {
			sizedBy = choices.stream()
				.filter((i) -> i.getCode().equals(sizeBy.strip()))
				.findFirst()
				.orElseThrow(
						() -> BadRequestException.oneOf("size", choices.stream().map(Indicator::getCode).toList()));
		}
		Map<Long, Figure> pilotZones = newestPerHub(this.figures.forIndicatorAboutHubs(PILOT_ZONE));
		// Dots are sized only by figures that rank together (Comparability's main group):
		// a registry count of "AI-related" firms never stands beside city counts.
		Map<Long, Figure> sizing = new HashMap<>();
		Set<Long> apart = new HashSet<>();
		Comparability.Group group = null;
		if (sizedBy != null) {
			List<Figure> all = this.figures.forIndicatorAboutHubs(sizedBy.getCode());
			group = Comparability.mainGroup(sizedBy, all);
			if (group != null) {
				group.ranked().forEach((e) -> sizing.put(e.figure().getSubject().getCityId(), e.figure()));
			}
			all.forEach((figure) -> apart.add(figure.getSubject().getCityId()));
			apart.removeAll(sizing.keySet());
		}
		BigDecimal max = sizing.values()
			.stream()
			.map(Figure::getValueNumeric)
			.filter((v) -> v != null && v.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(null);
		List<City> placed = new ArrayList<>();
		List<City> unplaced = new ArrayList<>();
		for (City hub : this.cities.all()) {
			(hub.getLatitude() == null || hub.getLongitude() == null ? unplaced : placed).add(hub);
		}
		Set<Long> placedIds = placed.stream().map(City::getId).collect(Collectors.toSet());
		List<MapLayout.Point> points = new ArrayList<>();
		for (City hub : placed) {
			double radius = (isPartOf(hub, placedIds) && !isSized(sizing.get(hub.getId()), max)) ? PART_RADIUS
					: radius(sizing.get(hub.getId()), max);
			points.add(new MapLayout.Point(MapProjection.x(hub.getLongitude()), MapProjection.y(hub.getLatitude()),
					isArea(hub) ? Math.max(RING_RADIUS, radius) : radius,
					InterfaceText.name(hub.getName(), hub.getNameZh()), isArea(hub)));
		}
		MapLayout.Layout layout = this.layouts.get(List.copyOf(points), MapLayout::place);
		List<Dot> dots = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			City hub = placed.get(i);
			MapLayout.Point point = points.get(i);
			Figure figure = sizing.get(hub.getId());
			dots.add(new Dot(hub, point.x(), point.y(), point.radius(), point.ring(), figure != null && max != null,
					figure, pilotZones.get(hub.getId()), label(layout.labels().get(i))));
		}
		// Rings first, then large dots, so that small ones stay on top and clickable; of
		// two dots alike, a part of a hub on top of its hub.
		dots.sort(Comparator.comparing(Dot::area)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Dot::radius).reversed())
			.thenComparing((dot) -> dot.hub().getParent() != null));
		// Disputes on the figures that size the dots, in one query (none when nothing is
		// sized).
		Disputes flags = sizing.isEmpty() ? Disputes.none() : this.disputes
			.disputes(new DisputeQuery().figures(sizing.values().stream().map(Figure::getId).toList()));
		MapLayout.Box frame = layout.frame();
		return new HubMap(dots, unplaced, sizedBy, choices,
				legend(sizedBy, group, sizing, max, (int) dots.stream().filter((d) -> !d.sized()).count()), flags,
				new HubMap.Frame(frame.x(), frame.y(), frame.width(), frame.height()), layout.fontSize(),
				Set.copyOf(apart));
	}

	/** Provinces and regions are areas: a ring around their capital, not a dot on it. */
	static boolean isArea(City hub) {
		return hub.getLevel() == CityLevel.PROVINCE || hub.getLevel() == CityLevel.AUTONOMOUS_REGION;
	}

	private static HubMap.Label label(MapLayout.Label label) {
		MapLayout.Segment leader = label.leader();
		MapLayout.Box box = label.box();
		return new HubMap.Label(label.text(), box.x(), box.y(), box.width(), box.height(), label.textX(), label.textY(),
				label.anchor(),
				(leader != null) ? new HubMap.Line(leader.x1(), leader.y1(), leader.x2(), leader.y2()) : null);
	}

	private static Map<Long, Figure> newestPerHub(List<Figure> figures) {
		Map<Long, Figure> newest = new HashMap<>();
		for (Figure figure : figures) {
			newest.merge(figure.getSubject().getCityId(), figure, (a, b) -> (year(b) > year(a)) ? b : a);
		}
		return newest;
	}

	private static int year(Figure figure) {
		return (figure.getEffectiveYear() != null) ? figure.getEffectiveYear() : 0;
	}

	/** Whether the hub is part of another hub on the map. */
	private static boolean isPartOf(City hub, Set<Long> placedIds) {
		return hub.getParent() != null && placedIds.contains(hub.getParent().getId());
	}

	private static boolean isSized(Figure figure, BigDecimal max) {
		return figure != null && max != null && figure.getValueNumeric() != null
				&& figure.getValueNumeric().signum() > 0;
	}

	/** Areas proportional to values: the radius grows with the square root. */
	static double radius(Figure figure, BigDecimal max) {
		if (!isSized(figure, max)) {
			return MIN_RADIUS;
		}
		double share = Math.sqrt(figure.getValueNumeric().doubleValue() / max.doubleValue());
		return Math.round((MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share) * 10) / 10.0;
	}

	private static Legend legend(Indicator sizedBy, Comparability.Group group, Map<Long, Figure> sizing, BigDecimal max,
			int unsized) {
		if (max == null) {
			return null;
		}
		Figure smallest = sizing.values()
			.stream()
			.filter((f) -> f.getValueNumeric() != null && f.getValueNumeric().signum() > 0)
			.min(Comparator.comparing(Figure::getValueNumeric))
			.orElseThrow();
		Figure largest = sizing.values()
			.stream()
			.filter((f) -> f.getValueNumeric() != null)
			.max(Comparator.comparing(Figure::getValueNumeric))
			.orElseThrow();
		return new Legend(sizedBy.getDisplayName(), largest.getDefinitionLabel(), group.target(), group.earliest(),
				group.latest(), FigureText.of(smallest), radius(smallest, max), FigureText.of(largest),
				radius(largest, max), unsized);
	}

}
