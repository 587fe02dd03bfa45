package org.hubatlas.audit;

import java.util.List;
import java.util.Map;

import org.hubatlas.common.ListQuery;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

/**
 * What the admin pages need from a feature's service to list, create, edit, delete and restore its records. Each
 * write checks versions, records its revision and refuses deletes that would break references.
 *
 * @param <F> the feature's form object
 */
public interface AdminEditor<F extends AdminForm> {

	/** Sort keys offered by the list, mapped to entity properties; the first is the default. */
	Map<String, String> sorts();

	Page<?> page(ListQuery query);

	F formFor(long id);

	/** The record's display name; 404 when there is none. */
	String nameOf(long id);

	/** Rules that need the database, reported on the fields. */
	void check(F form, Long id, Errors errors);

	long create(F form);

	/** Throws {@link org.hubatlas.common.EditConflictException} when the form's version is not the saved one. */
	void update(long id, F form);

	void restore(long id, F form);

	/** Throws {@link org.hubatlas.common.StillReferencedException} when other records point at it. */
	void delete(long id);

	List<Revision> history(long id);

	/** The record's current version, to re-check after a concurrent save. */
	long version(long id);

}
