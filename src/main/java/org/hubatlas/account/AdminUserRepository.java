package org.hubatlas.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AdminUserRepository extends JpaRepository<AdminUser, Long> {

	@Query("select u from AdminUser u where lower(u.username) = lower(:username)")
	Optional<AdminUser> findByUsername(String username);

	@Query("select u from AdminUser u order by u.username")
	List<AdminUser> findAllByName();

}
