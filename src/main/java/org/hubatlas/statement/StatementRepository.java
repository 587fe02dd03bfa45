package org.hubatlas.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;
import org.hubatlas.subject.Subject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.repository.Query;

public interface StatementRepository extends RecordRepository<Statement> {

	String WITH_SOURCE = "select c from Statement c join fetch c.source s ";

	String ORDER = " order by s.publishedYear desc, s.slug, c.id";

	List<Statement> findByIdGreaterThanOrderById(long afterId, Pageable page);

	@Query(WITH_SOURCE + "where c.subject.cityId in :cityIds" + ORDER)
	List<Statement> findForCities(Collection<Long> cityIds);

	@Query(WITH_SOURCE + "where c.subject.companyId = :companyId" + ORDER)
	List<Statement> findForCompany(long companyId);

	@Query(WITH_SOURCE + "where c.subject.universityId = :universityId" + ORDER)
	List<Statement> findForUniversity(long universityId);

	@Query(WITH_SOURCE + "where c.subject.incentiveId = :incentiveId" + ORDER)
	List<Statement> findForIncentive(long incentiveId);

	@Query(WITH_SOURCE + "where c.subject.cityId is null and c.subject.companyId is null "
			+ "and c.subject.universityId is null and c.subject.incentiveId is null" + ORDER)
	List<Statement> findNationalContext();

	/** The statements about this record; none asked for national context. */
	default List<Statement> findAbout(Subject subject) {
		if (subject.isNationalContext()) {
			return List.of();
		}
		return switch (subject.kind()) {
			case CITY -> findForCities(List.of(subject.id()));
			case COMPANY -> findForCompany(subject.id());
			case UNIVERSITY -> findForUniversity(subject.id());
			case INCENTIVE -> findForIncentive(subject.id());
		};
	}

	@Query(WITH_SOURCE + "order by s.slug, c.id")
	List<Statement> findAllWithSource();

	@Query(WITH_SOURCE + "where s.id = :sourceId order by c.id")
	List<Statement> findForSource(long sourceId);

	@Query("select c.source.id, count(c) from Statement c group by c.source.id")
	List<Object[]> countBySource();

	@Override
	default Page<Statement> findAdminPage(String like, Pageable pageable) {
		return findAdminPage(like, List.of(), List.of(), pageable);
	}

	/**
	 * A page of the admin list: the statements whose words match the pattern, or that are
	 * about one of these hubs or companies (those the search names).
	 */
	default Page<Statement> findAdminPage(String like, Collection<Long> hubIds, Collection<Long> companyIds,
			Pageable pageable) {
		PredicateSpecification<Statement> matching = (root, cb) -> cb.or(
				cb.like(cb.lower(root.get("paraphrase")), like, '\\'),
				cb.like(cb.lower(root.get("paraphraseZh")), like, '\\'),
				cb.like(cb.lower(root.get("quote")), like, '\\'),
				hubIds.isEmpty() ? cb.disjunction() : root.get("subject").get("cityId").in(hubIds),
				companyIds.isEmpty() ? cb.disjunction() : root.get("subject").get("companyId").in(companyIds));
		return findBy(matching, (query) -> query.project(List.of("source")).page(pageable));
	}

	@Query(WITH_SOURCE + "where c.id = :id")
	Optional<Statement> findByIdWithSource(long id);

	/** The statements a data pack brought under these keys. */
	List<Statement> findByPackRefIn(Collection<String> packRefs);

	/** The statements a data pack wrote from its rows of companies, by their pack key. */
	@Query(WITH_SOURCE + "where c.packRef like 'company:%' order by c.id")
	List<Statement> findCompanyQuotesFromPacks();

	@Query(value = "select c.id from Statement c order by c.id", countQuery = "select count(c) from Statement c")
	Page<Long> findPageIds(Pageable page);

	@Query(WITH_SOURCE + "where c.id in :ids")
	List<Statement> findWithSource(Collection<Long> ids);

	@Override
	@Query("select count(s) from Statement s where s.paraphraseZh is null")
	long countWithoutChinese();

	/** The statements of the seed data with these references. */
	List<Statement> findBySeedRefIn(Collection<String> seedRefs);

}
