package org.hubatlas.dispute;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.SourceService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit disputes: what is wrong or uncertain in a source and what is
 * known otherwise. What a dispute affects comes with the seed data and data packs;
 * deleting a dispute removes those links with it.
 */
@Component
record DisputeEditing(DisputeRepository disputes, SourceRepository sourceRecords,
		SourceService sources) implements RecordKind<Dispute, DisputeForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "severity", "severity",
			"updated", "updatedAt");

	@Override
	public Description<Dispute, DisputeForm> description() {
		return new Description<>("dispute", "disputes", "dispute", DisputeForm.class,
				"title | titleZh | slug severity type confidence | sourceId | quote:2 | issue:4 | issueZh:3 | knownOtherwise:4 | knownOtherwiseZh:3 | outsideReferences:3",
				this.disputes, SORTS, Dispute::getTitle, (dispute) -> "/disputes#dispute-" + dispute.getSlug(),
				DisputeForm::from);
	}

	@Override
	public ListTable table(List<Dispute> disputes) {
		return ListTable.of(disputes, "field.incentive.title", "title", this::shownName)
			.column("admin.dispute.list.severity", "severity", (d) -> d.getSeverity().label())
			.column("field.company.kind", null, (d) -> d.getType().label())
			.table();
	}

	@Override
	public Optional<Dispute> find(long id) {
		return this.disputes.findByIdWithSource(id);
	}

	@Override
	public Dispute write(Dispute dispute, DisputeForm form) {
		Source source = (form.sourceId() != null) ? this.sourceRecords.getReferenceById(form.sourceId()) : null;
		Dispute target = (dispute != null) ? dispute
				: new Dispute(form.slug(), form.title(), form.severity(), form.type(), null, null, form.issue(), null);
		target.edit(form.slug(), form.title(), form.severity(), form.type(), form.confidence(), source, form.quote(),
				form.issue(), form.knownOtherwise(), form.outsideReferences());
		target.editChinese(form.titleZh(), form.issueZh(), form.knownOtherwiseZh());
		return this.disputes.save(target);
	}

	@Override
	public void check(DisputeForm form, Long id, Errors errors) {
		if (form.slug() != null && !errors.hasFieldErrors("slug") && this.disputes.slugTaken(form.slug(), id)) {
			errors.rejectValue("slug", "valid.anotherDisputeAlreadyHasThis", "Another dispute already has this slug.");
		}
		if (form.sourceId() != null && !this.sources.exists(form.sourceId())) {
			errors.rejectValue("sourceId", "valid.chooseASourceFromThe", "Choose a source from the list.");
		}
		// Each line is published as a link: it must be one.
		if (form.outsideReferences() != null && !errors.hasFieldErrors("outsideReferences")) {
			String[] lines = form.outsideReferences().split("\n");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (!line.isEmpty() && !WEB_ADDRESS.matcher(line).matches()) {
					errors.rejectValue("outsideReferences", "valid.oneWebAddressALine", new Object[] { i + 1 },
							"Line {0} is not a web address: give one full address (https://\u2026) on each line.");
					break;
				}
			}
		}
	}

	private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern
		.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?");

	@Override
	public FormChoices choices() {
		return FormChoices.of(DisputeForm.class, Map.of("sourceId", this.sources.choices()));
	}

}
