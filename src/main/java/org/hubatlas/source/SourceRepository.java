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

	/**
	 * A source's date as it sorts within its year: the date its label begins with
	 * ("2019-10-17", "2019-10", "2020"), empty for an estimated year ("about 2017"), so
	 * that a year alone comes before the dates in it.
	 */
	String DATE_IN_YEAR = "case when s.datePrecision = org.hubatlas.source.DatePrecision.ESTIMATED then '' "
			+ "else substring(s.publishedLabel, 1, 10) end";

	/** Every source, oldest first by its full date, undated last. */
	@Query("select s from Source s order by case when s.publishedYear is null then 1 else 0 end, s.publishedYear, "
			+ DATE_IN_YEAR + ", s.slug")
	List<Source> findAllByDate();

	/** The most recently published source, by its full date where it has one. */
	@Query("select s from Source s where s.publishedYear is not null order by s.publishedYear desc, " + DATE_IN_YEAR
			+ " desc, s.id desc limit 1")
	Optional<Source> findNewest();

	@Override
	default Page<Source> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of(), "title", "slug", "publisher");
	}

	@Query("select count(s) > 0 from Source s where s.slug = :slug and (:id is null or s.id <> :id)")
	boolean slugTaken(String slug, Long id);

	/** Every other source's address, to tell one written another way. */
	@Query("select s.url from Source s where s.url is not null and (:id is null or s.id <> :id)")
	List<String> findOtherUrls(Long id);

	/**
	 * Sources at these addresses, oldest first: a data pack cites a page by its address.
	 */
	List<Source> findByUrlInOrderById(Collection<String> urls);

	Optional<Source> findBySlug(String slug);

	List<Source> findBySlugIn(Collection<String> slugs);

}
