package org.hubatlas.university;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

public enum UniversityKind implements Labelled {

	UNIVERSITY("University"), RESEARCH_INSTITUTE("Research institute"), ACADEMY("Academy"),
	SCIENCE_PARK("Science park"), THINK_TANK("Think tank");

	private final String label;

	UniversityKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
