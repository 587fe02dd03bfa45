package org.hubatlas.city;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** Administrative level of a hub. */
public enum CityLevel implements Labelled {

	MUNICIPALITY("Municipality"), SUB_PROVINCIAL_CITY("Sub-provincial city"), PROVINCE("Province"),
	AUTONOMOUS_REGION("Autonomous region"), PREFECTURE_CITY("Prefecture-level city"), COUNTY("County"),
	DISTRICT("District"), AREA("Area within a city");

	private final String label;

	CityLevel(String label) {
		this.label = label;
	}

	/**
	 * Whether a hub of this level is a city, a municipality among them: what most hubs
	 * are, and what their totals are read beside.
	 */
	public boolean isCity() {
		return this == MUNICIPALITY || this == SUB_PROVINCIAL_CITY || this == PREFECTURE_CITY;
	}

	/** A province or an autonomous region: its totals hold its cities'. */
	public boolean isProvincial() {
		return this == PROVINCE || this == AUTONOMOUS_REGION;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
