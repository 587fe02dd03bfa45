package org.hubatlas.city;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CityRepository extends JpaRepository<City, Long> {

	@Query("select c from City c left join fetch c.parent where c.slug = :slug")
	Optional<City> findBySlugWithParent(String slug);

	@Query("select c from City c left join fetch c.parent order by c.name")
	List<City> findAllWithParent();

	@Query("select c from City c left join fetch c.parent where c.slug in :slugs")
	List<City> findBySlugsWithParent(java.util.Collection<String> slugs);

	@Query("select c from City c where c.parent.id in :parentIds order by c.name")
	List<City> findChildrenOf(java.util.Collection<Long> parentIds);

	@Query("select c from City c where c.parent.id = :parentId order by c.name")
	List<City> findChildren(Long parentId);

	@Query("select c from City c left join fetch c.parent where c.id = :id")
	Optional<City> findByIdWithParent(long id);

	@EntityGraph(attributePaths = "parent")
	@Query(value = "select c from City c where lower(c.name) like :like escape '\\' or c.slug like :like escape '\\'",
			countQuery = "select count(c) from City c where lower(c.name) like :like escape '\\' or c.slug like :like escape '\\'")
	Page<City> findAdminPage(String like, Pageable pageable);

	@Query("select count(c) > 0 from City c where c.slug = :slug and (:id is null or c.id <> :id)")
	boolean slugTaken(String slug, Long id);

	/**
	 * Everything that points at a hub, described for the "cannot delete" message. Read as SQL so that this bottom
	 * package need not know the features built on it.
	 */
	@Query(value = "select 'Sub-area: ' || name from city where parent_id = :id "
			+ "union all select 'Company headquartered here: ' || name from company where hq_city_id = :id "
			+ "union all select 'Company present here: ' || c.name from company c join company_presence p on p.company_id = c.id where p.city_id = :id "
			+ "union all select 'Institution: ' || name from university where city_id = :id "
			+ "union all select 'Incentive: ' || i.title from incentive i join incentive_city ic on ic.incentive_id = i.id where ic.city_id = :id "
			+ "union all select 'Figure #' || f.id || ': ' || f.value_as_written from figure f where f.city_id = :id "
			+ "union all select 'Statement #' || c.id || ': ' || c.paraphrase from citation c where c.city_id = :id "
			+ "union all select 'Dispute note: ' || d.title from dispute d join dispute_link l on l.dispute_id = d.id where l.city_id = :id",
			nativeQuery = true)
	List<String> findReferenceDescriptions(long id);

}
