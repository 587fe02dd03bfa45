package org.hubatlas.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.ListQuery;
import org.hubatlas.common.VersionedEntity;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

/**
 * What the shared editing flow needs to know about one kind of record: how to find and
 * list it, map it to and from its form, check the rules that need the database, store and
 * delete it, and what points at it. Each feature describes its records once;
 * {@link RecordEditor} runs every save, restore and delete in one transaction.
 *
 * @param <E> the entity
 * @param <F> its admin form
 */
public interface EditableType<E extends VersionedEntity, F extends AdminForm> {

	/** The name the history stores for this kind of record ("company"). */
	String type();

	/** How messages to the admin name one such record ("hub", "company"). */
	String what();

	F emptyForm();

	/**
	 * Sort keys offered by the list, mapped to entity properties; the first is the
	 * default.
	 */
	Map<String, String> sorts();

	Page<E> page(ListQuery query);

	/**
	 * Anything more the list shows about the records of a page (what they are about), as
	 * model attributes.
	 */
	default Map<String, Object> listDetails(List<E> records) {
		return Map.of();
	}

	/** The record with everything its form needs. */
	Optional<E> find(long id);

	F toForm(E entity);

	E newEntity(F form);

	/** Copies the form onto the entity, resolving ids (hubs, sources) to records. */
	void apply(E entity, F form);

	/** Saves and flushes, so that the new version and id are known. */
	void save(E entity);

	/**
	 * Saves what the form holds beyond the entity's own row (join rows that need its id).
	 */
	default void afterSave(E entity, F form) {
	}

	/**
	 * Rules that need the database (a free slug, an existing hub), reported on the
	 * fields.
	 */
	void check(F form, Long id, Errors errors);

	String nameOf(E entity);

	/** The record's public page, or null when it has none. */
	String publicUrl(E entity);

	/** What still points at the record, described for the admin; empty when it can go. */
	List<String> references(E entity);

	/** Deletes the record (and what it owns) and flushes. */
	void delete(E entity);

	/**
	 * The options of the form's selects, and the names to show for stored ids and
	 * constants.
	 */
	FormChoices choices();

}
