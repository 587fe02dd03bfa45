package org.hubatlas.incentive;

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
 * Incentives as subjects of figures and statements, and the incentives that apply to a
 * hub.
 */
@Component
class IncentiveCatalog implements SubjectCatalog, SubjectReferences {

	private final IncentiveRepository incentives;

	IncentiveCatalog(IncentiveRepository incentives) {
		this.incentives = incentives;
	}

	@Override
	public SubjectKind kind() {
		return SubjectKind.INCENTIVE;
	}

	@Override
	public Optional<String> nameOf(long id) {
		return this.incentives.findById(id).map((i) -> i.getTitleShown().text());
	}

	@Override
	public Map<Long, SubjectLink> links(Collection<Long> ids) {
		return SubjectCatalog.links(this.incentives.findAllById(ids),
				InterfaceText.message("subject.incentive", "Incentive"), (i) -> i.getTitleShown().text(),
				(i) -> "/incentives/" + i.getSlug());
	}

	@Override
	public Map<Long, String> names() {
		return SubjectCatalog.names(this.incentives.findTitlesOrdered());
	}

	@Override
	public String groupLabel() {
		return InterfaceText.message("nav.incentives", "Incentives");
	}

	@Override
	public List<Reference> referencesTo(Subject subject) {
		if (subject.getCityId() == null) {
			return List.of();
		}
		return this.incentives.findTitlesForCity(subject.getCityId())
			.stream()
			.map((incentive) -> new Reference(InterfaceText.message("references.incentives", "Incentives"),
					incentive.shown(), IncentiveEditing.PAGE + incentive.id()))
			.toList();
	}

}
