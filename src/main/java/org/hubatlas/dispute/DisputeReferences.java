package org.hubatlas.dispute;

import java.util.List;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.source.SourceReferences;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectReferences;

import org.springframework.stereotype.Component;

/** The dispute notes on a subject or about a source, for the "cannot delete" message. */
@Component
class DisputeReferences implements SubjectReferences, SourceReferences {

	private final DisputeRepository disputes;

	DisputeReferences(DisputeRepository disputes) {
		this.disputes = disputes;
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		if (subject.isNationalContext()) {
			return List.of();
		}
		DisputeQuery query = new DisputeQuery();
		switch (subject.kind()) {
			case CITY -> query.cities(List.of(subject.id()));
			case COMPANY -> query.companies(List.of(subject.id()));
			case UNIVERSITY -> query.universities(List.of(subject.id()));
			case INCENTIVE -> query.incentives(List.of(subject.id()));
		}
		return Disputes
			.of(this.disputes.findLinks(DisputeQuery.orNone(query.cityIds), DisputeQuery.orNone(query.companyIds),
					DisputeQuery.orNone(query.universityIds), DisputeQuery.orNone(query.incentiveIds), List.of(-1L),
					List.of(-1L)))
			.getAll()
			.stream()
			.map(DisputeReferences::describe)
			.toList();
	}

	@Override
	public List<Reference> referencesTo(long sourceId) {
		return this.disputes.findForSource(sourceId).stream().map(DisputeReferences::describe).toList();
	}

	private static Reference describe(Dispute dispute) {
		return new Reference(InterfaceText.message("references.disputes", "Disputes"),
				dispute.getTitleShown().toString(), "/admin/disputes/" + dispute.getId());
	}

}
