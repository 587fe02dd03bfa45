package org.hubatlas.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.figure.HubFigurePicks.Standing;
import org.hubatlas.figure.Indicator;

/**
 * An index of hubs with the reader's weights. Within each indicator's ranked group the
 * best value scores 1 and the worst 0, the others in proportion between them (by value,
 * lower first where lower is better). A hub's score is the weighted mean of its scores
 * over the indicators it has, out of 100; a hub whose indicators carry less than half of
 * the weight chosen is listed apart, as not enough data. How stable each rank is: the
 * best and worst rank it takes when any one weight moves by half up or down.
 */
public final class HubIndex {

	/** How far each weight moves, up and down, for the stability of the ranks. */
	public static final double MOVE = 0.5;

	private HubIndex() {
	}

	/** An indicator with its weight. */
	public record Weight(Indicator indicator, double weight) {
	}

	/**
	 * One part of a hub's score: the indicator, its weight, the hub's standing and score
	 * in it.
	 */
	public record Part(Indicator indicator, double weight, Standing standing, double normalised) {

		/** The part's score out of 100. */
		public long points() {
			return Math.round(this.normalised * 100);
		}

	}

	/**
	 * A hub's score out of 100, its parts, how much of the chosen weight its indicators
	 * carry, its rank and the range of ranks it takes when the weights move.
	 */
	public record Score(long hubId, double score, List<Part> parts, double coverage, int rank, int bestRank,
			int worstRank) {

		public String shown() {
			return String.format(java.util.Locale.ROOT, "%.1f", this.score);
		}

		public long coveragePercent() {
			return Math.round(this.coverage * 100);
		}

		/** Whether its rank holds whatever one weight does within the move. */
		public boolean stable() {
			return this.bestRank == this.worstRank;
		}

	}

	/** The scored hubs in rank order, and those with not enough data. */
	public record Result(List<Weight> weights, List<Score> scored, List<Score> notEnough) {
	}

	/**
	 * Scores the hubs.
	 * @param weights the indicators chosen, each with a weight above zero
	 * @param rankings each indicator's ranked group, by indicator id
	 */
	public static Result score(List<Weight> weights, Map<Long, List<Standing>> rankings) {
		List<Weight> chosen = weights.stream().filter((w) -> w.weight() > 0).toList();
		Map<Long, Map<Long, Double>> normalised = normalise(chosen, rankings);
		Map<Long, Double> base = scores(chosen, normalised, 1, -1);
		double total = chosen.stream().mapToDouble(Weight::weight).sum();
		List<Long> enough = new ArrayList<>();
		List<Long> tooLittle = new ArrayList<>();
		Map<Long, Double> coverage = new HashMap<>();
		for (Long hub : base.keySet()) {
			double carried = 0;
			for (Weight w : chosen) {
				if (normalised.get(w.indicator().getId()).containsKey(hub)) {
					carried += w.weight();
				}
			}
			coverage.put(hub, carried / total);
			((carried * 2 >= total) ? enough : tooLittle).add(hub);
		}
		Map<Long, Integer> ranks = ranks(enough, base);
		Map<Long, int[]> range = new HashMap<>();
		enough.forEach((hub) -> range.put(hub, new int[] { ranks.get(hub), ranks.get(hub) }));
		for (int i = 0; i < chosen.size(); i++) {
			for (double factor : new double[] { 1 - MOVE, 1 + MOVE }) {
				Map<Long, Integer> moved = ranks(enough, scores(chosen, normalised, factor, i));
				moved.forEach((hub, rank) -> {
					int[] r = range.get(hub);
					r[0] = Math.min(r[0], rank);
					r[1] = Math.max(r[1], rank);
				});
			}
		}
		List<Score> scored = enough.stream()
			.map((hub) -> new Score(hub, base.get(hub), parts(hub, chosen, normalised, rankings), coverage.get(hub),
					ranks.get(hub), range.get(hub)[0], range.get(hub)[1]))
			.sorted(Comparator.comparingInt(Score::rank).thenComparingLong(Score::hubId))
			.toList();
		List<Score> notEnough = tooLittle.stream()
			.map((hub) -> new Score(hub, base.get(hub), parts(hub, chosen, normalised, rankings), coverage.get(hub), 0,
					0, 0))
			.sorted(Comparator.comparingDouble(Score::coverage).reversed().thenComparingLong(Score::hubId))
			.toList();
		return new Result(chosen, scored, notEnough);
	}

