package org.hubatlas.dispute;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** How much a dispute matters to a reader. */
public enum Severity implements Labelled {

	HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
