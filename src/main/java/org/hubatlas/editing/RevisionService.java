package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hubatlas.common.DataVersion;
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
	 * back together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Revision record(String type, Long id, String name, Revision.Action action, AdminForm before,
			AdminForm after) {
		Revision revision = new Revision(type, id, name, action, currentUser(), LocalDateTime.now(ZoneOffset.UTC),
				snapshot(before), snapshot(after));
		// Every recorded change is a change of the data: cached pages rendered before it
		// are stale.
		this.dataVersion.changed();
		return this.revisions.save(revision);
	}

	/**
	 * Records a change that did not come through a form (a data pack), with a note saying
	 * where it came from.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Revision record(String type, Long id, String name, Revision.Action action, AdminForm before, AdminForm after,
			String note) {
		Revision revision = new Revision(type, id, name, action, currentUser(), LocalDateTime.now(ZoneOffset.UTC),
				snapshot(before), snapshot(after));
		revision.setNote(note);
		this.dataVersion.changed();
		return this.revisions.save(revision);
	}

	/** How many changes an edit page shows at a time, newest first. */
	public static final int HISTORY_PAGE_SIZE = 10;

	/** One page (from 1) of a record's changes, newest first. */
	public Page<Revision> history(String type, Long id, int page) {
		return this.revisions.findHistory(type, id, PageRequest.of(page - 1, HISTORY_PAGE_SIZE));
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
	 * The values the record had before a change, as request parameters to bind a form to:
	 * restoring them undoes that change.
	 */
	public Map<String, List<String>> valuesBefore(Revision revision) {
		return this.json.readValue(revision.getBeforeJson(), PARAMS);
	}

	/**
	 * Field by field, what a revision changed, labelled as on the form, with stored
	 * values (ids, constants) shown by their names where valueLabels knows them.
	 */
	public List<FieldChange> changes(Revision revision, Map<String, String> labels,
			Map<String, Map<String, String>> valueLabels) {
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
			String was = before.containsKey(name) ? AdminPages.show(name, before.get(name), valueLabels) : null;
			String now = after.containsKey(name) ? AdminPages.show(name, after.get(name), valueLabels) : null;
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
