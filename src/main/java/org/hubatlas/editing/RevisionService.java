package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hubatlas.common.DataVersion;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change made through the admin pages, in the same transaction as the
 * change itself.
 */
@Service
@Transactional(readOnly = true)
public class RevisionService {

	private static final TypeReference<LinkedHashMap<String, List<String>>> PARAMS = new TypeReference<>() {
	};

	private final RevisionRepository revisions;

	private final DataVersion dataVersion;

	private final JsonMapper json = JsonMapper.builder().build();

	RevisionService(RevisionRepository revisions, DataVersion dataVersion) {
		this.revisions = revisions;
		this.dataVersion = dataVersion;
	}

	/**
	 * Joins the caller's transaction, so that a change and its history commit or roll
	 * back together. A change that did not come through a form (a data pack) has a note
	 * saying where it came from; null otherwise.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Revision record(String type, Long id, String name, Revision.Action action, AdminForm before, AdminForm after,
			String note) {
		// Every recorded change is a change of the data: cached pages rendered before it
		// are stale.
		this.dataVersion.changed();
		return this.revisions.save(new Revision(type, id, name, action, currentUser(),
				LocalDateTime.now(ZoneOffset.UTC), snapshot(before), snapshot(after), note));
	}

	/** How many changes an edit page shows at a time, newest first. */
	public static final int HISTORY_PAGE_SIZE = 10;

	/**
	 * One revision with its changes, labelled as on the form, and the labels of the
	 * fields it changed that a later change changed again: undoing it loses those.
	 */
	public record RevisionView(Revision revision, List<FieldChange> changes, List<String> changedAgain) {

		/** Those labels as a list in the reader's language. */
		public String changedAgainShown() {
			return InterfaceText.list(this.changedAgain);
		}

	}

	/**
	 * One page of a record's history: its changes, which page (from 1) of how many, and
	 * how many changes there are in all.
	 */
	public record HistoryPage(List<RevisionView> revisions, int number, int totalPages, long total) {

		public static final HistoryPage NONE = new HistoryPage(List.of(), 1, 0, 0);

		public int firstShown() {
			return (this.number - 1) * HISTORY_PAGE_SIZE + 1;
		}

		public int lastShown() {
			return firstShown() + this.revisions.size() - 1;
		}

	}

	/**
	 * One page (from 1) of a record's changes, newest first, each labelled as on the form
	 * and with stored ids and constants shown by their names.
	 */
	public HistoryPage history(String type, Long id, int page, Map<String, String> labels, FormChoices choices) {
		Page<Revision> revisions = this.revisions.findHistory(type, id, PageRequest.of(page - 1, HISTORY_PAGE_SIZE));
		// The fields each change of the page and every later one changed, in one query.
		Map<Long, Set<String>> changedBy = new LinkedHashMap<>();
		revisions.getContent()
			.stream()
			.mapToLong(Revision::getId)
			.min()
			.ifPresent((oldest) -> this.revisions.findLaterChanges(type, id, oldest - 1)
				.forEach((r) -> changedBy.put(r.getId(), fieldsChanged(r))));
		List<RevisionView> views = revisions.getContent()
			.stream()
			.map((r) -> new RevisionView(r, changes(r, labels, choices), changedAgain(r, changedBy, labels)))
			.toList();
		return new HistoryPage(views, page, revisions.getTotalPages(), revisions.getTotalElements());
	}

	/** The labels of the fields a change altered that a later change altered again. */
	private static List<String> changedAgain(Revision revision, Map<Long, Set<String>> changedBy,
			Map<String, String> labels) {
		if (revision.getBeforeJson() == null) {
			return List.of();
		}
		Set<String> mine = changedBy.getOrDefault(revision.getId(), Set.of());
		Set<String> again = new LinkedHashSet<>();
		changedBy.forEach((later, fields) -> {
			if (later > revision.getId()) {
				fields.stream().filter(mine::contains).forEach(again::add);
			}
		});
		return again.stream().map((field) -> labels.getOrDefault(field, field)).toList();
	}

