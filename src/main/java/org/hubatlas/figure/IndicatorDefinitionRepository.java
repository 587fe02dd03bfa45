package org.hubatlas.figure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, Long> {

	@Query("select d from IndicatorDefinition d join fetch d.indicator i order by i.sortOrder, i.name, d.sortOrder, d.id")
	List<IndicatorDefinition> findAllOrdered();

	@Query("select d from IndicatorDefinition d where d.indicator.id = :indicatorId order by d.sortOrder, d.id")
	List<IndicatorDefinition> findForIndicator(long indicatorId);

	@Query("select d from IndicatorDefinition d join fetch d.indicator where d.indicator.id in :indicatorIds")
	List<IndicatorDefinition> findForIndicators(Collection<Long> indicatorIds);

	@Query("select count(f) from Figure f where f.definition.id = :definitionId")
	long countFigures(long definitionId);

	/**
	 * Removes the definitions made of a figure's old free-text wording that no figure
	 * counts by any more.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query("delete from IndicatorDefinition d where d.key like 'as-written-%' "
			+ "and not exists (select f.id from Figure f where f.definition = d)")
	int deleteUnusedWordings();

}
