package org.hubatlas.dispute;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.common.Text;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/**
 * What the admin form for a dispute binds to: where a source is wrong or uncertain, why,
 * and what it affects.
 */
public record DisputeForm(@Slug String slug,
		@NotBlank(message = "{valid.sayInALineWhat}") @Size(max = 300) String title,
		@NotNull(message = "{valid.chooseHowMuchItMatters}") Severity severity,
		@NotNull(message = "{valid.chooseWhatKindOfProblem}") DisputeType type, @Size(max = 60) String confidence,
		Long sourceId, List<String> affects, @Size(max = 1000) String quote,
		@NotBlank(message = "{valid.explainTheProblem}") @Size(max = 2000) String issue,
		@Size(max = 3000) String knownOtherwise, @Size(max = 2000) String outsideReferences,
		@Size(max = 300) String titleZh, @Size(max = 2000) String issueZh, @Size(max = 3000) String knownOtherwiseZh,
		Long version) implements AdminForm, Slugged {

	public DisputeForm {
		affects = (affects != null) ? affects : List.of();
	}

	/** The dispute's form, affecting nothing. */
	public static DisputeForm from(Dispute dispute) {
		return from(dispute, List.of());
	}

	/**
	 * The dispute's form, with the keys of what it affects ("city:3", "figure:12",
	 * "statement:7").
	 */
	public static DisputeForm from(Dispute dispute, List<String> affects) {
		return new DisputeForm(dispute.getSlug(), dispute.getTitle(), dispute.getSeverity(), dispute.getType(),
				dispute.getConfidence(), (dispute.getSource() != null) ? dispute.getSource().getId() : null, affects,
				dispute.getQuote(), dispute.getIssue(), dispute.getKnownOtherwise(),
				Text.blankToNull(String.join("\n", dispute.getOutsideReferenceList())), dispute.getTitleZh(),
				dispute.getIssueZh(), dispute.getKnownOtherwiseZh(), dispute.getVersion());
	}

}
