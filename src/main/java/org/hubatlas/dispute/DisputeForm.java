package org.hubatlas.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/**
 * What the admin form for a dispute binds to: where a source is wrong or uncertain, and
 * why.
 */
public record DisputeForm(@Slug String slug,
		@NotBlank(message = "{valid.sayInALineWhat}") @Size(max = 300) String title,
		@NotNull(message = "{valid.chooseHowMuchItMatters}") Severity severity,
		@NotNull(message = "{valid.chooseWhatKindOfProblem}") DisputeType type, @Size(max = 60) String confidence,
		Long sourceId, @Size(max = 1000) String quote,
		@NotBlank(message = "{valid.explainTheProblem}") @Size(max = 2000) String issue,
		@Size(max = 3000) String knownOtherwise, @Size(max = 2000) String outsideReferences,
		@Size(max = 300) String titleZh, @Size(max = 2000) String issueZh, @Size(max = 3000) String knownOtherwiseZh,
		Long version) implements AdminForm {

	public static DisputeForm from(Dispute dispute) {
		return new DisputeForm(dispute.getSlug(), dispute.getTitle(), dispute.getSeverity(), dispute.getType(),
				dispute.getConfidence(), (dispute.getSource() != null) ? dispute.getSource().getId() : null,
				dispute.getQuote(), dispute.getIssue(), dispute.getKnownOtherwise(),
				String.join("\n", dispute.getOutsideReferenceList()), dispute.getTitleZh(), dispute.getIssueZh(),
				dispute.getKnownOtherwiseZh(), dispute.getVersion());
	}

}
