package org.hubatlas.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void composesToNfc() {
		// "e" followed by a combining acute accent becomes one "é".
		assertThat(Text.normalize("Caf\u0065\u0301")).isEqualTo("Caf\u00e9");
	}

	@Test
	void dropsControlAndBidiCharactersButKeepsLineBreaks() {
		assertThat(Text.normalize("a\u0000b\u0007c\u202Ed\u2066e\u200Ff\uFEFFg")).isEqualTo("abcdefg");
		assertThat(Text.normalize("one\r\ntwo\rthree\nfour\tfive")).isEqualTo("one\ntwo\nthree\nfour five");
	}

	@Test
	void dropsUnpairedSurrogatesAndNonCharactersButKeepsEmojiAndChinese() {
		assertThat(Text.normalize("x\uD800y\uFFFEz")).isEqualTo("xyz");
		assertThat(Text.normalize("\u6df1\u5ea6\u6c42\u7d22 \uD83D\uDE80"))
			.isEqualTo("\u6df1\u5ea6\u6c42\u7d22 \uD83D\uDE80");
	}

	@Test
	void trimsAllKindsOfSpaceAndTreatsNothingLeftAsNoValue() {
		assertThat(Text.normalize("\u3000 Beijing \n")).isEqualTo("Beijing");
		// No-break and zero-width spaces around a name are no part of it; alone, no
		// value.
		assertThat(Text.normalize("\u00a0\u200bBeijing\u2060\u202f")).isEqualTo("Beijing");
		assertThat(Text.blankToNull("\u00a0")).isNull();
		assertThat(Text.blankToNull("\u200b\u2060")).isNull();
		assertThat(Text.normalize("a\u00a0b")).as("within a value, kept").isEqualTo("a\u00a0b");
		assertThat(Text.blankToNull("\u0001\u0002\u202E \t")).isNull();
		assertThat(Text.blankToNull(null)).isNull();
	}

	@Test
	void countsUtf8Bytes() {
		assertThat(Text.utf8Bytes("abc")).isEqualTo(3);
		assertThat(Text.utf8Bytes("\u5bc6")).isEqualTo(3);
		assertThat(Text.utf8Bytes(null)).isZero();
	}

	@Test
	void anIdentifierKeepsWhatWasTypedAndItsHiddenCharacterIsNamed() {
		assertThat(Text.identifier("  nul\u0000byte ")).isEqualTo("nul\u0000byte");
		assertThat(Text.identifier("   ")).isNull();
		assertThat(Text.hiddenCharacter("nul\u0000byte")).isEqualTo("U+0000 (NULL)");
		assertThat(Text.hiddenCharacter("a\u202Eb")).startsWith("U+202E");
		assertThat(Text.hiddenCharacter("zero\u200Bwidth")).startsWith("U+200B");
		assertThat(Text.hiddenCharacter("deepseek")).isNull();
	}

	@Test
	void aNameGivesTheSlugOfItsLettersAndDigits() {
		assertThat(Text.slugOf("Xi'an Jiaotong-Liverpool University")).isEqualTo("xi-an-jiaotong-liverpool-university");
		assertThat(Text.slugOf("  Zürich  Robotics & Vision Co. ")).isEqualTo("zurich-robotics-vision-co");
		assertThat(Text.slugOf("ＡＩ Lab 2")).isEqualTo("ai-lab-2");
		assertThat(Text.slugOf("北京智源人工智能研究院")).isNull();
		assertThat(Text.slugOf("Café Zürich Łódź Straße Ångström")).isEqualTo("cafe-zurich-lodz-strasse-angstrom");
		assertThat(Text.slugOf("北京市人工智能产业发展白皮书（2024年）")).as("digits alone name nothing").isNull();
		assertThat(Text.slugOf("word ".repeat(30))).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotContain("--");
	}

	/**
	 * A long text is cut at a word where one ends late enough, never inside a character.
	 */
	@Test
	void aLongTextIsShortenedAtAWordWithAnEllipsis() {
		assertThat(Text.shortened("short", 10)).isEqualTo("short");
		assertThat(Text.shortened("Beijing plans to become the AI leader, with its own strength", 40))
			.isEqualTo("Beijing plans to become the AI leader\u2026");
		assertThat(Text.shortened("北京计划成为全球科技创新中心，众多领先科技企业", 12)).isEqualTo("北京计划成为全球科技创\u2026");
		assertThat(Text.shortened("ab\uD83D\uDE00cd", 4)).isEqualTo("ab\u2026");
	}

}
