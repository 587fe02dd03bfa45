package org.hubatlas.figure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubatlas.editing.RecordRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends RecordRepository<Indicator> {

	@Query("select i from Indicator i order by i.sortOrder, i.name")
	List<Indicator> findAllOrdered();

	Optional<Indicator> findByCode(String code);

	List<Indicator> findByCodeIn(Collection<String> codes);

	@Override
	default Page<Indicator> findAdminPage(String like, Pageable pageable) {
		return findPageMatching(like, pageable, List.of(), "name", "code", "nameZh");
	}

	@Query("select count(i) > 0 from Indicator i where i.code = :code and (:id is null or i.id <> :id)")
	boolean slugTaken(String code, Long id);

	@Override
	@Query("select count(i) from Indicator i where i.nameZh is null or i.unitZh is null or (i.definition is not null and i.definitionZh is null)")
	long countWithoutChinese();

}
