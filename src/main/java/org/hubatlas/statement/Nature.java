package org.hubatlas.statement;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** What kind of statement a statement is. */
public enum Nature implements Labelled {

	REPORTED_FACT("Reported fact"), ATTRIBUTED_VIEW("Attributed view"), EDITORIAL("Editorial"), FORECAST("Forecast");

	/** The heading of a group of such statements on a profile. */
	public String groupHeading() {
		String english = switch (this) {
			case REPORTED_FACT -> "Reported as fact";
			case ATTRIBUTED_VIEW -> "Views of people quoted";
			case EDITORIAL -> "The articles\u2019 own characterisations";
			case FORECAST -> "Forecasts and speculation";
		};
		return InterfaceText.message("statement.group." + name(), english);
	}

	private final String label;

	Nature(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
