package org.hubatlas.dispute;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** What is wrong or uncertain about what a source says. */
public enum DisputeType implements Labelled {

	/** The source says what well-known public facts contradict. */
	CONTRADICTS_PUBLIC_FACT(true, "Contradicts known facts"),
	/**
	 * The source files something under the wrong category (a science park as a
	 * university).
	 */
	CATEGORISATION_ERROR(true, "Wrong category"),
	/** The source contradicts itself. */
	INTERNAL_INCONSISTENCY(true, "Contradicts itself"),
	/** Two sources disagree. */
	CROSS_SEED_INCONSISTENCY(false, "Sources disagree"), AMBIGUITY(false, "Ambiguous"),
	MISSING_DATE(false, "Date missing"), STALENESS(false, "Out of date"), PROVENANCE(false, "Origin unclear"),
	TERMINOLOGY(false, "Terms used loosely"), UNSUPPORTED_GENERALISATION(false, "Unsupported generalisation");

	private final boolean contradiction;

	private final String label;

	DisputeType(boolean contradiction, String label) {
		this.contradiction = contradiction;
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

	/** Whether data shown from the source is wrong, not only uncertain. */
	public boolean isContradiction() {
		return this.contradiction;
	}

}
