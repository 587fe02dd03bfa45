package org.hubatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hubatlas.map.MapLayout.Box;
import org.hubatlas.map.MapLayout.Label;
import org.hubatlas.map.MapLayout.Layout;
import org.hubatlas.map.MapLayout.Point;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's frame and labels for the hubs Hub Atlas ships (read from the coverage pack),
 * in English and in Chinese, with plain dots and with the dot sizes of the AI-companies
 * ranking: every label inside the frame, no two labels and no label and dot overlapping,
 * every label a tap target of at least 24 px on a phone, and the frame around every hub.
 */
class MapLayoutTests {

	/** Dot radii of the main AI-companies group, as the shipped data sizes them. */
	private static final Map<String, Double> AI_COMPANY_RADII = Map.of("beijing", 22.0, "shenzhen", 21.3, "shanghai",
			16.5, "hangzhou", 12.8, "wuhan", 16.0, "chengdu", 15.4, "zhongguancun", 7.5);

	@Test
	void shippedHubsInEnglishWithPlainDotsGetLabelsThatOverlapNothing() throws IOException {
		assertClear(MapLayout.place(points(false, Map.of())));
	}

	@Test
	void shippedHubsInChineseWithPlainDotsGetLabelsThatOverlapNothing() throws IOException {
		assertClear(MapLayout.place(points(true, Map.of())));
	}

	@Test
	void shippedHubsSizedByAiCompaniesGetLabelsThatOverlapNothingInEitherLanguage() throws IOException {
		assertClear(MapLayout.place(points(false, AI_COMPANY_RADII)));
		assertClear(MapLayout.place(points(true, AI_COMPANY_RADII)));
	}

	@Test
	void theFrameFitsTheHubsWithAMarginInsteadOfTheWholeCountry() throws IOException {
		List<Point> points = points(false, Map.of());
		Box frame = MapLayout.frame(points);
		for (Point p : points) {
			assertThat(frame.contains(new Box(p.x() - p.radius(), p.y() - p.radius(), 2 * p.radius(), 2 * p.radius())))
				.as("frame %s holds %s", frame, p.label())
				.isTrue();
		}
		// The hubs span about 230 of the country's 800 units: the frame is far smaller.
		assertThat(frame.width()).isLessThan(MapProjection.WIDTH / 2);
		double minX = points.stream().mapToDouble(Point::x).min().orElseThrow();
		assertThat(minX - frame.x()).as("margin west of the westernmost hub").isBetween(10.0, 60.0);
	}

	@Test
	void aLabelThatCannotSitBesideItsDotMovesOutWithALeaderLine() {
		// Five hubs on one spot: only one label fits beside the dot.
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			points.add(new Point(100 + i * 0.5, 100, 5, "Hub " + i, false));
		}
		Layout layout = MapLayout.place(points);
		assertClear(layout);
		assertThat(layout.labels()).anyMatch((l) -> l.leader() != null);
	}

	@Test
	void aRingKeepsOnlyItsOwnLabelOutsideIt() {
		List<Point> points = List.of(new Point(100, 100, 13, "Guangdong", true),
				new Point(100, 100, 5, "Guangzhou", false));
		Layout layout = MapLayout.place(points);
		assertClear(layout);
		assertThat(layout.labels().get(0).box().intersectsCircle(100, 100, 13)).isFalse();
	}

	@Test
	void chineseCharactersAreEstimatedWiderThanLatinLetters() {
		assertThat(MapLayout.textWidth("北京", 10)).isEqualTo(20);
		assertThat(MapLayout.textWidth("Beijing", 10)).isBetween(35.0, 45.0);
	}

	private static void assertClear(Layout layout) {
		List<Label> labels = layout.labels();
		double pxPerUnit = MapLayout.PHONE_PX / layout.frame().width();
		for (int i = 0; i < labels.size(); i++) {
			Label a = labels.get(i);
			assertThat(layout.frame().contains(a.box())).as("%s inside the frame", a.text()).isTrue();
			assertThat(a.box().height() * pxPerUnit).as("%s tap target height on a phone", a.text())
				.isGreaterThanOrEqualTo(MapLayout.TARGET_PX - 0.5);
			for (int j = i + 1; j < labels.size(); j++) {
				Label b = labels.get(j);
				assertThat(a.box().intersects(b.box())).as("%s overlaps %s", a.text(), b.text()).isFalse();
			}
		}
	}

	/**
	 * The hubs of the shipped coverage pack, projected, named in one language; provinces
	 * and regions as rings.
	 */
	@SuppressWarnings("unchecked")
	private static List<Point> points(boolean chinese, Map<String, Double> radii) throws IOException {
		try (InputStream in = MapLayoutTests.class.getResourceAsStream("/packs/20-coverage-2026.yaml")) {
			Map<String, Object> pack = new Yaml().load(in);
			List<Point> points = new ArrayList<>();
			for (Map<String, Object> hub : (List<Map<String, Object>>) pack.get("hubs")) {
				if (hub.get("lat") == null) {
					continue;
				}
				String level = (String) hub.get("level");
				boolean ring = level.equals("province") || level.equals("autonomous region");
				double radius = ring ? HubMapService.RING_RADIUS
						: radii.getOrDefault((String) hub.get("slug"), HubMapService.MIN_RADIUS);
				points.add(new Point(MapProjection.x(new BigDecimal(hub.get("lon").toString())),
						MapProjection.y(new BigDecimal(hub.get("lat").toString())), radius,
						(String) hub.get(chinese ? "name_zh" : "name"), ring));
			}
			assertThat(points).hasSizeGreaterThanOrEqualTo(24);
			return points;
		}
	}

}
