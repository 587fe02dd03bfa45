package org.hubatlas.editing;

import java.util.List;

import org.hubatlas.common.Reference;

/**
 * What deleting a record takes out of another feature's records, which stay and are not a
 * reason to refuse the delete: a dispute loses the figure it named from what it affects.
 * The delete page says so before the admin confirms; the delete then writes each of them
 * without it, through its own form, so that its history says so.
 */
public interface DeletedAlong {

	/**
	 * The records that name the record of that kind ("figure", its id) and lose it when
	 * it is deleted; empty when none.
	 */
	List<Naming> along(String kind, long id);

	/**
	 * A record of a kind ("dispute", its id) whose form names the deleted record by a
	 * value of one field ("affects": "figure:12"), and how the delete page lists it.
	 */
	record Naming(String kind, long id, String field, String value, Reference shown) {
	}

}
