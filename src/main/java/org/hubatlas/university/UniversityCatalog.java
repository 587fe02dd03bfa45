package org.hubatlas.university;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.company.InstitutionTies;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectCatalog;
import org.hubatlas.subject.SubjectKind;
import org.hubatlas.subject.SubjectLink;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/**
 * Institutions as subjects of figures and statements; the institutions in a hub or tied
 * to a company, for the "cannot delete" message; and the ties a company's page lists.
 */
@Component
class UniversityCatalog implements SubjectCatalog, SubjectReferences, InstitutionTies {

	private final UniversityRepository universities;

	UniversityCatalog(UniversityRepository universities) {
		this.universities = universities;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.UNIVERSITY;
	}

	@Override
	public Optional<String> nameOf(long id) {
		return this.universities.findById(id).map(University::shownName);
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		return SubjectCatalog.links(this.universities.findAllById(ids),
				InterfaceText.message("subject.institution", "Institution"), University::shownName,
				(u) -> "/universities/" + u.getSlug());
	}

	@Override
	public Map<Long, String> names() {
		return SubjectCatalog.names(this.universities.findNamesOrdered());
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("search.kind.institutions", "Institutions");
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		List<Reference> references = new ArrayList<>();
		if (subject.getCityId() != null) {
			this.universities.findNamesInCity(subject.getCityId())
				.forEach((university) -> references.add(institution(university.shown(), university.id())));
		}
		if (subject.getCompanyId() != null) {
			this.universities.findTiesOfCompany(subject.getCompanyId())
				.forEach((tie) -> references
					.add(institution(InterfaceText.name(tie.getUniversity().getName(), tie.getUniversity().getNameZh()),
							tie.getUniversity().getId())));
		}
		return references;
	}

	@Override
	public List<TiedInstitution> tiedTo(long companyId) {
		return this.universities.findTiesOfCompany(companyId)
			.stream()
			.map((t) -> new TiedInstitution(t.getUniversity().getSlug(), t.getUniversity().getName(), t.getRelation()))
			.toList();
	}

	private static Reference institution(String name, long id) {
		return new Reference(InterfaceText.message("references.institutions", "Institutions"), name,
				UniversityEditing.PAGE + id);
	}

}