	/** Each chosen indicator's hubs scored from 0 (the worst value) to 1 (the best). */
	static Map<Long, Map<Long, Double>> normalise(List<Weight> chosen, Map<Long, List<Standing>> rankings) {
		Map<Long, Map<Long, Double>> normalised = new HashMap<>();
		for (Weight w : chosen) {
			List<Standing> group = rankings.getOrDefault(w.indicator().getId(), List.of());
			double min = group.stream().mapToDouble((s) -> s.value().doubleValue()).min().orElse(0);
			double max = group.stream().mapToDouble((s) -> s.value().doubleValue()).max().orElse(0);
			Map<Long, Double> byHub = new LinkedHashMap<>();
			for (Standing s : group) {
				double v = s.value().doubleValue();
				double n = (max == min) ? 1 : (v - min) / (max - min);
				byHub.put(s.hubId(), w.indicator().isHigherIsBetter() ? n : 1 - n);
			}
			normalised.put(w.indicator().getId(), byHub);
		}
		return normalised;
	}

	/**
	 * Every hub's weighted mean over the indicators it has, out of 100; the weight at
	 * {@code moved} times {@code factor} (none moved when negative).
	 */
	private static Map<Long, Double> scores(List<Weight> chosen, Map<Long, Map<Long, Double>> normalised, double factor,
			int moved) {
		Map<Long, double[]> sums = new LinkedHashMap<>();
		for (int i = 0; i < chosen.size(); i++) {
			double weight = chosen.get(i).weight() * ((i == moved) ? factor : 1);
			normalised.get(chosen.get(i).indicator().getId()).forEach((hub, n) -> {
				double[] sum = sums.computeIfAbsent(hub, (k) -> new double[2]);
				sum[0] += weight * n;
				sum[1] += weight;
			});
		}
		Map<Long, Double> scores = new LinkedHashMap<>();
		sums.forEach((hub, sum) -> scores.put(hub, (sum[1] > 0) ? 100 * sum[0] / sum[1] : 0));
		return scores;
	}

	/** Competition ranks (1, 2, 2, 4) of the hubs by score, highest first. */
	private static Map<Long, Integer> ranks(List<Long> hubs, Map<Long, Double> scores) {
		List<Long> sorted = hubs.stream()
			.sorted(Comparator.comparingDouble((Long hub) -> -round(scores.get(hub))).thenComparingLong((h) -> h))
			.toList();
		Map<Long, Integer> ranks = new HashMap<>();
		double previous = Double.NaN;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			double score = round(scores.get(sorted.get(i)));
			if (score != previous) {
				rank = i + 1;
			}
			previous = score;
			ranks.put(sorted.get(i), rank);
		}
		return ranks;
	}

	/** Scores equal to a tenth of a point rank together, as they are shown. */
	private static double round(double score) {
		return Math.round(score * 10) / 10.0;
	}

	private static List<Part> parts(long hub, List<Weight> chosen, Map<Long, Map<Long, Double>> normalised,
			Map<Long, List<Standing>> rankings) {
		List<Part> parts = new ArrayList<>();
		for (Weight w : chosen) {
			Double n = normalised.get(w.indicator().getId()).get(hub);
			if (n != null) {
				Standing standing = rankings.get(w.indicator().getId())
					.stream()
					.filter((s) -> s.hubId() == hub)
					.findFirst()
					.orElseThrow();
				parts.add(new Part(w.indicator(), w.weight(), standing, n));
			}
		}
		return parts;
	}

}
