package org.hubatlas.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeLinkRepository extends JpaRepository<DisputeLink, Long> {

}
