package org.hubatlas.pack;

import org.hubatlas.figure.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a pack reads the qualifier from the words as written, in English and Chinese. What
 * parentheses add qualifies another number, as do English words after the first number; a
 * Chinese qualifier counts only beside the number it qualifies ("规模以上企业" are enterprises
 * above a size, "近日" is "recently").
 */
class PackQualifierTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			over 2,400                                              | OVER
			人工智能企業1000余家                                      | OVER
			more than 2,200 AI companies                            | OVER
			mehr als 2.400 KI-Unternehmen                           | OVER
			exceeded 33 EFLOPS                                      | EXCEEDING
			surpassed 120,000 petaFLOPS (PFLOPS)                    | EXCEEDING
			topped 460 billion yuan                                 | EXCEEDING
			set to surpass 33,000 P                                 | EXCEEDING
			产业链上下游相关企业超2100家                                | EXCEEDING
			拥有企业近900家                                           | ABOUT
			435.49 billion yuan (about 62.04 billion U.S. dollars)  | NONE
			超算中心 50 EFLOPS                                        | NONE
			集聚100家人工智能规模以上企业                               | NONE
			近日 (reported 2022-09-29)                               | NONE
			多模态大模型30个                                           | NONE
			2400家以上                                               | OVER
			1.5万亿元以上                                             | OVER
			企业逾6200间                                              | OVER
			核心企业100余家,关联企业近千家                               | OVER
			营收超千亿元                                              | EXCEEDING
			國家高新技術企業突破萬戶                                    | EXCEEDING
			20个左右                                                 | ABOUT
			约为924.3万人                                             | ABOUT
			人工智能核心企业近700家                                     | ABOUT
			totaled 85 Eflops, where intelligent computing accounts for over 98%      | NONE
			92.6 EFlops, with intelligent computing accounting for nearly 97 percent | NONE
			exceeded 33,000P (Q1 2025); expected to exceed 45,000P by end of 2025    | EXCEEDING
			營收2362億元,增長超20%                                      | NONE
			2024年突破2.5万家                                          | EXCEEDING
			""")
	void theQualifierIsReadFromTheWords(String written, Qualifier qualifier) {
		assertThat(PackImporter.qualifier(written)).isEqualTo(qualifier);
	}

}
