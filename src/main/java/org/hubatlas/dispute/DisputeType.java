package org.hubatlas.dispute;

/** What is wrong or uncertain about what a source says. */
public enum DisputeType {

	/** The source says what well-known public facts contradict. */
	CONTRADICTS_PUBLIC_FACT(true),
	/**
	 * The source files something under the wrong category (a science park as a
	 * university).
	 */
	CATEGORISATION_ERROR(true),
	/** The source contradicts itself. */
	INTERNAL_INCONSISTENCY(true),
	/** Two sources disagree. */
	CROSS_SEED_INCONSISTENCY(false), AMBIGUITY(false), MISSING_DATE(false), STALENESS(false), PROVENANCE(false),
	TERMINOLOGY(false), UNSUPPORTED_GENERALISATION(false);

	private final boolean contradiction;

	DisputeType(boolean contradiction) {
		this.contradiction = contradiction;
	}

	/** Whether data shown from the source is wrong, not only uncertain. */
	public boolean isContradiction() {
		return this.contradiction;
	}

}
