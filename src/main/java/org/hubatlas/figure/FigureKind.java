package org.hubatlas.figure;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** Whether a figure is a measured value, an estimate or a target. */
public enum FigureKind implements Labelled {

	ACTUAL("Actual"), ESTIMATE("Estimate"), TARGET("Target");

	private final String label;

	FigureKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
