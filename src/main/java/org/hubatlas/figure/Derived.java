package org.hubatlas.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hubatlas.common.InterfaceText;

/**
 * Figures Hub Atlas derives, never typed in: a count or an amount per million residents,
 * and an amount as a share of GDP. Each is one of a hub's figures divided by another of
 * the same hub at most {@value #MAX_YEARS_APART} year apart (the same year where there is
 * one), shows both with their sources and says where their years differ, and ranks by the
 * same rules as any indicator ({@link Comparability}): by the numerator's definition,
 * each hub's newest, within two years. Worked out from the figures as they are, so it
 * changes when either figure does.
 */
public final class Derived {

	/** How far apart in years the two figures of a derived figure may be. */
	public static final int MAX_YEARS_APART = 1;

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private Derived() {
	}

	/** What a derived indicator divides by what. */
	public enum Kind {

		/** Per million residents: divided by the resident population. */
		PER_MILLION("population", new BigDecimal("1000000")),
		/** As a share of GDP, in per cent: divided by GDP. */
		SHARE_OF_GDP("gdp", new BigDecimal("100"));

		private final String denominator;

		private final BigDecimal scale;

		Kind(String denominator, BigDecimal scale) {
			this.denominator = denominator;
			this.scale = scale;
		}

		public String denominator() {
			return this.denominator;
		}

	}

	/**
	 * One derived indicator: its address, the indicator it divides and how.
	 *
	 * @param code its address ({@code /indicators/ai-companies-per-million})
	 * @param numerator the code of the indicator divided
	 * @param kind what it is divided by
	 */
	public record Ratio(String code, String numerator, Kind kind) {

		/** Its name in the reader's language ("AI companies per million residents"). */
		public String name(Indicator of) {
			return InterfaceText.message("derived." + this.kind.name() + ".name",
					(this.kind == Kind.PER_MILLION) ? "{0} per million residents" : "{0} as a share of GDP",
					of.getDisplayName());
		}

	}

	/** The derived indicators, in the order the rankings list them. */
	public static final List<Ratio> ALL = List.of(
			new Ratio("ai-companies-per-million", "ai-companies", Kind.PER_MILLION),
			new Ratio("ai-industry-output-share-of-gdp", "ai-industry-output", Kind.SHARE_OF_GDP),
			new Ratio("rd-expenditure-share-of-gdp", "rd-expenditure", Kind.SHARE_OF_GDP),
			new Ratio("high-tech-enterprises-per-million", "high-tech-enterprises", Kind.PER_MILLION),
			new Ratio("genai-services-filed-per-million", "genai-services-filed", Kind.PER_MILLION),
			new Ratio("computing-power-total-per-million", "computing-power-total", Kind.PER_MILLION));

	public static Optional<Ratio> byCode(String code) {
		return ALL.stream().filter((d) -> d.code().equals(code)).findFirst();
	}

	/**
	 * A derived figure of a hub: its value, its year (the numerator's), and the two
	 * figures it divides.
	 */
	public record Value(Ratio ratio, long hubId, Figure numerator, Figure denominator, BigDecimal value) {

		public int year() {
			return Comparability.year(this.numerator);
		}

		/** The numerator's definition group: derived figures rank within one. */
		public String group() {
			return this.numerator.getDefinitionGroup();
		}

		/**
		 * How many years the divisor's figure is after the divided one's (negative:
		 * before; 0: the same year). A divisor of another year moves the result: a city's
		 * GDP can grow by a tenth in a year.
		 */
		public int divisorYearsAfter() {
			return Comparability.year(this.denominator) - year();
		}

		/** Whether either figure is a bound or an estimate, so the result is too. */
		public boolean approximate() {
			return this.numerator.isApproximate() || this.denominator.isApproximate();
		}

		/**
		 * Whether the result is a lower bound: the numerator is one ("over 2,400") and
		 * the figure it is divided by is exact.
		 */
		public boolean lowerBound() {
			return this.numerator.isLowerBound() && !this.denominator.isApproximate();
		}

	}

	/**
	 * Every derived figure of one derived indicator: for each reported figure of its
	 * numerator with a number, the same hub's reported denominator nearest in year (at
	 * most a year apart; of two, the newer); none where there is no such pair.
	 */
	public static List<Value> derive(Ratio ratio, Collection<Figure> numerators, Collection<Figure> denominators) {
		Map<Long, Figure> byId = new HashMap<>();
		numerators.forEach((f) -> byId.put(f.getId(), f));
		denominators.forEach((f) -> byId.put(f.getId(), f));
		return values(pair(ratio, numerators.stream().map(Derived::operand).toList(),
				denominators.stream().map(Derived::operand).toList()), byId);
	}

