package org.hubatlas.company;

import java.util.List;

import org.hubatlas.common.InterfaceText;

/** A company as a hub's page lists it: where in the hub and how it is tied to it. */
public record CompanyInCity(long id, String slug, String name, String nameZh, CompanyKind kind, List<String> sectors,
		String citySlug, String cityName, String cityNameZh, String relation) {

	/** The hub's name in the reader's language. */
	public String cityShown() {
		return InterfaceText.name(this.cityName, this.cityNameZh);
	}

	static CompanyInCity headquartered(Company company) {
		return new CompanyInCity(company.getId(), company.getSlug(), company.getName(), company.getNameZh(),
				company.getKind(), company.getSectorList(), company.getHqCity().getSlug(),
				company.getHqCity().getName(), company.getHqCity().getNameZh(), null);
	}

	/**
	 * Whether the hub is the company's headquarters (else the relation says how it is
	 * present).
	 */
	public boolean headquarters() {
		return this.relation == null;
	}

	static CompanyInCity present(CompanyPresence presence) {
		Company company = presence.getCompany();
		return new CompanyInCity(company.getId(), company.getSlug(), company.getName(), company.getNameZh(),
				company.getKind(), company.getSectorList(), presence.getCity().getSlug(), presence.getCity().getName(),
				presence.getCity().getNameZh(), presence.getRelation());
	}

}
