package org.hubatlas.figure;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** How the source qualifies a number ("over 2,400"). */
public enum Qualifier implements Labelled {

	NONE(""), OVER("over"), ABOUT("about"), EXCEEDING("more than");

	private final String label;

	Qualifier(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
