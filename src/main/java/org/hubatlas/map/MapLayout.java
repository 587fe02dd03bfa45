package org.hubatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the map's frame and labels go, worked out on the server so that the map needs no
 * script. The frame is the hubs' projected points with a margin; each label goes at the
 * first free place around its dot (right, left, above, below, the diagonals, then farther
 * out with a leader line), free meaning that it overlaps no label, leader or dot placed
 * before it and stays inside the frame. Sizes are chosen for a phone, where the map is
 * {@value #PHONE_PX} px wide: labels of {@value #FONT_PX} px in boxes at least
 * {@value #TARGET_PX} px high, so each label is also a tap target of that size.
 */
final class MapLayout {

	/** How wide the map is drawn on a 390 px phone, in CSS pixels. */
	static final double PHONE_PX = 360;

	static final double FONT_PX = 13;

	/** The smallest tap target on a phone. */
	static final double TARGET_PX = 24;

	/** The margin around the hubs, as a share of the larger side of their extent. */
	static final double MARGIN_SHARE = 0.07;

	/** The frame is never narrower than this share of its height (room for labels). */
	static final double MIN_ASPECT = 0.8;

	/** Directions tried at each distance, in order of preference (degrees, y down). */
	private static final int[] ANGLES = { 0, 180, 270, 90, 315, 45, 225, 135, 345, 15, 195, 165, 330, 30, 210, 150, 300,
			60, 240, 120, 285, 75, 255, 105 };

	private MapLayout() {
	}

	/**
	 * A point to label: where it is, the radius of what is drawn there, its label; a ring
	 * (a province around its capital) keeps only its own label out, others may cross it.
	 */
	record Point(double x, double y, double radius, String label, boolean ring) {
	}

	/** A rectangle in map units. */
	record Box(double x, double y, double width, double height) {

		double right() {
			return this.x + this.width;
		}

		double bottom() {
			return this.y + this.height;
		}

		/** The smallest box holding this one and the segment. */
		Box around(Segment s) {
			double left = Math.min(this.x, Math.min(s.x1(), s.x2()));
			double top = Math.min(this.y, Math.min(s.y1(), s.y2()));
			return new Box(left, top, Math.max(right(), Math.max(s.x1(), s.x2())) - left,
					Math.max(bottom(), Math.max(s.y1(), s.y2())) - top);
		}

		boolean intersects(Box other) {
			return this.x < other.right() && other.x < right() && this.y < other.bottom() && other.y < bottom();
		}

		boolean contains(Box other) {
			return other.x >= this.x && other.right() <= right() && other.y >= this.y && other.bottom() <= bottom();
		}

		boolean intersectsCircle(double cx, double cy, double r) {
			double nx = Math.max(this.x, Math.min(cx, right()));
			double ny = Math.max(this.y, Math.min(cy, bottom()));
			return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
		}

		/** Whether the segment crosses the box (Liang–Barsky clipping). */
		boolean intersectsSegment(Segment s) {
			// A segment wholly to one side misses the box: the common case on a crowded
			// map, answered without the clipping.
			if (Math.max(s.x1(), s.x2()) < this.x || Math.min(s.x1(), s.x2()) > right()
					|| Math.max(s.y1(), s.y2()) < this.y || Math.min(s.y1(), s.y2()) > bottom()) {
				return false;
			}
			double dx = s.x2() - s.x1();
			double dy = s.y2() - s.y1();
			double t0 = 0;
			double t1 = 1;
			// The four edges in turn, without arrays: this runs millions of times on a
			// crowded map.
			for (int i = 0; i < 4; i++) {
				double p = (i == 0) ? -dx : (i == 1) ? dx : (i == 2) ? -dy : dy;
				double q = (i == 0) ? s.x1() - this.x
						: (i == 1) ? right() - s.x1() : (i == 2) ? s.y1() - this.y : bottom() - s.y1();
				if (p == 0) {
					if (q < 0) {
						return false;
					}
				}
				else {
					double t = q / p;
					if (p < 0) {
						t0 = Math.max(t0, t);
					}
					else {
						t1 = Math.min(t1, t);
					}
				}
			}
			return t0 < t1;
		}

	}

	/** A leader line from a dot's edge to its label. */
	record Segment(double x1, double y1, double x2, double y2) {

		/** Whether two segments cross (touching ends do not count). */
		boolean crosses(Segment o) {
			double d1 = side(o.x1, o.y1, o.x2, o.y2, this.x1, this.y1);
			double d2 = side(o.x1, o.y1, o.x2, o.y2, this.x2, this.y2);
			double d3 = side(this.x1, this.y1, this.x2, this.y2, o.x1, o.y1);
			double d4 = side(this.x1, this.y1, this.x2, this.y2, o.x2, o.y2);
			return d1 * d2 < 0 && d3 * d4 < 0;
		}

		private static double side(double ax, double ay, double bx, double by, double px, double py) {
			return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
		}

		/** Whether the segment passes through the circle. */
		boolean crossesCircle(double cx, double cy, double r) {
			double dx = this.x2 - this.x1;
			double dy = this.y2 - this.y1;
			double length2 = dx * dx + dy * dy;
			double t = (length2 == 0) ? 0 : ((cx - this.x1) * dx + (cy - this.y1) * dy) / length2;
			t = Math.max(0, Math.min(1, t));
			double px = this.x1 + t * dx - cx;
			double py = this.y1 + t * dy - cy;
			return px * px + py * py < r * r;
		}

	}

	/**
	 * A placed label: its box (the tap target), where its text is anchored, and the
	 * leader line when it had to move away from its dot (else null).
	 */
	record Label(String text, Box box, double textX, double textY, String anchor, Segment leader) {
	}

	/** The frame, the label size in map units and each point's label, in input order. */
	record Layout(Box frame, double fontSize, List<Label> labels) {

		String viewBox() {
			return round(this.frame.x()) + " " + round(this.frame.y()) + " " + round(this.frame.width()) + " "
					+ round(this.frame.height());
		}

	}

	/** The frame around the points: their extent with a margin, not too narrow. */
	static Box frame(List<Point> points) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Point p : points) {
			minX = Math.min(minX, p.x() - p.radius());
			minY = Math.min(minY, p.y() - p.radius());
			maxX = Math.max(maxX, p.x() + p.radius());
			maxY = Math.max(maxY, p.y() + p.radius());
		}
		if (points.isEmpty()) {
			return new Box(0, 0, MapProjection.WIDTH, MapProjection.HEIGHT);
		}
		// One hub, or hubs close together: at least a region's worth of map.
		double minSpan = 120;
		double width = Math.max(maxX - minX, minSpan);
		double height = Math.max(maxY - minY, minSpan);
		double margin = Math.max(width, height) * MARGIN_SHARE;
		width += 2 * margin;
		height += 2 * margin;
		width = Math.max(width, height * MIN_ASPECT);
		double cx = (minX + maxX) / 2;
		double cy = (minY + maxY) / 2;
		return new Box(round(cx - width / 2), round(cy - height / 2), round(width), round(height));
	}

	/**
	 * Frames the points and labels each one. Labels are placed one by one, crowded points
	 * first; when one finds no free place, the placing starts again with it (and any
	 * earlier such) first, a few times at most; what still finds none goes where it
	 * overlaps least.
	 */
	static Layout place(List<Point> points) {
		Box frame = frame(points);
		// Crowded points first, so that they get the places close to them; then by
		// position, so that the order never depends on the input's.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			order.add(i);
		}
		double height = TARGET_PX * frame.width() / PHONE_PX;
		order.sort(Comparator.comparingInt((Integer i) -> -neighbours(points, i, 4 * height))
			.thenComparingDouble((i) -> points.get(i).x())
			.thenComparingDouble((i) -> points.get(i).y())
			.thenComparing((i) -> points.get(i).label()));
		List<Integer> first = new ArrayList<>();
		Attempt attempt = null;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Integer> tried = new ArrayList<>(first);
			order.stream().filter((i) -> !first.contains(i)).forEach(tried::add);
			attempt = place(points, frame, tried);
			int before = first.size();
			attempt.failed().stream().filter((i) -> !first.contains(i)).forEach(first::add);
			// Nothing new to put first: another round would place the same way.
			if (first.size() == before) {
				break;
			}
		}
		return new Layout(frame, round(FONT_PX * frame.width() / PHONE_PX), List.of(attempt.labels()));
	}

	private static final int MAX_ROUNDS = 12;

	/** The labels placed in one order, and which of them found no free place. */
	private record Attempt(Label[] labels, List<Integer> failed) {
	}

	private static Attempt place(List<Point> points, Box frame, List<Integer> order) {
		double unit = frame.width() / PHONE_PX;
		double font = round(FONT_PX * unit);
		double height = TARGET_PX * unit;
		double gap = 0.25 * font;
		Placed placed = new Placed(frame, 2 * height, points);
		Label[] labels = new Label[points.size()];
		List<Integer> failed = new ArrayList<>();
		for (int i : order) {
			Point p = points.get(i);
			double width = Math.max(textWidth(p.label(), font) + font, height);
			// The first free place that does not seem to name another dot; else the first
			// free place; else the place with the fewest overlaps.
			Label best = null;
			int fewestConflicts = Integer.MAX_VALUE;
			// The places beside the dot first; the grid further out is worked out
			// only when none of them is free.
			List<Supplier<List<Label>>> places = List.of(() -> beside(p, width, height, font, gap),
					() -> around(p, width, height, font));
			search: for (Supplier<List<Label>> place : places) {
				for (Label candidate : place.get()) {
					// Once a free place was found (one that seems to name another dot),
					// only another free one can do better: the first overlap settles it.
					int conflicts = conflicts(candidate, p, frame, placed, Math.max(1, fewestConflicts));
					if (conflicts == 0 && !misleading(candidate, p, points)) {
						best = candidate;
						fewestConflicts = 0;
						break search;
					}
					if (conflicts < fewestConflicts) {
						best = candidate;
						fewestConflicts = conflicts;
					}
				}
			}
			if (fewestConflicts > 0) {
				failed.add(i);
			}
			labels[i] = best;
			placed.add(best);
		}
		return new Attempt(labels, failed);
	}

	/**
	 * The labels placed so far, their boxes and leaders filed by the cells of a grid over
	 * the frame, so that a candidate place is tested only against those near it: on a
	 * crowded map a label tries hundreds of places, and most placed labels are far away.
	 */
	private static final class Placed {

		private final Box frame;

		private final double cell;

		private final int columns;

		private final int rows;

		private final List<Box> boxes = new ArrayList<>();

		private final List<Segment> leaders = new ArrayList<>();

		private final int[][] boxCells;

		private final int[][] leaderCells;

		private final List<Point> points;

		/** The dots, rings left out: a label may cross another's ring. */
		private final int[][] dotCells;

		/**
		 * The last query that met each box, leader and dot: each is tested once a query.
		 */
		private final int[] boxMet;

		private final int[] leaderMet;

		private final int[] dotMet;

		private int query;

		Placed(Box frame, double cell, List<Point> points) {
			this.frame = frame;
			this.cell = cell;
			this.points = points;
			this.columns = (int) Math.ceil(frame.width() / cell) + 1;
			this.rows = (int) Math.ceil(frame.height() / cell) + 1;
			this.boxCells = new int[this.columns * this.rows][];
			this.leaderCells = new int[this.columns * this.rows][];
			this.dotCells = new int[this.columns * this.rows][];
			this.boxMet = new int[points.size()];
			this.leaderMet = new int[points.size()];
			this.dotMet = new int[points.size()];
			for (int i = 0; i < points.size(); i++) {
				Point p = points.get(i);
				if (!p.ring()) {
					double r = p.radius() + 1;
					file(this.dotCells, i, new Box(p.x() - r, p.y() - r, 2 * r, 2 * r));
				}
			}
		}

		void add(Label label) {
			file(this.boxCells, this.boxes.size(), label.box());
			this.boxes.add(label.box());
			Segment leader = label.leader();
			if (leader != null) {
				file(this.leaderCells, this.leaders.size(), new Box(leader.x1(), leader.y1(), 0, 0).around(leader));
				this.leaders.add(leader);
			}
		}

		/**
		 * The count so far plus what the label or its leader would overlap (placed boxes
		 * and leaders, dots), counted until the limit.
		 */
		int overlaps(Label label, Point own, int conflicts, int limit) {
			Box box = label.box();
			Segment leader = label.leader();
			Box reach = (leader != null) ? box.around(leader) : box;
			int query = ++this.query;
			// Three loops written out, not one taking a lambda: this is the layout's
			// inner loop, and a lambda here made it 40 % slower in the test JVM (C1
			// only).
			int left = column(reach.x());
			int right = column(reach.right());
			int top = row(reach.y());
			int bottom = row(reach.bottom());
			for (int cx = left; cx <= right; cx++) {
				for (int cy = top; cy <= bottom; cy++) {
					int[] filed = this.boxCells[cx * this.rows + cy];
					for (int k = 1; filed != null && k <= filed[0]; k++) {
						int i = filed[k];
						if (this.boxMet[i] != query) {
							this.boxMet[i] = query;
							Box other = this.boxes.get(i);
							if ((box.intersects(other) || (leader != null && other.intersectsSegment(leader)))
									&& ++conflicts >= limit) {
								return conflicts;
							}
						}
					}
				}
			}
			for (int cx = left; cx <= right; cx++) {
				for (int cy = top; cy <= bottom; cy++) {
					int[] filed = this.leaderCells[cx * this.rows + cy];
					for (int k = 1; filed != null && k <= filed[0]; k++) {
						int i = filed[k];
						if (this.leaderMet[i] != query) {
							this.leaderMet[i] = query;
							Segment other = this.leaders.get(i);
							if ((box.intersectsSegment(other) || (leader != null && leader.crosses(other)))
									&& ++conflicts >= limit) {
								return conflicts;
							}
						}
					}
				}
			}
			if (own.ring()) {
				conflicts += dotConflicts(label, own, own);
			}
			for (int cx = left; cx <= right && conflicts < limit; cx++) {
				for (int cy = top; cy <= bottom && conflicts < limit; cy++) {
					int[] filed = this.dotCells[cx * this.rows + cy];
					for (int k = 1; filed != null && k <= filed[0] && conflicts < limit; k++) {
						int i = filed[k];
						if (this.dotMet[i] != query) {
							this.dotMet[i] = query;
							conflicts += dotConflicts(label, this.points.get(i), own);
						}
					}
				}
			}
			return conflicts;
		}

		private static int dotConflicts(Label label, Point p, Point own) {
			int conflicts = 0;
			// A little air around every dot, the label's own included.
			if (label.box().intersectsCircle(p.x(), p.y(), p.radius() + 1)) {
				conflicts++;
			}
			// A leader may not cross another dot, unless that dot overlaps its own (every
			// way out may pass a dot that touches its own).
			if (label.leader() != null && label.leader().crossesCircle(p.x(), p.y(), p.radius())
					&& Math.hypot(p.x() - own.x(), p.y() - own.y()) >= p.radius() + own.radius()) {
				conflicts++;
			}
			return conflicts;
		}

		/**
		 * Files the index in every cell the area touches (the first slot counts them).
		 */
		private void file(int[][] cells, int index, Box area) {
			for (int cx = column(area.x()); cx <= column(area.right()); cx++) {
				for (int cy = row(area.y()); cy <= row(area.bottom()); cy++) {
					int at = cx * this.rows + cy;
					int[] filed = cells[at];
					if (filed == null) {
						filed = new int[5];
					}
					else if (filed[0] + 1 == filed.length) {
						filed = Arrays.copyOf(filed, filed.length * 2);
					}
					filed[++filed[0]] = index;
					cells[at] = filed;
				}
			}
		}

		/** The grid's column of a coordinate; beyond the frame, its edge column. */
		private int column(double x) {
			return Math.max(0, Math.min(this.columns - 1, (int) Math.floor((x - this.frame.x()) / this.cell)));
		}

		private int row(double y) {
			return Math.max(0, Math.min(this.rows - 1, (int) Math.floor((y - this.frame.y()) / this.cell)));
		}

	}

	private static int neighbours(List<Point> points, int i, double within) {
		Point p = points.get(i);
		int count = 0;
		for (Point q : points) {
			if (q != p && Math.hypot(q.x() - p.x(), q.y() - p.y()) < within) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Where a label may go first, best first: beside its dot in the eight classic places
	 * (right, left, above, below, the diagonals) and between them.
	 */
	private static List<Label> beside(Point p, double width, double height, double font, double gap) {
		List<Label> candidates = new ArrayList<>();
		for (int angle : ANGLES) {
			candidates.add(candidate(p, angle, p.radius() + gap, width, height, font, false));
		}
		return candidates;
	}

	/**
	 * Where else a label may go: on a grid around its dot, nearest first, with a leader
	 * line, never farther than {@value #MAX_LEADER} label heights.
	 */
	private static List<Label> around(Point p, double width, double height, double font) {
		double gap = 0.25 * font;
		List<Away> far = new ArrayList<>();
		double step = height / 3;
		int reach = (int) Math.ceil((MAX_LEADER * height + width) / step);
		for (int i = -reach; i <= reach; i++) {
			for (int j = -reach; j <= reach; j++) {
				double x = p.x() + i * step - width / 2;
				double y = p.y() + j * step - height / 2;
				Box box = new Box(round(x), round(y), round(width), round(height));
				double distance = distance(p, box);
				if (distance > p.radius() + 2 * gap && distance <= p.radius() + MAX_LEADER * height) {
					far.add(new Away(distance, box));
				}
			}
		}
		far.sort(Comparator.comparingDouble(Away::distance)
			.thenComparingDouble((a) -> a.box().y())
			.thenComparingDouble((a) -> a.box().x()));
		return far.stream().map((a) -> label(p, a.box(), font, true)).toList();
	}

	/** A place away from the dot, with its distance worked out once for the sorting. */
	private record Away(double distance, Box box) {
	}

	/** How many label heights a leader line may be long. */
	private static final int MAX_LEADER = 5;

	private static double distance(Point p, Box box) {
		double nx = Math.max(box.x(), Math.min(p.x(), box.right()));
		double ny = Math.max(box.y(), Math.min(p.y(), box.bottom()));
		return Math.hypot(nx - p.x(), ny - p.y());
	}

	private static Label candidate(Point p, int angle, double distance, double width, double height, double font,
			boolean leader) {
		double cos = Math.cos(Math.toRadians(angle));
		double sin = Math.sin(Math.toRadians(angle));
		// The box's side (or corner) nearest the dot sits at the distance in that
		// direction.
		double edgeX = p.x() + cos * distance;
		double edgeY = p.y() + sin * distance;
		double cx = edgeX + Math.signum(Math.round(cos * 1000)) * width / 2;
		double cy = edgeY + Math.signum(Math.round(sin * 1000)) * height / 2;
		Box box = new Box(round(cx - width / 2), round(cy - height / 2), round(width), round(height));
		return label(p, box, font, leader);
	}

	private static Label label(Point p, Box box, double font, boolean leader) {
		String anchor;
		double textX;
		if (box.x() >= p.x() + p.radius()) {
			anchor = "start";
			textX = box.x() + font / 2;
		}
		else if (box.right() <= p.x() - p.radius()) {
			anchor = "end";
			textX = box.right() - font / 2;
		}
		else {
			anchor = "middle";
			textX = box.x() + box.width() / 2;
		}
		Segment line = leader ? leaderTo(p, box) : null;
		return new Label(p.label(), box, round(textX), round(box.y() + box.height() / 2), anchor, line);
	}

	/** From the dot's edge towards the box's nearest point. */
	private static Segment leaderTo(Point p, Box box) {
		double nx = Math.max(box.x(), Math.min(p.x(), box.right()));
		double ny = Math.max(box.y(), Math.min(p.y(), box.bottom()));
		double d = Math.hypot(nx - p.x(), ny - p.y());
		double sx = p.x() + (nx - p.x()) / d * p.radius();
		double sy = p.y() + (ny - p.y()) / d * p.radius();
		return new Segment(round(sx), round(sy), round(nx), round(ny));
	}

	/**
	 * How many things the label would overlap; 0 when its place is free. Counting stops
	 * at the limit (at least 1): a place with as many overlaps is no better than one
	 * already found.
	 */
	private static int conflicts(Label label, Point own, Box frame, Placed placed, int limit) {
		int conflicts = frame.contains(label.box()) ? 0 : 1;
		return (conflicts >= limit) ? conflicts : placed.overlaps(label, own, conflicts, limit);
	}

	/**
	 * Whether a label moved away from its dot sits nearer another dot (not one
	 * overlapping its own), so that it would seem to name that one.
	 */
	private static boolean misleading(Label label, Point own, List<Point> points) {
		if (label.leader() == null) {
			return false;
		}
		double ownDistance = distance(own, label.box()) - own.radius();
		for (Point p : points) {
			boolean touching = Math.hypot(p.x() - own.x(), p.y() - own.y()) < p.radius() + own.radius();
			if (p != own && !p.ring() && !touching && distance(p, label.box()) - p.radius() < ownDistance) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The width of a label at this font size, estimated from its characters: Chinese
	 * characters one em, capitals 0.7, other Latin letters 0.56, spaces 0.3.
	 */
	static double textWidth(String text, double font) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000) {
				ems += 1;
			}
			else if (c == ' ' || c == '\'' || c == '’' || c == '.' || c == ',') {
				ems += 0.3;
			}
			else if (Character.isUpperCase(c)) {
				ems += 0.7;
			}
			else {
				ems += 0.56;
			}
		}
		return ems * font;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
