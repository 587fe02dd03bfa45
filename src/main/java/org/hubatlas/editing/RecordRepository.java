package org.hubatlas.editing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Where the records of a kind the admin edits are kept: a repository that also finds a
 * page of the admin list, by a search pattern on what the list is searched by.
 */
@NoRepositoryBean
public interface RecordRepository<E> extends JpaRepository<E, Long> {

	/** A page of records matching the lower-case LIKE pattern (escaped with '\'). */
	Page<E> findAdminPage(String like, Pageable pageable);

	/**
	 * How many records lack the Chinese a reader sees (their name, summary, title …), for
	 * the admin list to say; -1 for a kind with no text of its own to translate.
	 */
	default long countWithoutChinese() {
		return -1;
	}

}
