package org.hubatlas.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AdminUserRepository extends JpaRepository<AdminUser, Long> {

	Optional<AdminUser> findByUsernameKey(String usernameKey);

	@Query("select u from AdminUser u order by u.username")
	List<AdminUser> findAllByName();

}
