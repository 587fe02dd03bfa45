package org.hubatlas.company;

import java.util.List;

/**
 * The institutions the sources tie to a company (alumni founders, talent agreements).
 * Declared here, implemented by the institutions feature above with queries on its own
 * tables, so that this package reads none of them.
 */
public interface InstitutionTies {

	List<TiedInstitution> tiedTo(long companyId);

	/** An institution tied to a company, as the company's page links to it. */
	record TiedInstitution(String slug, String name, String relation) {
	}

}
