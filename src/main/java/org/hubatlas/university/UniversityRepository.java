package org.hubatlas.university;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.common.NamedId;
import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface UniversityRepository extends RecordRepository<University> {

	@Query("select u from University u left join fetch u.city c left join fetch c.parent where u.slug = :slug")
	Optional<University> findBySlugWithCity(String slug);

	/** The whole filtered list for a download, in the list's order. */
	@Query("select u from University u left join fetch u.city where (:kind is null or u.kind = :kind) "
			+ "order by case when :chinese = true then u.sortKeyZh else lower(u.name) end, u.id")
	List<University> findForDownload(UniversityKind kind, boolean chinese);

	@Query(value = "select u from University u left join fetch u.city where (:kind is null or u.kind = :kind) "
			+ "order by case when :chinese = true then u.sortKeyZh else lower(u.name) end, u.id",
			countQuery = "select count(u) from University u where (:kind is null or u.kind = :kind)")
	Page<University> findListing(UniversityKind kind, boolean chinese, Pageable page);

	@Query("select u from University u join fetch u.city where u.city.id in :cityIds order by lower(u.name), u.id")
	List<University> findInCities(Collection<Long> cityIds);

	@Query("select t from UniversityCompanyTie t join fetch t.company where t.university.id = :universityId "
			+ "order by t.company.name")
	List<UniversityCompanyTie> findTies(long universityId);

	/** (city id, kind) for every institution in a hub. */
	List<University> findByIdGreaterThanOrderById(long afterId, Pageable page);

	@Query("select u.city.id, u.kind, u.id from University u where u.city is not null")
	List<Object[]> findCityKinds();

	@Query("select u.city.id, u.kind, u.id from University u where u.city.id in :cityIds")
	List<Object[]> findCityKinds(Collection<Long> cityIds);

	@Query("select u from University u left join fetch u.city where u.id = :id")
	Optional<University> findByIdWithCity(long id);

	@Override
	default Page<University> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of("city"), "name", "slug", "nameZh");
	}

	@Query("select count(u) > 0 from University u where u.slug = :slug and (:id is null or u.id <> :id)")
	boolean slugTaken(String slug, Long id);

	@Query("select u.id, u.name, u.nameZh from University u order by u.name")
	List<Object[]> findNamesOrdered();

	@Query("select new org.hubatlas.common.NamedId(u.id, u.name, u.nameZh) from University u "
			+ "where u.city.id = :cityId order by u.name")
	List<NamedId> findNamesInCity(long cityId);

	@Query("select t from UniversityCompanyTie t join fetch t.university u where t.company.id = :companyId "
			+ "order by u.name")
	List<UniversityCompanyTie> findTiesOfCompany(long companyId);

	/** The records with these slugs (a data pack's lookups, one query for many). */
	List<University> findBySlugIn(Collection<String> slugs);

	@Override
	@Query("select count(u) from University u where u.summary is not null and u.summaryZh is null")
	long countWithoutChinese();

}
