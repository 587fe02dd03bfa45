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
		@NotBlank(message = "{valid.sayInALineWhat}") @Size(max = 300,
				message = "{valid.atMost300Characters}") String title,
		@NotNull(message = "{valid.chooseHowMuchItMatters}") Severity severity,
		@NotNull(message = "{valid.chooseWhatKindOfProblem}") DisputeType type,
		@Size(max = 60, message = "{valid.atMost60Characters}") String confidence, Long sourceId,
		@Size(max = 1000, message = "{valid.atMost1000Characters}") String quote,
		@NotBlank(message = "{valid.explainTheProblem}") @Size(max = 2000,
				message = "{valid.atMost2000Characters}") String issue,
		@Size(max = 3000, message = "{valid.atMost3000Characters}") String knownOtherwise,
		@Size(max = 2000, message = "{valid.atMost2000Characters}") String outsideReferences,
		@Size(max = 300, message = "{valid.atMost300Characters}") String titleZh,
		@Size(max = 2000, message = "{valid.atMost2000Characters}") String issueZh,
		@Size(max = 3000, message = "{valid.atMost3000Characters}") String knownOtherwiseZh,
		Long version) implements AdminForm {

	public static DisputeForm from(Dispute dispute) {
		return new DisputeForm(dispute.getSlug(), dispute.getTitle(), dispute.getSeverity(), dispute.getType(),
				dispute.getConfidence(), (dispute.getSource() != null) ? dispute.getSource().getId() : null,
				dispute.getQuote(), dispute.getIssue(), dispute.getKnownOtherwise(),
				String.join("\n", dispute.getOutsideReferenceList()), dispute.getTitleZh(), dispute.getIssueZh(),
				dispute.getKnownOtherwiseZh(), dispute.getVersion());
	}

}
