package org.hubatlas.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.common.NamedId;
import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends RecordRepository<Company> {

	@Query("select c from Company c left join fetch c.hqCity h left join fetch h.parent left join fetch c.sectors "
			+ "where c.slug = :slug")
	Optional<Company> findBySlugWithDetails(String slug);

	@Query("select c from Company c left join fetch c.hqCity left join fetch c.sectors where c.id = :id")
	Optional<Company> findByIdWithDetails(long id);

	/**
	 * One page of the public list: ids only, so that the page is cut in the database, not
	 * in memory.
	 */
	@Query(value = "select c.id from Company c where (:kind is null or c.kind = :kind) "
			+ "and (:sector is null or exists (select 1 from Company c2 join c2.sectors s where c2 = c and s = :sector)) "
			+ "order by case when :chinese = true then c.sortKeyZh else lower(c.name) end, c.id",
			countQuery = "select count(c) from Company c where (:kind is null or c.kind = :kind) "
					+ "and (:sector is null or exists (select 1 from Company c2 join c2.sectors s where c2 = c and s = :sector))")
	Page<Long> findListingIds(CompanyKind kind, String sector, boolean chinese, Pageable page);

	/**
	 * The whole filtered list for a download, in the list's order, hubs and sectors
	 * loaded.
	 */
	@Query("select c from Company c left join fetch c.hqCity left join fetch c.sectors "
			+ "where (:kind is null or c.kind = :kind) "
			+ "and (:sector is null or exists (select 1 from Company c2 join c2.sectors s where c2 = c and s = :sector)) "
			+ "order by case when :chinese = true then c.sortKeyZh else lower(c.name) end, c.id")
	List<Company> findForDownload(CompanyKind kind, String sector, boolean chinese);

	@Query("select distinct c from Company c left join fetch c.hqCity left join fetch c.sectors where c.id in :ids")
	List<Company> findWithDetails(Collection<Long> ids);

	@Query("select c from Company c join fetch c.hqCity left join fetch c.sectors "
			+ "where c.hqCity.id in :cityIds order by lower(c.name), c.id")
	List<Company> findHeadquarteredIn(Collection<Long> cityIds);

	@Query("select p from CompanyPresence p join fetch p.company co left join fetch co.sectors join fetch p.city "
			+ "where p.city.id in :cityIds order by lower(co.name), co.id")
	List<CompanyPresence> findPresencesIn(Collection<Long> cityIds);

	@Query("select p from CompanyPresence p join fetch p.city where p.company.id = :companyId order by p.city.name")
	List<CompanyPresence> findPresencesOf(long companyId);

	@Query("select p from CompanyPresence p join fetch p.city where p.company.id in :companyIds order by p.city.name")
	List<CompanyPresence> findPresencesOfCompanies(Collection<Long> companyIds);

	/**
	 * The ids of the companies whose name, address name or Chinese name matches a
	 * lower-case LIKE pattern (escaped with '\').
	 */
	@Query("select c.id from Company c where lower(c.name) like :like escape '\\' or lower(c.slug) like :like escape '\\' "
			+ "or lower(c.nameZh) like :like escape '\\'")
	List<Long> findIdsMatching(String like);

	@Query("select c.id from Company c where c.id > :afterId order by c.id")
	List<Long> findIdsAfter(long afterId, Pageable page);

	@Query("select distinct s from Company c join c.sectors s order by s")
	List<String> findAllSectors();

	/**
	 * (city id, company id, sector) for every company with a headquarters or presence in
	 * a hub.
	 */
	@Query("select c.hqCity.id, c.id, s from Company c left join c.sectors s where c.hqCity is not null")
	List<Object[]> findHeadquarterMemberships();

	@Query("select p.city.id, co.id, s from CompanyPresence p join p.company co left join co.sectors s")
	List<Object[]> findPresenceMemberships();

	@Query("select c.hqCity.id, c.id, s from Company c left join c.sectors s where c.hqCity.id in :cityIds")
	List<Object[]> findHeadquarterMemberships(Collection<Long> cityIds);

	@Query("select p.city.id, co.id, s from CompanyPresence p join p.company co left join co.sectors s "
			+ "where p.city.id in :cityIds")
	List<Object[]> findPresenceMemberships(Collection<Long> cityIds);

	@Override
	default Page<Company> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of("hqCity"), "name", "slug", "nameZh", "hqCity.name",
				"hqCity.nameZh");
	}

	@Query("select count(c) > 0 from Company c where c.slug = :slug and (:id is null or c.id <> :id)")
	boolean slugTaken(String slug, Long id);

	/** Whether another company has this name, in any case. */
	@Query("select count(c) > 0 from Company c where lower(c.name) = lower(:name) and (:id is null or c.id <> :id)")
	boolean nameTaken(String name, Long id);

	@Query("select c.id, c.name, c.nameZh from Company c order by c.name")
	List<Object[]> findNamesOrdered();

	@Query("select new org.hubatlas.common.NamedId(c.id, c.name, c.nameZh) from Company c "
			+ "where c.hqCity.id = :cityId order by c.name")
	List<NamedId> findNamesHeadquarteredIn(long cityId);

	@Query("select new org.hubatlas.common.NamedId(p.company.id, p.company.name, p.company.nameZh) from CompanyPresence p "
			+ "where p.city.id = :cityId order by p.company.name")
	List<NamedId> findNamesPresentIn(long cityId);

	@org.springframework.data.jpa.repository.Modifying
	@Query("delete from CompanyPresence p where p.company.id = :companyId and p.city.id not in :keep")
	void deletePresencesExcept(long companyId, Collection<Long> keep);

	/** Companies a data pack may name again: by address name or by Chinese name. */
	@Query("select distinct c from Company c left join fetch c.hqCity left join fetch c.sectors "
			+ "where c.slug in :slugs or c.nameZh in :namesZh")
	List<Company> findBySlugInOrNameZhIn(Collection<String> slugs, Collection<String> namesZh);

	/** The records with these slugs (a data pack's lookups, one query for many). */
	List<Company> findBySlugIn(Collection<String> slugs);

	@Override
	@Query("select count(c) from Company c where c.summary is not null and c.summaryZh is null")
	long countWithoutChinese();

}
