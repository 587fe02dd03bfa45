package org.hubatlas.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends RecordRepository<Source> {

	@Query("select s.id, s.publishedYear from Source s where s.publishedYear is not null")
	List<Object[]> findPublishedYears();

	@Query("select s from Source s order by case when s.publishedYear is null then 1 else 0 end, s.publishedYear, s.slug")
	List<Source> findAllByDate();

	@Override
	default Page<Source> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of(), "title", "slug", "publisher");
	}

	@Query("select count(s) > 0 from Source s where s.slug = :slug and (:id is null or s.id <> :id)")
	boolean slugTaken(String slug, Long id);

	/**
	 * Sources at these addresses, oldest first: a data pack cites a page by its address.
	 */
	List<Source> findByUrlInOrderById(Collection<String> urls);

	Optional<Source> findFirstByPublishedYearNotNullOrderByPublishedYearDescIdDesc();

	Optional<Source> findBySlug(String slug);

	List<Source> findBySlugIn(Collection<String> slugs);

}
