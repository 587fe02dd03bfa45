package org.hubatlas.dispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.OptionGroups;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceQuotes;
import org.hubatlas.source.SourceRepository;
import org.hubatlas.source.SourceService;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit disputes: what is wrong or uncertain in a source, what is
 * known otherwise, and what it affects: hubs, companies, institutions and incentives, and
 * the figures and statements that quote its source. Deleting a dispute removes its links.
 */
@Component
record DisputeEditing(DisputeRepository disputes, DisputeLinkRepository links, SourceRepository sourceRecords,
		SourceService sources, SubjectDirectory subjects,
		List<SourceQuotes> quotes) implements RecordKind<Dispute, DisputeForm> {

	/** A key of a record a dispute can affect, as its form stores it. */
	private static final Pattern AFFECTED = Pattern.compile(
			"(?:" + Subject.KEY_PATTERN + "|(?:" + DisputeLink.FIGURE + "|" + DisputeLink.STATEMENT + ")\\d{1,18})");

	private static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "severity", "severity",
			"updated", "updatedAt");

	@Override
	public Description<Dispute, DisputeForm> description() {
		return new Description<>("dispute", "disputes", "dispute", DisputeForm.class,
				"title | titleZh | slug severity type confidence | sourceId | affects | quote:2 | issue:4 | issueZh:3 | knownOtherwise:4 | knownOtherwiseZh:3 | outsideReferences:3",
				this.disputes, SORTS, Dispute::getTitle, (dispute) -> pageOf(dispute.getSlug()), null);
	}

	/** A dispute's place on the corrections page, which links to it by its slug. */
	@Override
	public String pageOf(String slug) {
		return "/disputes#dispute-" + slug;
	}

	@Override
	public DisputeForm toForm(Dispute dispute) {
		return DisputeForm.from(dispute,
				this.disputes.findLinksOf(List.of(dispute.getId()))
					.stream()
					.map(DisputeLink::key)
					.sorted(IN_ORDER)
					.toList());
	}

	/**
	 * Keys in one fixed order, by kind, then by id: the same links read twice compare
	 * equal (the pages list them as the form does, {@link FormChoices#shown}).
	 */
	private static final Comparator<String> IN_ORDER = Comparator
		.comparing((String key) -> key.substring(0, key.indexOf(':')))
		.thenComparingLong((key) -> Long.parseLong(key.substring(key.indexOf(':') + 1)));

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
		Dispute saved = this.disputes.save(target);
		writeLinks(saved, (dispute != null) ? this.disputes.findLinksOf(List.of(saved.getId())) : List.of(),
				form.affects());
		return saved;
	}

	/** What the dispute affects, as the form lists it: a kept link stays as it is. */
	private void writeLinks(Dispute dispute, List<DisputeLink> held, List<String> affects) {
		Set<String> wanted = new LinkedHashSet<>(affects);
		for (DisputeLink link : held) {
			if (!wanted.remove(link.key())) {
				this.links.delete(link);
			}
		}
		wanted.forEach((key) -> this.links.save(DisputeLink.to(dispute, key)));
	}

	@Override
	public void check(DisputeForm form, Long id, Errors errors) {
		if (form.sourceId() != null && !this.sources.exists(form.sourceId())) {
			errors.rejectValue("sourceId", "valid.chooseASourceFromThe", "Choose a source from the list.");
		}
		// A blank entry (whitespace where a key belongs) is no record either.
		if (!form.affects().isEmpty() && !errors.hasFieldErrors("affects")) {
			if (!form.affects().stream().allMatch((key) -> key != null && AFFECTED.matcher(key).matches())) {
				errors.rejectValue("affects", "valid.chooseWhatItAffects", "Choose what it affects from the lists.");
			}
			else if (!allExist(form.affects())) {
				// Met when undoing a change to a record deleted since.
				errors.rejectValue("affects", "valid.affectedRecordGone",
						"A record it names has been deleted since: it can no longer be linked.");
			}
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

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?");

	private boolean allExist(List<String> keys) {
		Set<String> known = new HashSet<>();
		if (keys.stream().anyMatch(DisputeEditing::isQuote)) {
			this.quotes.forEach((kind) -> kind.all().forEach((quote) -> known.add(kind.kind() + ":" + quote.id())));
		}
		return keys.stream()
			.allMatch((key) -> isQuote(key) ? known.contains(key) : this.subjects.exists(Subject.parse(key)));
	}

	/** Whether the key names a figure or a statement, not a subject. */
	private static boolean isQuote(String key) {
		return key.startsWith(DisputeLink.FIGURE) || key.startsWith(DisputeLink.STATEMENT);
	}

	/** The names of everything a dispute can affect, for its history. */
	@Override
	public FormChoices choices() {
		return choices(null);
	}

	/**
	 * The names of everything a dispute can affect, and the form's lists: every hub,
	 * company, institution and incentive, and the figures and statements that quote the
	 * form's source or that it affects already.
	 */
	@Override
	public FormChoices choices(DisputeForm form) {
		Map<String, String> names = new LinkedHashMap<>();
		List<OptionGroups.Group> shown = new ArrayList<>();
		this.subjects.choices().forEach((heading, options) -> {
			names.putAll(options);
			shown.add(new OptionGroups.Group(heading, null, options));
		});
		for (SourceQuotes kind : this.quotes) {
			Map<String, String> listed = new LinkedHashMap<>();
			for (SourceQuotes.Quote quote : kind.all()) {
				String key = kind.kind() + ":" + quote.id();
				names.put(key, quote.label());
				if (form != null
						&& (Objects.equals(form.sourceId(), quote.sourceId()) || form.affects().contains(key))) {
					listed.put(key, quote.label());
				}
			}
			if (!listed.isEmpty()) {
				shown.add(new OptionGroups.Group(kind.heading(), null, listed));
			}
		}
		return FormChoices.of(DisputeForm.class, Map.of("sourceId", this.sources.choices(), "affects", names),
				Map.of("optionGroups", Map.of("affects", new OptionGroups(null, shown))));
	}

}
