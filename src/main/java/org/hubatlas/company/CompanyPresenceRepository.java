package org.hubatlas.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyPresenceRepository extends JpaRepository<CompanyPresence, CompanyPresence.Key> {

}
