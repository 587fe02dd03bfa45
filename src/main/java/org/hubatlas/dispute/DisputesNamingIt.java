package org.hubatlas.dispute;

import java.util.List;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.DeletedAlong;

import org.springframework.stereotype.Component;

/**
 * The disputes that name a figure or statement: deleting it takes it out of what each
 * affects (the database cascades the link), and the dispute stays.
 */
@Component
class DisputesNamingIt implements DeletedAlong {

	private final DisputeRepository disputes;

	DisputesNamingIt(DisputeRepository disputes) {
		this.disputes = disputes;
	}

	@Override
	public List<Naming> along(String kind, long id) {
		List<DisputeLink> links = switch (kind) {
			case "figure" -> this.disputes.findLinksToFigure(id);
			case "statement" -> this.disputes.findLinksToStatement(id);
			default -> List.of();
		};
		return links.stream().map((link) -> {
			Dispute dispute = link.getDispute();
			return new Naming("dispute", dispute.getId(), "affects", link.key(),
					new Reference(InterfaceText.message("references.disputes", "Disputes"),
							InterfaceText.name(dispute.getTitle(), dispute.getTitleZh()),
							"/admin/disputes/" + dispute.getId()));
		}).toList();
	}

}