	/** The derived figures of these pairs, each with the two figures it divides. */
	public static List<Value> values(Collection<Pair> pairs, Map<Long, Figure> figuresById) {
		return pairs.stream()
			.map((p) -> new Value(p.ratio(), p.hubId(), figuresById.get(p.numeratorId()),
					figuresById.get(p.denominatorId()), p.value()))
			.toList();
	}

	/**
	 * What deriving needs of a figure: whether it can take part (a reported figure about
	 * a hub with a year and a positive number, for a whole year where it is a sum of
	 * money: a half-year's output is no share of a year's GDP), its hub, year, number and
	 * definition group.
	 */
	public record Operand(long id, boolean usable, long hubId, int year, BigDecimal value, String group) {
	}

	/** A derived figure worked out from two operands, before any figure is loaded. */
	public record Pair(Ratio ratio, long hubId, long numeratorId, long denominatorId, BigDecimal value, int year,
			String group) {
	}

	static Operand operand(Figure figure) {
		Long hub = figure.getSubject().getCityId();
		return new Operand(figure.getId(),
				usable(hub, Comparability.isTarget(figure), figure.getValueNumeric(), Comparability.year(figure),
						figure.getIndicator().getUnit(), figure.getAsOfLabel()),
				(hub != null) ? hub : 0, Comparability.year(figure), figure.getValueNumeric(),
				figure.getDefinitionGroup());
	}

	static boolean usable(Long hubId, boolean target, BigDecimal value, int year, String unit, String asOfLabel) {
		return hubId != null && !target && value != null && value.signum() > 0 && year > 0
				&& Comparability.partOfYear(unit, asOfLabel) == null;
	}

	/** The pairing of {@link #derive}, on operands. */
	public static List<Pair> pair(Ratio ratio, Collection<Operand> numerators, Collection<Operand> denominators) {
		Map<Long, List<Operand>> byHub = denominators.stream()
			.filter(Operand::usable)
			.collect(Collectors.groupingBy(Operand::hubId));
		List<Pair> pairs = new ArrayList<>();
		for (Operand numerator : numerators) {
			if (!numerator.usable()) {
				continue;
			}
			int year = numerator.year();
			byHub.getOrDefault(numerator.hubId(), List.of())
				.stream()
				.filter((d) -> Math.abs(d.year() - year) <= MAX_YEARS_APART)
				.min(Comparator.comparingInt((Operand d) -> Math.abs(d.year() - year))
					.thenComparing(Comparator.comparingInt(Operand::year).reversed())
					.thenComparing(Operand::id, Comparator.reverseOrder()))
				.ifPresent(
						(denominator) -> pairs.add(new Pair(ratio, numerator.hubId(), numerator.id(), denominator.id(),
								numerator.value().multiply(ratio.kind().scale).divide(denominator.value(), PRECISION),
								year, numerator.group())));
		}
		return List.copyOf(pairs);
	}

	/** How many hubs the ranking of these derived figures ranks. */
	public static int rankedHubs(List<Pair> pairs) {
		return Comparability
			.rankMainGroup(pairs, Pair::group, Pair::hubId, Pair::year, Pair::numeratorId, Pair::value, true)
			.size();
	}

	/**
	 * The ranking of derived figures: the main group by the rules of every ranking,
	 * highest first.
	 */
	public static List<Comparability.Ranked<Value>> rank(List<Value> derived) {
		// Of one hub's derived figures, the one whose numerator a ranking of it would
		// take: of one year, an exact number before a bound.
		return Comparability.rankMainGroup(derived, Value::group, Value::hubId, Value::year,
				(f) -> Comparability.newness(f.numerator()), (f) -> f.numerator().getId(), Value::value, true);
	}

	/** The derived figures that rank, and those of the same indicator that do not. */
	public static List<Value> apart(List<Value> derived, List<Comparability.Ranked<Value>> ranked) {
		List<Value> in = ranked.stream().map(Comparability.Ranked::item).toList();
		return derived.stream().filter((f) -> !in.contains(f)).toList();
	}

}
