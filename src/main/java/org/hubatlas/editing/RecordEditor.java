package org.hubatlas.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.VersionedEntity;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;

/**
 * The writes every admin editor shares, each in one transaction with its revision:
 * create, update only from the version that was loaded, restore, and delete only when
 * nothing points at the record; and the reads of the admin pages, each page in one
 * read-only transaction. What differs per kind of record comes from its
 * {@link EditableType}.
 */
@Service
public class RecordEditor {

	private final RevisionService revisions;

	private final Validator validator;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final FieldLabels labels;

	RecordEditor(RevisionService revisions, FieldLabels labels, Validator validator,
			PlatformTransactionManager transactions) {
		this.revisions = revisions;
		this.labels = labels;
		this.validator = validator;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** A page of the list with what the list shows about each record. */
	public <E extends VersionedEntity, F extends AdminForm> ListPage<E> list(EditableType<E, F> type, ListQuery query) {
		return this.reading.execute((status) -> {
			Page<E> page = type.page(query);
			return new ListPage<>(page, type.listDetails(page.getContent()));
		});
	}

	public record ListPage<E>(Page<E> page, Map<String, Object> details) {
	}

	/** The empty form with its choices. */
	public <E extends VersionedEntity, F extends AdminForm> EditPage<F> newPage(EditableType<E, F> type) {
		return this.reading.execute((status) -> new EditPage<>(type.emptyForm(), null, null, null,
				AdminPages.HistoryPage.NONE, type.choices()));
	}

	/**
	 * The record's form, name, public page, history and choices, loading the record once.
	 */
	public <E extends VersionedEntity, F extends AdminForm> EditPage<F> editPage(EditableType<E, F> type, long id,
			int historyPage) {
		return this.reading.execute((status) -> {
			E entity = load(type, id);
			return page(type, entity, type.toForm(entity), historyPage);
		});
	}

	/** The page again with the admin's input, after a save that was refused. */
	public <E extends VersionedEntity, F extends AdminForm> EditPage<F> formAgain(EditableType<E, F> type, Long id,
			F input) {
		return this.reading.execute((status) -> (id == null)
				? new EditPage<>(input, null, null, null, AdminPages.HistoryPage.NONE, type.choices())
				: page(type, load(type, id), input, 1));
	}

	private <E extends VersionedEntity, F extends AdminForm> EditPage<F> page(EditableType<E, F> type, E entity, F form,
			int historyPage) {
		FormChoices choices = type.choices();
		AdminPages.HistoryPage history = AdminPages.history(this.revisions,
				this.revisions.history(type.type(), entity.getId(), historyPage), labels(type), choices.valueLabels());
		return new EditPage<>(form, entity.getId(), type.nameOf(entity), type.publicUrl(entity), history, choices);
	}

	/** The labels of the form's fields, as the form shows them. */
	public <E extends VersionedEntity, F extends AdminForm> Map<String, String> labels(EditableType<E, F> type) {
		return this.labels.of(type.type(), type.emptyForm().fields());
	}

	/** The record's name; 404 when there is none. */
	public <E extends VersionedEntity, F extends AdminForm> String nameOf(EditableType<E, F> type, long id) {
		return this.reading.execute((status) -> type.nameOf(load(type, id)));
	}

	/**
	 * Checks and writes a new record (id null) or an edit in one transaction: nothing is
	 * written when the form breaks a rule (the messages go on its fields) or when the
	 * record changed since the form was loaded. A unique key taken by a save that
	 * committed in between becomes a message on its field, as if the check had seen it.
	 */
	public <E extends VersionedEntity, F extends AdminForm> SaveResult<F> save(EditableType<E, F> type, Long id, F form,
			Errors errors) {
		try {
			return this.writing.execute((status) -> {
				E entity = (id != null) ? load(type, id) : null;
				if (entity != null && (form.getVersion() == null || form.getVersion() != entity.getVersion())) {
					status.setRollbackOnly();
					return new SaveResult.Conflict<>(type.toForm(entity), entity.getVersion());
				}
				type.check(form, id, errors);
				if (errors.hasErrors()) {
					status.setRollbackOnly();
					return new SaveResult.Invalid<>();
				}
				return write(type, entity, form, (entity == null) ? Revision.Action.CREATE : Revision.Action.UPDATE);
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return this.reading.execute((status) -> {
				E saved = load(type, id);
				return new SaveResult.Conflict<>(type.toForm(saved), saved.getVersion());
			});
		}
		catch (DataIntegrityViolationException ex) {
			this.reading.executeWithoutResult((status) -> type.check(form, id, errors));
			if (!errors.hasErrors()) {
				errors.reject("clash", "This could not be saved because it clashes with a record saved at the same "
						+ "moment. Check the values and save again.");
			}
			return new SaveResult.Invalid<>();
		}
	}

	private <E extends VersionedEntity, F extends AdminForm> SaveResult<F> write(EditableType<E, F> type, E entity,
			F form, Revision.Action action) {
		F before = (entity != null) ? type.toForm(entity) : null;
		E target = (entity != null) ? entity : type.newEntity(form);
		type.apply(target, form);
		type.save(target);
		type.afterSave(target, form);
		String name = type.nameOf(target);
		this.revisions.record(type.type(), target.getId(), name, action, before, type.toForm(target));
		return new SaveResult.Saved<>(target.getId(), name);
	}

	/**
	 * Binds an earlier revision's values to the form, validates them as a submit would,
	 * and saves them as a new revision, in one transaction. Invalid values are reported
	 * in errors and nothing is written.
	 */
	public <E extends VersionedEntity, F extends AdminForm> RestoreResult<F> restore(EditableType<E, F> type, long id,
			long revisionId) {
		return this.writing.execute((status) -> {
			E entity = load(type, id);
			Revision revision = this.revisions.get(type.type(), id, revisionId);
			F values = type.emptyForm();
			DataBinder binder = new DataBinder(values);
			binder.bind(new MutablePropertyValues(asPropertyValues(this.revisions.valuesAfter(revision))));
			BindingResult result = binder.getBindingResult();
			this.validator.validate(values)
				.forEach((v) -> result.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage()));
			type.check(values, id, result);
			if (result.hasErrors()) {
				status.setRollbackOnly();
				return new RestoreResult<>(values, result);
			}
			write(type, entity, values, Revision.Action.RESTORE);
			return new RestoreResult<>(values, result);
		});
	}

	public record RestoreResult<F extends AdminForm>(F values, BindingResult result) {
	}

	/**
	 * Deletes the record with its revision in one transaction, unless other records still
	 * point at it.
	 */
	public <E extends VersionedEntity, F extends AdminForm> DeleteResult delete(EditableType<E, F> type, long id) {
		return this.writing.execute((status) -> {
			E entity = load(type, id);
			String name = type.nameOf(entity);
			List<String> references = type.references(entity);
			if (!references.isEmpty()) {
				return new DeleteResult(name, references);
			}
			F before = type.toForm(entity);
			type.delete(entity);
			this.revisions.record(type.type(), id, name, Revision.Action.DELETE, before, null);
			return new DeleteResult(name, List.of());
		});
	}

	private static <E extends VersionedEntity, F extends AdminForm> E load(EditableType<E, F> type, long id) {
		return type.find(id).orElseThrow(() -> new NotFoundException(type.what(), String.valueOf(id)));
	}

	private static Map<String, Object> asPropertyValues(Map<String, List<String>> params) {
		Map<String, Object> values = new LinkedHashMap<>();
		params
			.forEach((name, list) -> values.put(name, list.isEmpty() ? null : (list.size() == 1) ? list.get(0) : list));
		return values;
	}

}
