package org.hubatlas.search;

import org.hubatlas.common.BadRequestException;

/**
 * What a search result is, in the order groups are listed when their best matches score
 * the same. The parameter is the plural readers see in the address (`type=companies`).
 */
public enum SearchKind {

	HUB("hubs", 3, "hub hubs city cities"), COMPANY("companies", 2, "company companies"),
	INSTITUTION("institutions", 2, "university universities institute institutes institution institutions"),
	INCENTIVE("incentives", 1.5f, "incentive incentives policy policies"),
	INDICATOR("indicators", 1.5f, "indicator indicators"), SOURCE("sources", 1, "source sources article articles"),
	STATEMENT("statements", 1, "statement statements quote"),
	CORRECTION("corrections", 1, "correction corrections caveat caveats dispute disputed");

	private final String param;

	/** Words a reader may add to say what they look for ("Hangzhou tax incentive"). */
	private final String kindWords;

	/**
	 * How much a group's best match counts when groups are ordered: a hub named
	 * "Shenzhen" comes before an article titled "Shenzhen".
	 */
	private final float weight;

	SearchKind(String param, float weight, String kindWords) {
		this.param = param;
		this.weight = weight;
		this.kindWords = kindWords;
	}

	float weight() {
		return this.weight;
	}

	public String param() {
		return this.param;
	}

	/** The id of this kind's heading on the results page. */
	public String anchor() {
		return "results-" + this.param;
	}

	/** The message that names this kind's group ("Companies"). */
	public String messageKey() {
		return "search.kind." + this.param;
	}

	String kindWords() {
		return this.kindWords;
	}

	/**
	 * The kind a `type` parameter names, or null for every kind; anything else is a 400.
	 */
	static SearchKind fromParam(String raw) {
		if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("all")) {
			return null;
		}
		for (SearchKind kind : values()) {
			if (kind.param.equalsIgnoreCase(raw.trim())) {
				return kind;
			}
		}
		StringBuilder allowed = new StringBuilder("all");
		for (SearchKind kind : values()) {
			allowed.append(", ").append(kind.param);
		}
		throw new BadRequestException("The parameter 'type' must be one of: " + allowed + ".");
	}

}
