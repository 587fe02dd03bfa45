package org.hubatlas.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hubatlas.common.ChineseNamed;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.Reference;
import org.hubatlas.common.VersionedEntity;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

/**
 * One kind of record the admin edits, described once by the feature that owns it: where
 * it lives, how it maps to and from its form, the rules that need the database, what
 * points at it and where the public sees it. The shared flow (list, form, save, history,
 * restore, delete, and a data pack's rows) runs on top of it, each write in one
 * transaction with its revision.
 *
 * @param <E> the entity
 * @param <F> its form record
 */
public interface RecordKind<E extends VersionedEntity, F extends AdminForm> {

	/**
	 * Sort keys of an admin list by name (in Chinese by the name a Chinese reader sees),
	 * then by last change; the first is the default.
	 */
	Map<String, String> BY_NAME = ListQuery.sorts("name", "name|sortKeyZh", "updated", "updatedAt");

	/**
	 * A kind described once: the key the history stores ("company"), which also names its
	 * messages ({@code record.type.company}, {@code admin.company.new}); its address
	 * under {@code /admin/} ("companies"); how an English message names one ("company",
	 * "hub"); its form; where the form's fields stand on its page, in one line (see
	 * {@link FormLayout}: {@code "name slug level | summary:5"}); where the records are
	 * kept; the list's sort keys mapped to entity properties, the first the default; and
	 * each record's name and public page (null when it has none); and its form (null when
	 * the kind fills it in {@link RecordKind#toForm} from more than the record).
	 */
	record Description<E, F>(String key, String path, String what, Class<F> formType, String formLayout,
			RecordRepository<E> repository, Map<String, String> sorts, Function<E, String> name,
			Function<E, String> publicPage, Function<E, F> form) {
	}

	Description<E, F> description();

	default String key() {
		return description().key();
	}

	default String path() {
		return description().path();
	}

	default String what() {
		return description().what();
	}

	default Class<F> formType() {
		return description().formType();
	}

	default String formLayout() {
		return description().formLayout();
	}

	default RecordRepository<E> repository() {
		return description().repository();
	}

	default Map<String, String> sorts() {
		return description().sorts();
	}

	default Page<E> page(ListQuery query) {
		return repository().findAdminPage(query.like(), query.pageable(sorts()));
	}

	/** The record's name as stored with its history: in English. */
	default String nameOf(E entity) {
		return description().name().apply(entity);
	}

	/** The record's name as the admin pages show it: in Chinese to a Chinese reader. */
	default String shownName(E entity) {
		return (entity instanceof ChineseNamed named) ? InterfaceText.name(nameOf(entity), named.chineseName())
				: nameOf(entity);
	}

	/** The record's public page, or null when it has none. */
	default String publicUrl(E entity) {
		return description().publicPage().apply(entity);
	}

	/**
	 * The public page a record of the kind has at this slug (or key), or null where its
	 * page is not named by one.
	 */
	default String pageOf(String slug) {
		return null;
	}

	/** The form of a new record. */
	default F emptyForm() {
		return AdminForm.empty(formType());
	}

	/** The admin list's table of a page of records: its columns and their cells. */
	ListTable table(List<E> records);

	/** The record with everything its form needs. */
	default Optional<E> find(long id) {
		return repository().findById(id);
	}

	/** The record's values as its form shows them. */
	default F toForm(E entity) {
		return description().form().apply(entity);
	}

	/**
	 * Rules that need the database (a free slug, an existing hub), reported on the
	 * fields.
	 */
	default void check(F form, Long id, Errors errors) {
	}

	/**
	 * Rules of an editor's save that a data pack meets its own way, so that they cost a
	 * pack no lookup a row: a pack finds a figure it holds by its key and quote, and
	 * refuses a row that repeats another.
	 */
	default void checkEdit(F form, Long id, Errors errors) {
	}

	/**
	 * Writes the form onto the entity (a new one when null), with what it owns beyond its
	 * own row. A new record has its id once saved; changes reach the database at commit
	 * (or before a query), not once per record: a pack writes hundreds.
	 */
	E write(E entity, F form);

	/**
	 * What still points at the record, described for the admin; empty when it can go.
	 * None by default: what points at such a record goes with it.
	 */
	default List<Reference> references(E entity) {
		return List.of();
	}

	/** Deletes the record (and what it owns) and flushes. */
	default void delete(E entity) {
		repository().delete(entity);
		repository().flush();
	}

	/**
	 * The options of the form's selects, and the names to show for stored ids and
	 * constants.
	 */
	default FormChoices choices() {
		return FormChoices.of(formType(), Map.of());
	}

	/**
	 * The choices as this form's page offers them, where they depend on its values (a
	 * dispute lists the figures of its source); the kind's choices by default.
	 */
	default FormChoices choices(F form) {
		return choices();
	}

}
