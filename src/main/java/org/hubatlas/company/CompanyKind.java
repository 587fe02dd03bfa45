package org.hubatlas.company;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

public enum CompanyKind implements Labelled {

	STARTUP("Startup"), TECH_GIANT("Chinese tech giant"), FOREIGN_MULTINATIONAL("Foreign multinational"),
	COMPANY("Company");

	private final String label;

	CompanyKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
