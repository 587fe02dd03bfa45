package org.hubatlas.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
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
	public Optional<String> nameOf(long id) {
		return this.companies.findById(id).map(Company::shownName);
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		return SubjectCatalog.links(this.companies.findAllById(ids),
				InterfaceText.message("subject.company", "Company"), Company::shownName,
				(c) -> "/companies/" + c.getSlug());
	}

	@Override
	public Map<Long, String> names() {
		return SubjectCatalog.names(this.companies.findNamesOrdered());
	}

	/** By name, address name or Chinese name. */
	@Override
	public List<Long> idsNamed(String like) {
		return this.companies.findIdsMatching(like);
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("nav.companies", "Companies");
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		List<Reference> references = new ArrayList<>();
		if (subject.getCityId() != null) {
			this.companies.findNamesHeadquarteredIn(subject.getCityId())
				.forEach((company) -> references.add(
						new Reference(InterfaceText.message("references.headquartered", "Companies headquartered here"),
								company.shown(), CompanyEditing.PAGE + company.id())));
			this.companies.findNamesPresentIn(subject.getCityId())
				.forEach((company) -> references
					.add(new Reference(InterfaceText.message("references.present", "Companies present here"),
							company.shown(), CompanyEditing.PAGE + company.id())));
		}
		return references;
	}

}
