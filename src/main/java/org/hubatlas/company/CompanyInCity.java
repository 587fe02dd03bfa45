package org.hubatlas.company;

import java.util.List;

/** A company as a hub's page lists it: where in the hub and how it is tied to it. */
public record CompanyInCity(long id, String slug, String name, String nameZh, CompanyKind kind, List<String> sectors,
		String citySlug, String cityName, String relation) {

	static CompanyInCity headquartered(Company company) {
		return new CompanyInCity(company.getId(), company.getSlug(), company.getName(), company.getNameZh(),
				company.getKind(), company.getSectorList(), company.getHqCity().getSlug(),
				company.getHqCity().getName(), null);
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
				presence.getRelation());
	}

}
