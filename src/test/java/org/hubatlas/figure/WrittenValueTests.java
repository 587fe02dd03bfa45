package org.hubatlas.figure;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure's number is one its value as written gives, in whatever unit it is kept: the
 * shipped figures' ways of writing numbers pass, a number the words do not give fails.
 */
class WrittenValueTests {

	private static boolean gives(String written, String number) {
		return FigureEditing.writtenGives(written, new BigDecimal(number));
	}

	@Test
	void theWordsGiveTheNumberInAnyUnit() {
		assertThat(gives("over 2,400", "2400")).isTrue();
		assertThat(gives("180 billion yuan (US$25 billion)", "180000000000")).isTrue();
		assertThat(gives("其中智算8.7萬P", "87")).as("8.7萬 PFLOPS kept as EFLOPS").isTrue();
		assertThat(gives("1 364萬人", "13640000")).isTrue();
		assertThat(gives("2兆3511億3千万元", "2351130000000")).as("a numeral of several parts is not compared").isTrue();
		assertThat(gives("6.83%", "6.83")).isTrue();
		assertThat(gives("about 1,000", "1001")).as("within rounding").isTrue();
		assertThat(gives("several hundred", "300")).as("no digits to compare").isTrue();
		assertThat(gives("1,100, 2023", "1100")).as("a year after a comma is a number of its own").isTrue();
	}

	@Test
	void aNumberTheWordsDoNotGiveFails() {
		assertThat(gives("over 2,400", "5000")).isFalse();
		assertThat(gives("over 2,400", "2600")).isFalse();
		assertThat(gives("$2.1 billion", "5")).isFalse();
	}

}
