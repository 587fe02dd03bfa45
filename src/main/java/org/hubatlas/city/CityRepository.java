package org.hubatlas.city;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface CityRepository extends RecordRepository<City> {

	@Query("select c from City c left join fetch c.parent where c.slug = :slug")
	Optional<City> findBySlugWithParent(String slug);

	@Query("select c from City c left join fetch c.parent order by c.name")
	List<City> findAllWithParent();

	@Query("select c from City c left join fetch c.parent where c.slug in :slugs")
	List<City> findBySlugsWithParent(Collection<String> slugs);

	@Query("select c from City c where c.parent.id in :parentIds order by c.name")
	List<City> findChildrenOf(Collection<Long> parentIds);

	@Query("select c from City c where c.parent.id = :parentId order by c.name")
	List<City> findChildren(Long parentId);

	@Query("select c from City c left join fetch c.parent where c.id = :id")
	Optional<City> findByIdWithParent(long id);

	@Override
	default Page<City> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of("parent"), "name", "slug", "nameZh");
	}

	/**
	 * The ids of the hubs whose name, address name or Chinese name matches the lower-case
	 * LIKE pattern (escaped with '\').
	 */
	@Query("select c.id from City c where lower(c.name) like :like escape '\\' or lower(c.slug) like :like escape '\\' "
			+ "or lower(c.nameZh) like :like escape '\\'")
	List<Long> findIdsMatching(String like);

	@Query("select count(c) > 0 from City c where c.slug = :slug and (:id is null or c.id <> :id)")
	boolean slugTaken(String slug, Long id);

	@Query("select c.id, c.name, c.nameZh, c.province from City c order by c.name")
	List<Object[]> findNamesOrdered();

	/**
	 * (hub id, parent id) of every hub, for checking a new parent against the whole
	 * hierarchy in one query.
	 */
	@Query("select c.id, c.parent.id from City c left join c.parent")
	List<Object[]> findParentLinks();

	@Query(value = "select c.id from City c order by c.name, c.id", countQuery = "select count(c) from City c")
	Page<Long> findPageIds(Pageable page);

	@Query("select c from City c left join fetch c.parent where c.id in :ids")
	List<City> findByIdsWithParent(Collection<Long> ids);

	/** The records with these slugs (a data pack's lookups, one query for many). */
	List<City> findBySlugIn(Collection<String> slugs);

	@Override
	@Query("select count(c) from City c where c.nameZh is null or c.summaryZh is null")
	long countWithoutChinese();

}
