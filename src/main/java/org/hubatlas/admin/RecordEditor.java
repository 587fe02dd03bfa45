package org.hubatlas.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.hubatlas.common.ChineseNamed;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.Reference;
import org.hubatlas.common.VersionedEntity;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.DeletedAlong;
import org.hubatlas.editing.FieldLabels;
import org.hubatlas.editing.FormerAddresses;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.editing.Revision;
import org.hubatlas.editing.RevisionService;
import org.hubatlas.editing.Slugged;

import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SimpleErrors;

/**
 * The one write path of every record kind, from an admin form or a data pack: check the
 * form's rules and the kind's, write, and record the revision, in one transaction; an
 * edit only from the version that was loaded, a delete only when nothing points at the
 * record. Also the reads of the admin pages, each in one read-only transaction.
 */
@Service
public class RecordEditor {

	private final RevisionService revisions;

	private final Validator validator;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final FieldLabels labels;

	private final RecordKinds kinds;

	private final FormerAddresses addresses;

	private final List<DeletedAlong> deletedAlong;

	RecordEditor(RevisionService revisions, FieldLabels labels, Validator validator,
			PlatformTransactionManager transactions, RecordKinds kinds, FormerAddresses addresses,
			List<DeletedAlong> deletedAlong) {
		this.revisions = revisions;
		this.deletedAlong = deletedAlong;
		this.addresses = addresses;
		this.kinds = kinds;
		this.labels = labels;
		this.validator = validator;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * A page of the list as its table, and how many records of the kind lack their
	 * Chinese.
	 */
	<E extends VersionedEntity> ListPage<E> list(RecordKind<E, ?> kind, ListQuery query) {
		return this.reading.execute((status) -> {
			// A page beyond the last is no page, as on the public lists.
			Page<E> page = PageNumber.existing(kind.page(query));
			return new ListPage<>(page, kind.table(page.getContent()), kind.repository().countWithoutChinese());
		});
	}

	record ListPage<E>(Page<E> page, ListTable table, long withoutChinese) {
	}

	/** Everything an admin form page shows. */
	record EditPage(AdminForm form, Long id, String name, String publicUrl, RevisionService.HistoryPage history,
			FormChoices choices) {
	}

	/** The empty form with its choices. */
	<F extends AdminForm> EditPage newPage(RecordKind<?, F> kind) {
		return this.reading.execute((status) -> {
			F empty = kind.emptyForm();
			return new EditPage(empty, null, null, null, RevisionService.HistoryPage.NONE, kind.choices(empty));
		});
	}

	/** The record's form, name, public page, history and choices, loading it once. */
	<E extends VersionedEntity, F extends AdminForm> EditPage editPage(RecordKind<E, F> kind, long id,
			int historyPage) {
		return this.reading.execute((status) -> {
			E entity = load(kind, id);
			return page(kind, entity, kind.toForm(entity), historyPage);
		});
	}

	/** The page again with the admin's input, after a save that was refused. */
	@SuppressWarnings("unchecked")
	<E extends VersionedEntity, F extends AdminForm> EditPage formAgain(RecordKind<E, F> kind, Long id,
			AdminForm input) {
		return this.reading.execute((status) -> (id == null)
				? new EditPage(input, null, null, null, RevisionService.HistoryPage.NONE, kind.choices((F) input))
				: page(kind, load(kind, id), (F) input, 1));
	}

	private <E extends VersionedEntity, F extends AdminForm> EditPage page(RecordKind<E, F> kind, E entity, F form,
			int historyPage) {
		// The names of every value the kind stores, whatever this form lists.
		FormChoices choices = kind.choices(form);
		RevisionService.HistoryPage history = this.revisions.history(kind.key(), entity.getId(), historyPage,
				labels(kind), choices);
		return new EditPage(form, entity.getId(), kind.shownName(entity), kind.publicUrl(entity), history, choices);
	}

	/**
	 * Who deleted the record and when, read when a save finds it gone: empty when its
	 * history does not end with a deletion.
	 */
	Optional<Revision> deletion(RecordKind<?, ?> kind, long id) {
		return this.reading.execute((status) -> this.revisions.deletion(kind.key(), id));
	}

	/** A deleted record's last values, bound to its kind's form as a submit would be. */
	BindingResult lastValues(RecordKind<?, ?> kind, Revision deletion) {
		return bound(kind, this.revisions.valuesOf(deletion.getBeforeJson()));
	}

	/** The labels of the form's fields, as the form shows them. */
	Map<String, String> labels(RecordKind<?, ?> kind) {
		return this.labels.of(kind.key(), AdminForm.fieldsOf(kind.formType()));
	}

	/**
	 * The changed records as the pages show them, in the order of the changes: their
	 * names (a record that still exists and is named in Chinese shows that name to a
	 * Chinese reader; any other keeps the name its history stored), and which of them
	 * still exist, so that only those link to their edit page (one query a kind of
	 * record).
	 */
	ChangedRecords changedRecords(List<Revision> changes) {
		List<String> names = new ArrayList<>(changes.stream().map(Revision::getEntityName).toList());
		Set<String> held = new HashSet<>();
		this.reading.executeWithoutResult((status) -> changes.stream()
			.filter((change) -> change.getAction() != Revision.Action.DELETE)
			.map(Revision::getEntityType)
			.distinct()
			.forEach((key) -> {
				RecordKind<?, ?> kind = this.kinds.byKey(key, RecordKind.class);
				if (kind != null) {
					shownNames(kind, changes, names, held);
				}
			}));
		return new ChangedRecords(names, held);
	}

	/** Changed records' names, and the "kind:id" of those that still exist. */
	record ChangedRecords(List<String> names, Set<String> held) {

		public boolean held(Revision change) {
			return this.held.contains(change.getEntityType() + ":" + change.getEntityId());
		}

	}

	private <E extends VersionedEntity> void shownNames(RecordKind<E, ?> kind, List<Revision> changes,
			List<String> names, Set<String> held) {
		List<Long> ids = changes.stream()
			.filter((change) -> change.getEntityType().equals(kind.key()))
			.map(Revision::getEntityId)
			.toList();
		Map<Long, E> records = new HashMap<>();
		kind.repository().findAllById(ids).forEach((record) -> records.put(record.getId(), record));
		records.keySet().forEach((id) -> held.add(kind.key() + ":" + id));
		for (int i = 0; i < changes.size(); i++) {
			Revision change = changes.get(i);
			E record = records.get(change.getEntityId());
			// Only names held in the record's own row: no lazy loading per change.
			if (InterfaceText.chinese() && change.getEntityType().equals(kind.key())
					&& record instanceof ChineseNamed) {
				names.set(i, kind.shownName(record));
			}
		}
	}

	/**
	 * The record's name, as the pages show it, and what still points at it: what a delete
	 * would answer, asked before it is confirmed; 404 when there is no record.
	 */
	<E extends VersionedEntity> DeleteResult deletable(RecordKind<E, ?> kind, long id) {
		return this.reading.execute((status) -> {
			E entity = load(kind, id);
			List<Reference> references = kind.references(entity);
			return new DeleteResult(kind.shownName(entity), references, references.isEmpty()
					? along(kind.key(), id).stream().map(DeletedAlong.Naming::shown).toList() : List.of());
		});
	}

	/** How a save or restore ended. */
	sealed interface SaveResult {

		/**
		 * Written, with the record's id and name for the flash message; unchanged when
		 * every field was already as saved (no revision then).
		 */
		record Saved(long id, String name, boolean changed) implements SaveResult {
		}

		/** Refused with messages on the form's fields. */
		record Invalid() implements SaveResult {
		}

		/** Refused because the record changed since the form was loaded. */
		record Conflict(AdminForm saved, long savedVersion) implements SaveResult {

			/**
			 * Both changes over the saved version: each field the input changed from what
			 * the page loaded takes the input, every other keeps what was saved since;
			 * where both changed a field (or what the page loaded is not known), the
			 * input is kept. Also, for each field that differs, which is kept: "mine",
			 * "theirs" or "both".
			 */
			Merged merged(AdminForm input, Map<String, List<String>> loaded) {
				Map<String, List<String>> theirs = this.saved.params();
				Map<String, List<String>> both = new LinkedHashMap<>(theirs);
				Map<String, String> kept = new LinkedHashMap<>();
				input.params().forEach((field, values) -> {
					if (!"version".equals(field) && !Objects.equals(values, theirs.get(field))) {
						boolean mineChanged = !loaded.containsKey(field) || !Objects.equals(values, loaded.get(field));
						boolean theirsChanged = !loaded.containsKey(field)
								|| !Objects.equals(theirs.get(field), loaded.get(field));
						if (mineChanged) {
							both.put(field, values);
						}
						kept.put(field, (mineChanged && theirsChanged) ? "both" : mineChanged ? "mine" : "theirs");
					}
				});
				both.put("version", List.of(String.valueOf(this.savedVersion)));
				return new Merged(both, kept);
			}

		}

	}

	/** A conflict's two changes as one form's values, and which side each field keeps. */
	record Merged(Map<String, List<String>> params, Map<String, String> kept) {

	}

	/**
	 * Checks and writes a new record (id null) or an edit in one transaction: nothing is
	 * written when the form breaks a rule (the messages go on its fields) or when the
	 * record changed since the form was loaded. A unique key taken by a save that
	 * committed in between becomes a message on its field, as if the check had seen it.
	 */
	<E extends VersionedEntity, F extends AdminForm> SaveResult save(RecordKind<E, F> kind, Long id, F form,
			Errors errors) {
		try {
			return this.writing.execute((status) -> {
				E entity = (id != null) ? load(kind, id) : null;
				if (entity != null && (form.version() == null || form.version() != entity.getVersion())) {
					status.setRollbackOnly();
					return new SaveResult.Conflict(kind.toForm(entity), entity.getVersion());
				}
				checkRules(kind, form, id, errors);
				kind.checkEdit(form, id, errors);
				if (errors.hasErrors()) {
					status.setRollbackOnly();
					return new SaveResult.Invalid();
				}
				F before = (entity != null) ? kind.toForm(entity) : null;
				Written<E> written = write(kind, entity, before, form,
						(entity == null) ? Revision.Action.CREATE : Revision.Action.UPDATE, null);
				return new SaveResult.Saved(written.record().getId(), kind.shownName(written.record()),
						written.changed());
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return this.reading.execute((status) -> {
				E saved = load(kind, id);
				return new SaveResult.Conflict(kind.toForm(saved), saved.getVersion());
			});
		}
		catch (DataIntegrityViolationException ex) {
			this.reading.executeWithoutResult((status) -> checkRules(kind, form, id, errors));
			if (!errors.hasErrors()) {
				errors.reject("valid.clash", "This could not be saved because it clashes with a record saved at the "
						+ "same moment. Check the values and save again.");
			}
			return new SaveResult.Invalid();
		}
	}

	/**
	 * The kind's rules over a form whose fields broke their own, so that a refused save
	 * says everything to correct at once. Writes nothing.
	 */
	<F extends AdminForm> void checkToo(RecordKind<?, F> kind, Long id, F form, Errors errors) {
		this.reading.executeWithoutResult((status) -> {
			checkRules(kind, form, id, errors);
			kind.checkEdit(form, id, errors);
		});
	}

	private <E extends VersionedEntity, F extends AdminForm> E checkAndWrite(RecordKind<E, F> kind, E entity, F before,
			F form, Errors errors, Revision.Action action, String note) {
		check(kind, form, (entity != null) ? entity.getId() : null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return write(kind, entity, before, form, action, note).record();
	}

	/** The form's field rules, in the form's order, then the kind's. */
	private <F extends AdminForm> void check(RecordKind<?, F> kind, F form, Long id, Errors errors) {
		List<String> fields = form.fields();
		this.validator.validate(form)
			.stream()
			.sorted(Comparator.comparingInt((v) -> fields.indexOf(v.getPropertyPath().toString())))
			.forEach((v) -> errors.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage()));
		checkRules(kind, form, id, errors);
	}

	/**
	 * The rules that need the database: a slug (or key) the record's own, then the
	 * kind's.
	 */
	private <E extends VersionedEntity, F extends AdminForm> void checkRules(RecordKind<E, F> kind, F form, Long id,
			Errors errors) {
		if (form instanceof Slugged slugged) {
			this.addresses.checkOwn(kind, slugged, id, errors);
		}
		kind.check(form, id, errors);
	}

	/**
	 * Fills the fields of a record that are empty now with values that came from
	 * elsewhere (a data pack's, by form field name), inside the caller's transaction: the
	 * same binding, rules, check and revision as the admin form. A field that holds
	 * something keeps it: an editor's words are never replaced. With no record, creates
	 * one from the values.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E extends VersionedEntity, F extends AdminForm> Filled<E> fill(RecordKind<E, F> kind, E entity,
			Map<String, String> values, String note) {
		F held = (entity != null) ? kind.toForm(entity) : kind.emptyForm();
		Map<String, List<String>> params = new LinkedHashMap<>(held.params());
		boolean filled = false;
		for (Map.Entry<String, String> value : values.entrySet()) {
			List<String> now = params.get(value.getKey());
			boolean empty = now == null || now.stream().allMatch(String::isBlank);
			if (empty && value.getValue() != null && !value.getValue().isBlank()) {
				params.put(value.getKey(), List.of(value.getValue().strip()));
				filled = true;
			}
		}
		if (!filled) {
			return new Filled<>(null, List.of());
		}
		Bound<E> bound = bindAndWrite(kind, entity, (entity != null) ? held : null, params, Revision.Action.IMPORT,
				note);
		return new Filled<>(bound.written(), described(kind, bound.result().getAllErrors()));
	}

	/**
	 * How a fill ended: the record written, or what the rules refused, each named by its
	 * field's label (nothing written then); neither when there was nothing to fill.
	 */
	public record Filled<E>(E record, List<String> refusals) {

		public boolean refused() {
			return !this.refusals.isEmpty();
		}

	}

	/**
	 * What an admin's save of this form would refuse, for a record that came from
	 * elsewhere (a data pack's row, made into the kind's form): the form's field rules,
	 * then the kind's check, each as "field label: message". The id is the record the row
	 * would change (null for a new one); the fields waived are those the caller settles
	 * itself before its transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <F extends AdminForm> List<String> refusals(RecordKind<?, F> kind, F form, Long id, Set<String> waived) {
		Errors errors = new SimpleErrors(form, "form");
		// A check passes over a field that has an error already: marked so, a waived
		// field costs it nothing.
		waived.forEach((field) -> errors.rejectValue(field, "waived"));
		check(kind, form, id, errors);
		return described(kind,
				errors.getAllErrors()
					.stream()
					.filter((e) -> !(e instanceof FieldError field && waived.contains(field.getField())))
					.toList());
	}

	/**
	 * Writes a record that came from elsewhere, after {@link #refusals} found nothing to
	 * refuse in the same transaction: the kind's write, as an admin's save, and a
	 * revision with the note saying where it came from.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E extends VersionedEntity, F extends AdminForm> E imported(RecordKind<E, F> kind, E entity, F form,
			String note) {
		return write(kind, entity, (entity != null) ? kind.toForm(entity) : null, form, Revision.Action.IMPORT, note)
			.record();
	}

	/** Each refusal as "field label: message", in the reader's language. */
	private List<String> described(RecordKind<?, ?> kind, List<ObjectError> errors) {
		Map<String, String> labels = labels(kind);
		return errors.stream()
			.map((e) -> (e instanceof FieldError field)
					? InterfaceText.message("admin.refusal.field", "{0}: {1}",
							labels.getOrDefault(field.getField(), field.getField()), InterfaceText.message(e))
					: InterfaceText.message(e))
			.toList();
	}

	/**
	 * Writes the form and records the revision from what the form held before; a write
	 * that left every field as it was is no change, and adds none to the history.
	 */
	private <E extends VersionedEntity, F extends AdminForm> Written<E> write(RecordKind<E, F> kind, E entity, F before,
			F form, Revision.Action action, String note) {
		// The form's values once: a pack writes hundreds of records.
		Map<String, List<String>> was = (before != null) ? before.params() : null;
		Map<String, List<String>> given = form.params();
		// Only a new slug (or code) moves a page: no lookup of a page for any other
		// write.
		boolean readdressed = was != null && (!Objects.equals(was.get("slug"), given.get("slug"))
				|| !Objects.equals(was.get("code"), given.get("code")));
		String from = readdressed ? kind.publicUrl(entity) : null;
		E saved = kind.write(entity, form);
		String to = (from != null) ? kind.publicUrl(saved) : null;
		if (from != null && to != null && !from.equals(to)) {
			// A new slug: links to the old address still lead here.
			this.addresses.moved(from, to);
		}
		F after = kind.toForm(saved);
		boolean changed = was == null || !sameValues(was, after.params());
		if (changed && was != null) {
			saved.markChanged();
		}
		if (changed) {
			this.revisions.record(kind.key(), saved.getId(), kind.nameOf(saved), action, before, after, note);
		}
		return new Written<>(saved, changed);
	}

	/** A record as written, and whether the write changed any field (a revision then). */
	private record Written<E>(E record, boolean changed) {
	}

	/** Whether two forms' values of a record are the same, whatever their versions. */
	private static boolean sameValues(Map<String, List<String>> one, Map<String, List<String>> other) {
		Map<String, List<String>> a = new LinkedHashMap<>(one);
		Map<String, List<String>> b = new LinkedHashMap<>(other);
		a.remove("version");
		b.remove("version");
		return a.equals(b);
	}

	/**
	 * Undoes one change: binds the values its fields had before it, and the record's
	 * other values as they are now, to the form as a submit would (the same constructor
	 * binding and rules) and saves them as a new revision, in one transaction. A later
	 * change to another field stays. Invalid values are reported and nothing is written.
	 */
	<E extends VersionedEntity, F extends AdminForm> Restored restore(RecordKind<E, F> kind, long id, long revisionId) {
		return this.writing.execute((status) -> {
			E entity = load(kind, id);
			F now = kind.toForm(entity);
			Map<String, List<String>> values = new LinkedHashMap<>(now.params());
			Map<String, List<String>> undone = this.revisions
				.valuesItReplaced(this.revisions.get(kind.key(), id, revisionId));
			values.putAll(undone);
			Bound<E> bound = bindAndWrite(kind, entity, now, values, Revision.Action.RESTORE, null);
			if (bound.written() == null) {
				status.setRollbackOnly();
			}
			return new Restored(bound.result(), List.copyOf(undone.keySet()));
		});
	}

	/** How an undo ended, and the fields it put back. */
	record Restored(BindingResult result, List<String> fields) {
	}

	/**
	 * Binds values that came from elsewhere (a revision, a data pack) to the kind's form
	 * through its constructor, as a submit's parameters are bound, then checks and writes
	 * them as a save would. Written is null when anything was refused.
	 */
	private <E extends VersionedEntity, F extends AdminForm> Bound<E> bindAndWrite(RecordKind<E, F> kind, E entity,
			F before, Map<String, List<String>> values, Revision.Action action, String note) {
		BindingResult result = bound(kind, values);
		@SuppressWarnings("unchecked")
		F form = (F) result.getTarget();
		E written = (form != null && !result.hasErrors())
				? checkAndWrite(kind, entity, before, form, result, action, note) : null;
		return new Bound<>(written, result);
	}

	/**
	 * Values that came from elsewhere (a revision, a data pack, a save kept over a
	 * sign-in) bound to the kind's form through its constructor, as a submit's
	 * parameters: a value that did not convert is an error on its field, kept as typed.
	 */
	BindingResult bound(RecordKind<?, ?> kind, Map<String, List<String>> values) {
		DataBinder binder = new DataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(kind.formType()));
		binder.construct(new StoredValues(values));
		if (binder.getTarget() == null) {
			return binder.getBindingResult();
		}
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(binder.getTarget(), "form");
		result.addAllErrors(binder.getBindingResult());
		return result;
	}

	private record Bound<E>(E written, BindingResult result) {
	}

	/**
	 * A revision's stored values, as the constructor binding reads request parameters.
	 */
	private record StoredValues(Map<String, List<String>> values) implements DataBinder.ValueResolver {

		@Override
		public Object resolveValue(String name, Class<?> type) {
			List<String> list = this.values.get(name);
			return (list == null || list.isEmpty()) ? null : (list.size() == 1) ? list.get(0) : list.toArray();
		}

		@Override
		public Set<String> getNames() {
			return this.values.keySet();
		}

	}

	/** What else loses the record when it is deleted, from every feature that says. */
	private List<DeletedAlong.Naming> along(String kind, long id) {
		return this.deletedAlong.stream().flatMap((feature) -> feature.along(kind, id).stream()).toList();
	}

	/**
	 * How a delete ended: done, or refused with what still points at the record; and,
	 * asked before, what the delete takes the record out of.
	 */
	record DeleteResult(String name, List<Reference> references, List<Reference> along) {

		boolean deleted() {
			return this.references.isEmpty();
		}

	}

	/**
	 * Deletes the record with its revision in one transaction, unless other records still
	 * point at it.
	 */
	<E extends VersionedEntity, F extends AdminForm> DeleteResult delete(RecordKind<E, F> kind, long id) {
		return this.writing.execute((status) -> {
			E entity = load(kind, id);
			String shown = kind.shownName(entity);
			List<Reference> references = kind.references(entity);
			if (!references.isEmpty()) {
				return new DeleteResult(shown, references, List.of());
			}
			deleteWithRevision(kind, entity, null);
			return new DeleteResult(shown, List.of(), List.of());
		});
	}

	/**
	 * Deletes a record that came from elsewhere and should not have (a data pack's row an
	 * earlier version wrongly took in), inside the caller's transaction, with a revision
	 * whose note says why: the deletion shows in the record's history as an admin's
	 * would. The caller checks first that nothing points at it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <E extends VersionedEntity, F extends AdminForm> void retracted(RecordKind<E, F> kind, E entity,
			String note) {
		deleteWithRevision(kind, entity, note);
	}

	private <E extends VersionedEntity, F extends AdminForm> void deleteWithRevision(RecordKind<E, F> kind, E entity,
			String note) {
		long id = entity.getId();
		String name = kind.nameOf(entity);
		F before = kind.toForm(entity);
		String page = kind.publicUrl(entity);
		for (DeletedAlong.Naming naming : along(kind.key(), id)) {
			takeOut(this.kinds.byKey(naming.kind(), RecordKind.class), naming, name);
		}
		kind.delete(entity);
		if (page != null) {
			this.addresses.gone(page);
		}
		this.revisions.record(kind.key(), id, name, Revision.Action.DELETE, before, null, note);
	}

	/**
	 * Writes a record that names one being deleted without it, as a save of its form
	 * would: its history shows what it lost, with a note naming what was deleted.
	 */
	private <E extends VersionedEntity, F extends AdminForm> void takeOut(RecordKind<E, F> kind,
			DeletedAlong.Naming naming, String deleted) {
		E record = load(kind, naming.id());
		F before = kind.toForm(record);
		Map<String, List<String>> values = new LinkedHashMap<>(before.params());
		List<String> kept = new ArrayList<>(values.getOrDefault(naming.field(), List.of()));
		kept.remove(naming.value());
		values.put(naming.field(), kept);
		@SuppressWarnings("unchecked")
		F after = (F) bound(kind, values).getTarget();
		write(kind, record, before, after, Revision.Action.UPDATE, Revision.TOOK_OUT_DELETED + deleted);
	}

	private static <E extends VersionedEntity> E load(RecordKind<E, ?> kind, long id) {
		return kind.find(id).orElseThrow(() -> NotFoundException.numbered(kind.what(), id));
	}

}
