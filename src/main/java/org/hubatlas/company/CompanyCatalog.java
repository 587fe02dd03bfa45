package org.hubatlas.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectCatalog;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/**
 * Companies as subjects of figures and statements, and the companies that point at a hub.
 */
@Component
class CompanyCatalog implements SubjectCatalog, SubjectReferences {

	private final CompanyRepository companies;

	CompanyCatalog(CompanyRepository companies) {
		this.companies = companies;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.COMPANY;
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		Map<Long, SubjectLink> links = new LinkedHashMap<>();
		for (Company company : this.companies.findAllById(ids)) {
			links.put(company.getId(), new SubjectLink(InterfaceText.message("subject.company", "Company"),
					company.getName(), "/companies/" + company.getSlug()));
		}
		return links;
	}

	@Override
	public Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.companies.findNamesOrdered().forEach((row) -> names.put((Long) row[0], (String) row[1]));
		return names;
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("nav.companies", "Companies");
	}

	@Override
	public List<String> referencesTo(Subject subject) {
		List<String> references = new ArrayList<>();
		if (subject.getCityId() != null) {
			this.companies.findNamesHeadquarteredIn(subject.getCityId())
				.forEach((name) -> references
					.add(InterfaceText.message("references.headquartered", "Company headquartered here: {0}", name)));
			this.companies.findNamesPresentIn(subject.getCityId())
				.forEach((name) -> references
					.add(InterfaceText.message("references.present", "Company present here: {0}", name)));
		}
		return references;
	}

}
