package org.hubatlas.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("select s from Source s order by s.publishedYear, s.slug")
	List<Source> findAllByDate();

}
