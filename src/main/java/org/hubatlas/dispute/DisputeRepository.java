package org.hubatlas.dispute;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface DisputeRepository extends RecordRepository<Dispute> {

	@Query("select l from DisputeLink l join fetch l.dispute d left join fetch d.source "
			+ "where l.subject.cityId in :cityIds or l.subject.companyId in :companyIds "
			+ "or l.subject.universityId in :universityIds or l.subject.incentiveId in :incentiveIds "
			+ "or l.figureId in :figureIds or l.statementId in :statementIds")
	List<DisputeLink> findLinks(Collection<Long> cityIds, Collection<Long> companyIds, Collection<Long> universityIds,
			Collection<Long> incentiveIds, Collection<Long> figureIds, Collection<Long> statementIds);

	@Query("select d from Dispute d left join fetch d.source where d.source.id = :sourceId")
	List<Dispute> findForSource(long sourceId);

	@Query("select l from DisputeLink l join fetch l.dispute d left join fetch d.source")
	List<DisputeLink> findAllLinks();

	@Query("select d from Dispute d left join fetch d.source")
	List<Dispute> findAllWithSource();

	/** Which of these keys a data pack brought a dispute under. */
	@Query("select d.packRef from Dispute d where d.packRef in :packRefs")
	List<String> findPackRefsIn(Collection<String> packRefs);

	@Override
	default Page<Dispute> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of("source"), "title", "slug", "titleZh");
	}

	@Query("select count(d) > 0 from Dispute d where d.slug = :slug and (:id is null or d.id <> :id)")
	boolean slugTaken(String slug, Long id);

	@Query("select d from Dispute d left join fetch d.source where d.id = :id")
	Optional<Dispute> findByIdWithSource(long id);

	@Query(value = "select d from Dispute d left join fetch d.source order by d.id",
			countQuery = "select count(d) from Dispute d")
	org.springframework.data.domain.Page<Dispute> findPage(org.springframework.data.domain.Pageable page);

	@Query("select l from DisputeLink l join fetch l.dispute d where l.figureId = :figureId order by d.id")
	List<DisputeLink> findLinksToFigure(long figureId);

	@Query("select l from DisputeLink l join fetch l.dispute d where l.statementId = :statementId order by d.id")
	List<DisputeLink> findLinksToStatement(long statementId);

	@Query("select l from DisputeLink l join fetch l.dispute d where d.id in :disputeIds order by l.id")
	List<DisputeLink> findLinksOf(Collection<Long> disputeIds);

	@Query("select d from Dispute d left join fetch d.source where d.slug = :slug")
	Optional<Dispute> findBySlugWithSource(String slug);

	/** The records with these slugs (a data pack's lookups, one query for many). */
	List<Dispute> findBySlugIn(Collection<String> slugs);

	@Override
	@Query("select count(d) from Dispute d where d.titleZh is null or d.issueZh is null or (d.knownOtherwise is not null and d.knownOtherwiseZh is null)")
	long countWithoutChinese();

}
