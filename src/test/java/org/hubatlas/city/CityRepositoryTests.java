package org.hubatlas.city;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub queries the admin checks rely on, over the real migrations and seed data. */
@DataJpaTest
class CityRepositoryTests {

	@Autowired
	private CityRepository cities;

	@Test
	void aSlugIsTakenByAnotherHubButNotByTheHubItself() {
		City beijing = this.cities.findBySlugWithParent("beijing").orElseThrow();
		assertThat(this.cities.slugTaken("beijing", null)).isTrue();
		assertThat(this.cities.slugTaken("beijing", beijing.getId())).isFalse();
		assertThat(this.cities.slugTaken("atlantis", null)).isFalse();
	}

	@Test
	void parentLinksNameEveryHubWithItsParent() {
		Map<Long, Long> parentOf = new HashMap<>();
		this.cities.findParentLinks().forEach((row) -> parentOf.put((Long) row[0], (Long) row[1]));
		City beijing = this.cities.findBySlugWithParent("beijing").orElseThrow();
		City zhongguancun = this.cities.findBySlugWithParent("zhongguancun").orElseThrow();
		assertThat(parentOf).hasSize((int) this.cities.count());
		assertThat(parentOf.get(zhongguancun.getId())).isEqualTo(beijing.getId());
		assertThat(parentOf).containsEntry(beijing.getId(), null);
	}

}
