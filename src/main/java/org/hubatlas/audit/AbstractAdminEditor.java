package org.hubatlas.audit;

import java.util.List;
import java.util.Map;

import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.StillReferencedException;
import org.hubatlas.common.Versioned;

import org.springframework.transaction.annotation.Transactional;

/**
 * The writes every admin editor shares, each in one transaction with its revision: create, update only from the
 * version that was loaded, restore, and delete only when nothing points at the record. A feature's service supplies
 * how to load, map and store its records.
 *
 * @param <E> the entity
 * @param <F> its admin form
 */
@Transactional(readOnly = true)
public abstract class AbstractAdminEditor<E extends Versioned, F extends AdminForm> implements AdminEditor<F> {

	private final String type;

	private final RevisionService revisions;

	private final Map<String, String> sorts;

	protected AbstractAdminEditor(String type, RevisionService revisions, Map<String, String> sorts) {
		this.type = type;
		this.revisions = revisions;
		this.sorts = sorts;
	}

	/** The record with everything its form needs; 404 when there is none. */
	protected abstract E load(long id);

	protected abstract F toForm(E entity);

	protected abstract E newEntity(F form);

	/** Copies the form onto the entity, resolving ids (hubs, sources) to records. */
	protected abstract void applyForm(E entity, F form);

	protected abstract String displayName(E entity);

	protected abstract long idOf(E entity);

	/** Saves and flushes, so that the new version and id are known. */
	protected abstract void store(E entity);

	/** Saves what the form holds beyond the entity's own row (join rows that need its id); nothing by default. */
	protected void afterStore(E entity, F form) {
	}

	/** What still points at the record, described for the admin; empty when it can go. */
	protected abstract List<String> references(E entity);

	/** Deletes the record (and what it owns) and flushes. */
	protected abstract void remove(E entity);

	@Override
	public Map<String, String> sorts() {
		return this.sorts;
	}

	@Override
	public F formFor(long id) {
		return toForm(load(id));
	}

	@Override
	public String nameOf(long id) {
		return displayName(load(id));
	}

	@Override
	public long version(long id) {
		return load(id).getVersion();
	}

	@Override
	@Transactional
	public long create(F form) {
		E entity = newEntity(form);
		applyForm(entity, form);
		store(entity);
		afterStore(entity, form);
		this.revisions.record(this.type, idOf(entity), displayName(entity), Revision.Action.CREATE, null,
				toForm(entity));
		return idOf(entity);
	}

	/** Saves the form unless the record changed since the form was loaded: then nothing is written. */
	@Override
	@Transactional
	public void update(long id, F form) {
		E entity = load(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			throw new EditConflictException(toForm(entity), entity.getVersion());
		}
		change(entity, form, Revision.Action.UPDATE);
	}

	/** Puts back the values of an earlier revision; the restore is itself recorded. */
	@Override
	@Transactional
	public void restore(long id, F values) {
		change(load(id), values, Revision.Action.RESTORE);
	}

	private void change(E entity, F form, Revision.Action action) {
		F before = toForm(entity);
		applyForm(entity, form);
		store(entity);
		afterStore(entity, form);
		this.revisions.record(this.type, idOf(entity), displayName(entity), action, before, toForm(entity));
	}

	@Override
	@Transactional
	public void delete(long id) {
		E entity = load(id);
		List<String> references = references(entity);
		if (!references.isEmpty()) {
			throw new StillReferencedException(displayName(entity), references);
		}
		F before = toForm(entity);
		String name = displayName(entity);
		remove(entity);
		this.revisions.record(this.type, id, name, Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(this.type, id);
	}

}
