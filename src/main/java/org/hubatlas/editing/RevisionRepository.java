package org.hubatlas.editing;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

	@Query(value = "select r from Revision r where r.entityType = :type and r.entityId = :id order by r.id desc",
			countQuery = "select count(r) from Revision r where r.entityType = :type and r.entityId = :id")
	Page<Revision> findHistory(String type, Long id, Pageable page);

	/** The record's changes made after the given one, for what an undo would lose. */
	@Query("select r from Revision r where r.entityType = :type and r.entityId = :id and r.id > :after")
	List<Revision> findLaterChanges(String type, Long id, Long after);

	@Query("select r from Revision r order by r.id desc")
	List<Revision> findLatest(Pageable page);

	@Query("select max(r.entityId) from Revision r where r.entityType = :type")
	Long findHighestEntityId(String type);

	boolean existsByEntityTypeAndEntityIdAndActionIn(String entityType, Long entityId,
			Collection<Revision.Action> actions);

}
