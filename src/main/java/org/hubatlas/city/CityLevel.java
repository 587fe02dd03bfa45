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

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
