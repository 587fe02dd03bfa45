package org.hubatlas.dispute;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/**
 * What the admin form for a dispute binds to: where a source is wrong or uncertain, and
 * why.
 */
public class DisputeForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "title", "severity", "type", "confidence", "sourceId", "quote",
			"issue", "knownOtherwise", "outsideReferences");

	@Slug
	private String slug;

	@NotBlank(message = "{valid.sayInALineWhat}")
	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String title;

	@NotNull(message = "{valid.chooseHowMuchItMatters}")
	private Severity severity;

	@NotNull(message = "{valid.chooseWhatKindOfProblem}")
	private DisputeType type;

	@Size(max = 60, message = "{valid.atMost60Characters}")
	private String confidence;

	private Long sourceId;

	@Size(max = 1000, message = "{valid.atMost1000Characters}")
	private String quote;

	@NotBlank(message = "{valid.explainTheProblem}")
	@Size(max = 2000, message = "{valid.atMost2000Characters}")
	private String issue;

	@Size(max = 3000, message = "{valid.atMost3000Characters}")
	private String knownOtherwise;

	@Size(max = 2000, message = "{valid.atMost2000Characters}")
	private String outsideReferences;

	private Long version;

	public static DisputeForm from(Dispute dispute) {
		DisputeForm form = new DisputeForm();
		form.slug = dispute.getSlug();
		form.title = dispute.getTitle();
		form.severity = dispute.getSeverity();
		form.type = dispute.getType();
		form.confidence = dispute.getConfidence();
		form.sourceId = (dispute.getSource() != null) ? dispute.getSource().getId() : null;
		form.quote = dispute.getQuote();
		form.issue = dispute.getIssue();
		form.knownOtherwise = dispute.getKnownOtherwise();
		form.outsideReferences = String.join("\n", dispute.getOutsideReferenceList());
		form.version = dispute.getVersion();
		return form;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public DisputeType getType() {
		return this.type;
	}

	public void setType(DisputeType type) {
		this.type = type;
	}

	public String getConfidence() {
		return this.confidence;
	}

	public void setConfidence(String confidence) {
		this.confidence = confidence;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getIssue() {
		return this.issue;
	}

	public void setIssue(String issue) {
		this.issue = issue;
	}

	public String getKnownOtherwise() {
		return this.knownOtherwise;
	}

	public void setKnownOtherwise(String knownOtherwise) {
		this.knownOtherwise = knownOtherwise;
	}

	public String getOutsideReferences() {
		return this.outsideReferences;
	}

	public void setOutsideReferences(String outsideReferences) {
		this.outsideReferences = outsideReferences;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
