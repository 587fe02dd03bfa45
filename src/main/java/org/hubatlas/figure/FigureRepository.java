package org.hubatlas.figure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;
import org.hubatlas.subject.Subject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.repository.Query;

public interface FigureRepository extends RecordRepository<Figure> {

	String WITH_PROVENANCE = "select f from Figure f join fetch f.indicator join fetch f.source left join fetch f.definition ";

	String ORDER = " order by f.indicator.sortOrder, f.id";

	@Query(WITH_PROVENANCE + "where f.subject.cityId in :cityIds" + ORDER)
	List<Figure> findForCities(Collection<Long> cityIds);

	@Query(WITH_PROVENANCE + "where f.subject.cityId is not null" + ORDER)
	List<Figure> findAllCityFigures();

	/** Every figure about a hub as a key to pick it by: one table, no order, no joins. */
	@Query("select new org.hubatlas.figure.HubFigureKey(f.id, f.subject.cityId, f.indicator.id, f.kind, "
			+ "f.targetYear, f.asOfYear, s.id, coalesce(d.countsAs, d.key), f.valueNumeric, f.asOfLabel, "
			+ "case when f.targetYear is null and f.asOfYear is null "
			+ "and s.datePrecision = org.hubatlas.source.DatePrecision.ESTIMATED then true else false end, "
			+ "case when f.qualifier = org.hubatlas.figure.Qualifier.NONE then true else false end) "
			+ "from Figure f join f.source s left join f.definition d where f.subject.cityId is not null")
	List<HubFigureKey> findHubFigureKeys();

	@Query(WITH_PROVENANCE + "where f.subject.companyId = :companyId" + ORDER)
	List<Figure> findForCompany(long companyId);

	@Query(WITH_PROVENANCE + "where f.subject.universityId = :universityId" + ORDER)
	List<Figure> findForUniversity(long universityId);

	@Query(WITH_PROVENANCE + "where f.subject.incentiveId = :incentiveId" + ORDER)
	List<Figure> findForIncentive(long incentiveId);

	/** The figures about this record; none for national context. */
	default List<Figure> findAbout(Subject subject) {
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

	@Query(WITH_PROVENANCE + "where f.source.id = :sourceId" + ORDER)
	List<Figure> findForSource(long sourceId);

	@Query(WITH_PROVENANCE + "order by f.id")
	List<Figure> findAllWithProvenance();

	@Query("select f.source.id, count(f) from Figure f group by f.source.id")
	List<Object[]> countBySource();

	@Override
	default Page<Figure> findAdminPage(String like, Pageable pageable) {
		return findAdminPage(like, List.of(), pageable);
	}

	/**
	 * A page of the admin list: the figures whose value, quote or indicator matches the
	 * pattern, or that are about one of these hubs (those the search names).
	 */
	default Page<Figure> findAdminPage(String like, Collection<Long> hubIds, Pageable pageable) {
		PredicateSpecification<Figure> matching = (root, cb) -> cb.or(
				cb.like(cb.lower(root.get("valueAsWritten")), like, '\\'),
				cb.like(cb.lower(root.get("quote")), like, '\\'),
				cb.like(cb.lower(root.get("indicator").get("name")), like, '\\'),
				hubIds.isEmpty() ? cb.disjunction() : root.get("subject").get("cityId").in(hubIds));
		return findBy(matching, (query) -> query.project(List.of("indicator", "source", "definition")).page(pageable));
	}

	@Query(WITH_PROVENANCE + "where f.id = :id")
	Optional<Figure> findByIdWithProvenance(long id);

	/** The figures a data pack brought under these keys. */
	List<Figure> findByPackRefIn(Collection<String> packRefs);

	/** The figures about hubs that quote one of these. */
	@Query("select f from Figure f where f.subject.cityId is not null and f.quote in :quotes")
	List<Figure> findAboutHubsQuoting(Collection<String> quotes);

	/**
	 * Figures about a hub that another figure repeats: the same hub, indicator, kind,
	 * value, source and quote.
	 */
	@Query(WITH_PROVENANCE + "where f.subject.cityId is not null and exists (select g.id from Figure g "
			+ "where g.id <> f.id and g.subject.cityId = f.subject.cityId and g.indicator = f.indicator "
			+ "and g.kind = f.kind and g.valueNumeric = f.valueNumeric and g.source = f.source and g.quote = f.quote)"
			+ ORDER)
	List<Figure> findAboutHubsRepeated();

	@Query(WITH_PROVENANCE + "where f.indicator.code = :code and f.subject.cityId is not null" + ORDER)
	List<Figure> findAboutHubsFor(String code);

	@Query(WITH_PROVENANCE + "where f.indicator.id = :indicatorId" + ORDER)
	List<Figure> findForIndicator(long indicatorId);

	long countByIndicatorId(long indicatorId);

	/**
	 * Whether another figure says the same: of the same subject and indicator, with the
	 * same number and years, from the same source.
	 */
	@Query("select count(f) > 0 from Figure f where coalesce(f.subject.cityId, -1) = coalesce(:cityId, -1) "
			+ "and coalesce(f.subject.companyId, -1) = coalesce(:companyId, -1) "
			+ "and coalesce(f.subject.universityId, -1) = coalesce(:universityId, -1) "
			+ "and coalesce(f.subject.incentiveId, -1) = coalesce(:incentiveId, -1) "
			+ "and f.indicator.id = :indicatorId and f.valueNumeric = :value and f.source.id = :sourceId "
			+ "and coalesce(f.asOfYear, -1) = coalesce(:asOfYear, -1) "
			+ "and coalesce(f.targetYear, -1) = coalesce(:targetYear, -1) and (:id is null or f.id <> :id)")
	boolean sameHeld(Long cityId, Long companyId, Long universityId, Long incentiveId, long indicatorId,
			java.math.BigDecimal value, long sourceId, Integer asOfYear, Integer targetYear, Long id);

	@Query(value = "select f.id from Figure f order by f.id", countQuery = "select count(f) from Figure f")
	Page<Long> findPageIds(Pageable page);

	@Query(WITH_PROVENANCE + "where f.id in :ids")
	List<Figure> findWithProvenance(Collection<Long> ids);

	/** Every figure of these indicators, whatever it is about, with its definition. */
	@Query("select f from Figure f join fetch f.indicator where f.id in :ids")
	List<Figure> findWithIndicator(Collection<Long> ids);

	@Query("select f from Figure f join fetch f.indicator left join fetch f.definition where f.indicator.code in :codes")
	List<Figure> findForIndicatorCodes(Collection<String> codes);

	/**
	 * Figures that name no definition although their indicator is counted in more than
	 * one way.
	 */
	@Query("select f from Figure f join fetch f.indicator where f.definition is null and "
			+ "(select count(d) from IndicatorDefinition d where d.indicator = f.indicator) > 1")
	List<Figure> findWithoutDefinitionAmongSeveral();

}
