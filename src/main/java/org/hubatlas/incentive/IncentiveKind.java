package org.hubatlas.incentive;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/** What an incentive does; restrictions are the measures that work against a hub. */
public enum IncentiveKind implements Labelled {

	SUBSIDY("Subsidy"), TAX("Tax"), FUNDING("Funding"), PARK_OR_INFRASTRUCTURE("Park or infrastructure"),
	COMPUTING("Computing"), TALENT("Talent"), PLAN("Plan"), POLICY("Policy"), RESTRICTION("Restriction");

	private final String label;

	IncentiveKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return InterfaceText.label(this, this.label);
	}

}
