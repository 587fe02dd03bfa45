package org.hubatlas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hubs a comparison asks for, as read from {@code ?cities=beijing,hangzhou}: 2 to 4,
 * in the order given.
 */
public record CompareRequest(List<String> slugs) {

	public static final int MIN = 2;

	public static final int MAX = 4;

	/** Longer than any honest list of four slugs. */
	static final int MAX_LENGTH = 400;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	/**
	 * Parses the comma-separated list; the same hub twice counts once. Throws
	 * {@link ComparisonInputException} (400) for a blank, over-long or malformed value;
	 * how many hubs it names is {@link #counted}'s to say.
	 */
	public static CompareRequest parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw ComparisonInputException.badRequest(List.of(), "problem.tooFew",
					"Choose at least {0} hubs to compare.", MIN);
		}
		if (raw.length() > MAX_LENGTH) {
			throw ComparisonInputException.badRequest(List.of(), "problem.tooLong",
					"That list of hubs is too long. Choose {0} to {1} hubs.", MIN, MAX);
		}
		Set<String> slugs = new LinkedHashSet<>();
		List<String> rejected = new ArrayList<>();
		for (String part : Arrays.asList(raw.split(",", -1))) {
			String slug = part.trim().toLowerCase(Locale.ROOT);
			if (slug.isEmpty()) {
				throw ComparisonInputException.badRequest(List.of(), "problem.emptyEntry",
						"The list of hubs has an empty entry. Separate hub names with single commas.");
			}
			if (!SLUG.matcher(slug).matches()) {
				rejected.add(part.trim());
			}
			else {
				slugs.add(slug);
			}
		}
		if (!rejected.isEmpty()) {
			String shown = rejected.get(0).length() > 40 ? rejected.get(0).substring(0, 40) + "\u2026"
					: rejected.get(0);
			throw ComparisonInputException.badRequest(List.copyOf(slugs), "problem.notHubName",
					"\u201c{0}\u201d is not a hub name. Hub names use lower-case letters, digits and hyphens, such "
							+ "as \u201cbeijing\u201d.",
					shown);
		}
		return new CompareRequest(List.copyOf(slugs));
	}

	/**
	 * The request, where it names 2 to 4 hubs; else a {@link ComparisonInputException}
	 * (400). Asked once its names are known to be hubs: a single name that is no hub is
	 * told so, not that one is too few.
	 */
	public CompareRequest counted() {
		if (this.slugs.size() < MIN) {
			throw ComparisonInputException.badRequest(this.slugs, "problem.tooFewDifferent",
					"Choose at least {0} different hubs to compare; you chose {1}.", MIN, this.slugs.size());
		}
		if (this.slugs.size() > MAX) {
			throw ComparisonInputException.badRequest(this.slugs.subList(0, MAX), "problem.tooMany",
					"You can compare at most {0} hubs at a time; you chose {1}.", MAX, this.slugs.size());
		}
		return this;
	}

	/** The canonical query value, as the page's URL shows it. */
	public String param() {
		return String.join(",", this.slugs);
	}

	public CompareRequest reversed() {
		List<String> copy = new ArrayList<>(this.slugs);
		java.util.Collections.reverse(copy);
		return new CompareRequest(List.copyOf(copy));
	}

}
