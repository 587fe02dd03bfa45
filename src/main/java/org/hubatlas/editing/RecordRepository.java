package org.hubatlas.editing;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Where the records of a kind the admin edits are kept: a repository that also finds a
 * page of the admin list, by a search pattern on what the list is searched by.
 */
@NoRepositoryBean
public interface RecordRepository<E> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

	/** A page of records matching the lower-case LIKE pattern (escaped with '\'). */
	Page<E> findAdminPage(String like, Pageable pageable);

	/**
	 * A page of records any of whose attributes (paths such as "indicator.name", through
	 * left joins) matches the lower-case LIKE pattern, in any case; the associations the
	 * list shows are fetched in the same query, so a page costs a query and its count
	 * whatever its size.
	 */
	default Page<E> findPageMatching(String like, Pageable pageable, List<String> fetched, String... attributes) {
		PredicateSpecification<E> matching = (root,
				cb) -> cb.or(Arrays.stream(attributes)
					.map((attribute) -> cb.like(cb.lower(path(root, attribute)), like, '\\'))
					.toArray(Predicate[]::new));
		return findBy(matching, (query) -> query.project(fetched).page(pageable));
	}

	/**
	 * The attribute, through left joins: a record whose association is empty (a company
	 * without a headquarters) still matches on its other attributes.
	 */
	private static Expression<String> path(From<?, ?> root, String attribute) {
		String[] names = attribute.split("\\.");
		From<?, ?> from = root;
		for (int i = 0; i < names.length - 1; i++) {
			from = from.join(names[i], JoinType.LEFT);
		}
		return from.get(names[names.length - 1]);
	}

	/**
	 * Whether another record of the kind has this slug; false for a kind without slugs. A
	 * kind with slugs answers it with a query of its own.
	 */
	default boolean slugTaken(String slug, Long id) {
		return false;
	}

	/**
	 * How many records lack the Chinese a reader sees (their name, summary, title …), for
	 * the admin list to say; -1 for a kind with no text of its own to translate.
	 */
	default long countWithoutChinese() {
		return -1;
	}

}