	/** The names of the fields a change altered. */
	private Set<String> fieldsChanged(Revision revision) {
		Map<String, List<String>> before = (revision.getBeforeJson() != null)
				? this.json.readValue(revision.getBeforeJson(), PARAMS) : Map.of();
		Map<String, List<String>> after = (revision.getAfterJson() != null)
				? this.json.readValue(revision.getAfterJson(), PARAMS) : Map.of();
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		names.removeIf((name) -> "version".equals(name) || Objects.equals(before.get(name), after.get(name)));
		return names;
	}

	/** A revision's stored values (its before or after), as a form's parameters. */
	public Map<String, List<String>> valuesOf(String json) {
		return (json != null) ? this.json.readValue(json, PARAMS) : Map.of();
	}

	/** The record's deletion, when its newest change deleted it. */
	public Optional<Revision> deletion(String type, long id) {
		return this.revisions.findHistory(type, id, PageRequest.of(0, 1))
			.stream()
			.filter((r) -> r.getAction() == Revision.Action.DELETE)
			.findFirst();
	}

	/** Whether an admin has edited or restored the record since it was written. */
	public boolean editedByHand(String type, long id) {
		return this.revisions.existsByEntityTypeAndEntityIdAndActionIn(type, id,
				List.of(Revision.Action.UPDATE, Revision.Action.RESTORE));
	}

	/**
	 * The highest id any record of the kind has had, deleted ones too, as its history
	 * knows it; 0 when none.
	 */
	public long highestIdEverHeld(String type) {
		Long highest = this.revisions.findHighestEntityId(type);
		return (highest != null) ? highest : 0;
	}

	public List<Revision> latest(int count) {
		return this.revisions.findLatest(PageRequest.of(0, count));
	}

	public Revision get(String type, Long entityId, Long revisionId) {
		Revision revision = this.revisions.findById(revisionId)
			.filter((r) -> r.getEntityType().equals(type) && r.getEntityId().equals(entityId))
			.orElseThrow(() -> new NotFoundException("revision", String.valueOf(revisionId)));
		if (revision.getBeforeJson() == null) {
			throw new NotFoundException("revision with values to restore", String.valueOf(revisionId));
		}
		return revision;
	}

	/**
	 * The fields a change altered, each with the values it had before, as request
	 * parameters to bind a form to: binding them undoes that change and only it, so a
	 * later change to another field stays.
	 */
	public Map<String, List<String>> valuesItReplaced(Revision revision) {
		Map<String, List<String>> before = this.json.readValue(revision.getBeforeJson(), PARAMS);
		Map<String, List<String>> after = (revision.getAfterJson() != null)
				? this.json.readValue(revision.getAfterJson(), PARAMS) : Map.of();
		Map<String, List<String>> replaced = new LinkedHashMap<>();
		before.forEach((name, values) -> {
			if (!Objects.equals(values, after.get(name))) {
				replaced.put(name, values);
			}
		});
		return replaced;
	}

	/**
	 * Field by field, what a revision changed, labelled as on the form, with stored
	 * values (ids, constants) shown by their names where valueLabels knows them.
	 */
	public List<FieldChange> changes(Revision revision, Map<String, String> labels, FormChoices choices) {
		Map<String, List<String>> before = (revision.getBeforeJson() != null)
				? this.json.readValue(revision.getBeforeJson(), PARAMS) : Map.of();
		Map<String, List<String>> after = (revision.getAfterJson() != null)
				? this.json.readValue(revision.getAfterJson(), PARAMS) : Map.of();
		Set<String> names = new LinkedHashSet<>(labels.keySet());
		names.addAll(before.keySet());
		names.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			if ("version".equals(name)) {
				continue;
			}
			String was = before.containsKey(name) ? choices.shown(name, before.get(name)) : null;
			String now = after.containsKey(name) ? choices.shown(name, after.get(name)) : null;
			if (revision.getAction() == Revision.Action.CREATE || revision.getAction() == Revision.Action.DELETE
					|| !Objects.equals(was, now)) {
				changes.add(new FieldChange(name, labels.getOrDefault(name, name), was, now));
			}
		}
		return changes;
	}

	private String snapshot(AdminForm form) {
		if (form == null) {
			return null;
		}
		Map<String, List<String>> params = new LinkedHashMap<>(form.params());
		params.remove("version");
		return this.json.writeValueAsString(params);
	}

	/**
	 * Who is making the change: the signed-in admin, or "system" for changes made at
	 * start-up.
	 */
	public static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.isAuthenticated()) ? auth.getName() : "system";
	}

}
