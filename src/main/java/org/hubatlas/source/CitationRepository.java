package org.hubatlas.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CitationRepository extends JpaRepository<Citation, Long> {

	String WITH_SOURCE = "select c from Citation c join fetch c.source s ";

	String ORDER = " order by s.publishedYear desc, s.slug, c.id";

	@Query(WITH_SOURCE + "where c.subject.cityId in :cityIds" + ORDER)
	List<Citation> findForCities(Collection<Long> cityIds);

	@Query(WITH_SOURCE + "where c.subject.companyId = :companyId" + ORDER)
	List<Citation> findForCompany(long companyId);

	@Query(WITH_SOURCE + "where c.subject.universityId = :universityId" + ORDER)
	List<Citation> findForUniversity(long universityId);

	@Query(WITH_SOURCE + "where c.subject.incentiveId = :incentiveId" + ORDER)
	List<Citation> findForIncentive(long incentiveId);

	@Query(WITH_SOURCE + "where c.subject.cityId is null and c.subject.companyId is null "
			+ "and c.subject.universityId is null and c.subject.incentiveId is null" + ORDER)
	List<Citation> findNationalContext();

	@Query(WITH_SOURCE + "where s.id = :sourceId order by c.id")
	List<Citation> findForSource(long sourceId);

	@Query("select c.source.id, count(c) from Citation c group by c.source.id")
	List<Object[]> countBySource();

	@Query(value = WITH_SOURCE + "where lower(c.paraphrase) like :like escape '\\' or lower(c.quote) like :like escape '\\'",
			countQuery = "select count(c) from Citation c where lower(c.paraphrase) like :like escape '\\' "
					+ "or lower(c.quote) like :like escape '\\'")
	Page<Citation> findAdminPage(String like, Pageable pageable);

	@Query(WITH_SOURCE + "where c.id = :id")
	java.util.Optional<Citation> findByIdWithSource(long id);

}
