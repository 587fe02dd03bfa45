package org.hubatlas.pack;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataPackRepository extends JpaRepository<DataPackRecord, Long> {

	boolean existsBySha256(String sha256);

	List<DataPackRecord> findAllByOrderByAppliedAtDesc();

}
