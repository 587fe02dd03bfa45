package org.hubatlas.figure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@Query("select i from Indicator i order by i.sortOrder, i.name")
	List<Indicator> findAllOrdered();

	java.util.Optional<Indicator> findByCode(String code);

}
