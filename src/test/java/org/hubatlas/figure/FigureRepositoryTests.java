package org.hubatlas.figure;

import org.hubatlas.subject.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures found by what they are about, over the real migrations and seed data. */
@DataJpaTest
class FigureRepositoryTests {

	@Autowired
	private FigureRepository figures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void figuresAboutAHubAreThatHubsOnlyAndNationalContextHasNone() {
		long beijing = this.jdbc.queryForObject("select id from city where slug = 'beijing'", Long.class);
		assertThat(this.figures.findAbout(Subject.city(beijing))).isNotEmpty()
			.allMatch((f) -> f.getSubject().equals(Subject.city(beijing)));
		assertThat(this.figures.findAbout(Subject.nationalContext())).isEmpty();
	}

	@Test
	void aSubjectKeyReadsBackAsTheSameSubject() {
		assertThat(Subject.parse("company:12")).isEqualTo(Subject.company(12));
		assertThat(Subject.parse("company:12").key()).isEqualTo("company:12");
		assertThat(Subject.parse(" ")).isEqualTo(Subject.nationalContext());
	}

}
