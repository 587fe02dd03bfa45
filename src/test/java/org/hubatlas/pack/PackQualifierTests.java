package org.hubatlas.pack;

import org.hubatlas.figure.Qualifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a pack reads the qualifier from the words as written, in English and Chinese. */
class PackQualifierTests {

	@Test
	void lowerBoundsApproximationsAndPlainNumbers() {
		assertThat(PackImporter.qualifier("over 2,400")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("人工智能企業1000余家")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("more than 2,200 AI companies")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("mehr als 2.400 KI-Unternehmen")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("exceeded 33 EFLOPS")).isEqualTo(Qualifier.EXCEEDING);
		assertThat(PackImporter.qualifier("surpassed 120,000 petaFLOPS (PFLOPS)")).isEqualTo(Qualifier.EXCEEDING);
		assertThat(PackImporter.qualifier("产业链上下游相关企业超2100家")).isEqualTo(Qualifier.EXCEEDING);
		assertThat(PackImporter.qualifier("拥有企业近900家")).isEqualTo(Qualifier.ABOUT);
		// What parentheses add qualifies another number.
		assertThat(PackImporter.qualifier("435.49 billion yuan (about 62.04 billion U.S. dollars)"))
			.isEqualTo(Qualifier.NONE);
		assertThat(PackImporter.qualifier("超算中心 50 EFLOPS")).isEqualTo(Qualifier.NONE);
	}

}
