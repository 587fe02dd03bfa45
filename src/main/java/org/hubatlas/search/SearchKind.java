package org.hubatlas.search;

import org.hubatlas.common.BadRequestException;

/**
 * What a search result is, in the order groups are listed when their best matches score
 * the same. The parameter is the plural readers see in the address (`type=companies`).
 */
public enum SearchKind {

	HUB("hubs", 3, "hub hubs city cities 枢纽 城市"), COMPANY("companies", 2, "company companies 企业 公司"),
	INSTITUTION("institutions", 2,
			"university universities institute institutes institution institutions 大学 高校 研究机构 研究所"),
	INCENTIVE("incentives", 1.5f, "incentive incentives policy policies 扶持政策 政策 优惠"),
	INDICATOR("indicators", 1.5f, "indicator indicators 指标"),
	SOURCE("sources", 1, "source sources article articles 来源 文章"),
	STATEMENT("statements", 1, "statement statements quote 陈述 引述"),
	CORRECTION("corrections", 1, "correction corrections caveat caveats dispute disputed 更正 争议");

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
	public static SearchKind fromParam(String raw) {
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
		throw new BadRequestException("type", "problem.oneOf", "The parameter ''{0}'' must be one of: {1}.", "type",
				allowed);
	}

}
