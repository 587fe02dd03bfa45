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

	@Test
	void aChineseQualifierCountsOnlyBesideTheNumber() {
		assertThat(PackImporter.qualifier("集聚100家人工智能规模以上企业")).isEqualTo(Qualifier.NONE);
		assertThat(PackImporter.qualifier("近日 (reported 2022-09-29)")).isEqualTo(Qualifier.NONE);
		assertThat(PackImporter.qualifier("多模态大模型30个")).isEqualTo(Qualifier.NONE);
		assertThat(PackImporter.qualifier("2400家以上")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("1.5万亿元以上")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("企业逾6200间")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("核心企业100余家,关联企业近千家")).isEqualTo(Qualifier.OVER);
		assertThat(PackImporter.qualifier("营收超千亿元")).isEqualTo(Qualifier.EXCEEDING);
		assertThat(PackImporter.qualifier("國家高新技術企業突破萬戶")).isEqualTo(Qualifier.EXCEEDING);
		assertThat(PackImporter.qualifier("20个左右")).isEqualTo(Qualifier.ABOUT);
		assertThat(PackImporter.qualifier("约为924.3万人")).isEqualTo(Qualifier.ABOUT);
		assertThat(PackImporter.qualifier("人工智能核心企业近700家")).isEqualTo(Qualifier.ABOUT);
	}

}
