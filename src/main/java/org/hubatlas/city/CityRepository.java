package org.hubatlas.city;

import java.util.List;
import java.util.Optional;

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

}
