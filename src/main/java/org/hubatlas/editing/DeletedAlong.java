package org.hubatlas.editing;

import java.util.List;

import org.hubatlas.common.Reference;

/**
 * What deleting a record takes out of another feature's records, which stay and are not a
 * reason to refuse the delete: a dispute loses the figure it named from what it affects.
 * The delete page says so before the admin confirms.
 */
public interface DeletedAlong {

	/**
	 * The records that name the record of that kind ("figure", its id) and lose it when
	 * it is deleted; empty when none.
	 */
	List<Reference> along(String kind, long id);

}
