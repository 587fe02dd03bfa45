package org.hubatlas.incentive;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

public enum IncentiveLevel implements Labelled {

	NATIONAL("National"), PROVINCIAL("Provincial"), MUNICIPAL("Municipal"), DISTRICT("District"),
	FOREIGN("Foreign government");

	private final String label;

	IncentiveLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
