package org.hubatlas.source;

import org.hubatlas.common.Labelled;

/** What kind of statement a citation is. */
public enum Nature implements Labelled {

	REPORTED_FACT("Reported fact"), ATTRIBUTED_VIEW("Attributed view"), EDITORIAL("Editorial"), FORECAST("Forecast");

	private final String label;

	Nature(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
