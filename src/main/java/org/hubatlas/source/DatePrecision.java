package org.hubatlas.source;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** How exactly a source's publication date is known. */
public enum DatePrecision implements Labelled {

	DAY("day"), MONTH("month"), YEAR("year"), ESTIMATED("estimated");

	private final String label;

	DatePrecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
