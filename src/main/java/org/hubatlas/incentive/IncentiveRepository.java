package org.hubatlas.incentive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.common.NamedId;
import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface IncentiveRepository extends RecordRepository<Incentive> {

	@Query("select i from Incentive i left join fetch i.cities where i.slug = :slug")
	Optional<Incentive> findBySlugWithCities(String slug);

	/**
	 * One page of the public list: ids only, so that the page is cut in the database, not
	 * in memory.
	 */
	@Query(value = "select i.id from Incentive i where (:level is null or i.level = :level) "
			+ "and (:kind is null or i.kind = :kind) order by case when :chinese = true then i.sortKeyZh else lower(i.title) end, i.id",
			countQuery = "select count(i) from Incentive i where (:level is null or i.level = :level) "
					+ "and (:kind is null or i.kind = :kind)")
	Page<Long> findListingIds(IncentiveLevel level, IncentiveKind kind, boolean chinese, Pageable page);

	/** The whole filtered list for a download, in the list's order, hubs loaded. */
	@Query("select i from Incentive i left join fetch i.cities where (:level is null or i.level = :level) "
			+ "and (:kind is null or i.kind = :kind) order by lower(i.title), i.id")
	List<Incentive> findForDownload(IncentiveLevel level, IncentiveKind kind);

	@Query("select distinct i from Incentive i left join fetch i.cities where i.id in :ids")
	List<Incentive> findWithCities(Collection<Long> ids);

	@Query("select i from Incentive i left join fetch i.cities "
			+ "where i.id in (select i2.id from Incentive i2 join i2.cities c where c.id in :cityIds) "
			+ "order by lower(i.title), i.id")
	List<Incentive> findForCities(Collection<Long> cityIds);

	@Query("select i.id from Incentive i where i.id > :afterId order by i.id")
	List<Long> findIdsAfter(long afterId, Pageable page);

	/** (city id, incentive id, kind) for every incentive tied to a hub. */
	@Query("select c.id, i.id, i.kind from Incentive i join i.cities c")
	List<Object[]> findCityKinds();

	@Query("select i from Incentive i left join fetch i.cities where i.id = :id")
	Optional<Incentive> findByIdWithCities(long id);

	@Override
	default Page<Incentive> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of(), "title", "slug", "titleZh");
	}

	@Query("select count(i) > 0 from Incentive i where i.slug = :slug and (:id is null or i.id <> :id)")
	boolean slugTaken(String slug, Long id);

	@Query("select i.id, i.title, i.titleZh from Incentive i order by i.title")
	List<Object[]> findTitlesOrdered();

	@Query("select new org.hubatlas.common.NamedId(i.id, i.title, i.titleZh) from Incentive i join i.cities c "
			+ "where c.id = :cityId order by i.title")
	List<NamedId> findTitlesForCity(long cityId);

	/** The records with these slugs (a data pack's lookups, one query for many). */
	List<Incentive> findBySlugIn(Collection<String> slugs);

	@Override
	@Query("select count(i) from Incentive i where i.titleZh is null or (i.summary is not null and i.summaryZh is null)")
	long countWithoutChinese();

}
