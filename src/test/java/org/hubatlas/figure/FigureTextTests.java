package org.hubatlas.figure;

import java.math.BigDecimal;
import java.util.Locale;

import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.hubatlas.support.SiteMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Headline values read as numbers in the reader's language, with unit and qualifier. */
@ExtendWith(SiteMessages.class)
class FigureTextTests {

	private final Source source = new Source("s", "A page", "2025", DatePrecision.YEAR);

	private Figure figure(String unit, String value, Qualifier qualifier) {
		Indicator indicator = new Indicator("x", "X", unit, true, null, 1);
		Figure figure = new Figure(Subject.city(1), indicator, (value != null) ? new BigDecimal(value) : null,
				"as written", FigureKind.ACTUAL, this.source, "q");
		TestFigures.date(figure, qualifier, "2024", 2024, null, null);
		return figure;
	}

	@Test
	void englishReadersReadMillionsBillionsAndTrillions() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(FigureText.of(figure("CNY", "4984310000000", Qualifier.NONE))).isEqualTo("¥4.98 trillion");
		assertThat(FigureText.of(figure("CNY", "300000000000", Qualifier.NONE))).isEqualTo("¥300 billion");
		assertThat(FigureText.of(figure("people", "21832000", Qualifier.NONE))).isEqualTo("21.83 million people");
		assertThat(FigureText.of(figure("companies", "2200", Qualifier.OVER))).isEqualTo("more than 2,200 companies");
		assertThat(FigureText.of(figure("EFLOPS", "33", Qualifier.EXCEEDING))).isEqualTo("≥ 33 EFLOPS");
		assertThat(FigureText.of(figure("companies", "900", Qualifier.ABOUT))).isEqualTo("about 900 companies");
		assertThat(FigureText.of(figure("percent of GDP", "6.73", Qualifier.NONE))).isEqualTo("6.73% of GDP");
		assertThat(FigureText.of(figure("EFLOPS", "92.6", Qualifier.NONE))).isEqualTo("92.6 EFLOPS");
		assertThat(FigureText.of(figure("year designated", "2019", Qualifier.NONE))).isEqualTo("2019");
		assertThat(FigureText.of(figure("USD per year", "7700000000", Qualifier.NONE)))
			.isEqualTo("$7.7 billion per year");
		assertThat(FigureText.of(figure("EFLOPS", null, Qualifier.NONE))).isEqualTo("no number given");
		assertThat(FigureText.of(figure("km2", "3.43", Qualifier.NONE))).isEqualTo("3.43 km²");
	}

	@Test
	void chineseReadersRead万And亿() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-Hans"));
		assertThat(FigureText.of(figure("CNY", "4984310000000", Qualifier.NONE))).isEqualTo("4.98万亿元");
		assertThat(FigureText.of(figure("people", "21832000", Qualifier.NONE))).isEqualTo("2183.2万人");
		assertThat(FigureText.of(figure("companies", "2200", Qualifier.OVER))).isEqualTo("2200余家");
		assertThat(FigureText.of(figure("CNY", "300000000000", Qualifier.EXCEEDING))).isEqualTo("超过3000亿元");
		assertThat(FigureText.of(figure("CNY", "300000000000", Qualifier.OVER))).isEqualTo("超过3000亿元");
		// Counts in 万 from ten thousand, as the quotes write them ("22.58万家").
		assertThat(FigureText.of(figure("companies", "225800", Qualifier.NONE))).isEqualTo("22.58万家");
		assertThat(FigureText.of(figure("companies", "16000", Qualifier.OVER))).isEqualTo("超过1.6万家");
		assertThat(FigureText.of(figure("companies", "1078", Qualifier.NONE))).isEqualTo("1078家");
		assertThat(FigureText.of(figure("companies", "900", Qualifier.ABOUT))).isEqualTo("约900家");
		assertThat(FigureText.of(figure("percent of GDP", "6.73", Qualifier.NONE))).isEqualTo("6.73%");
		assertThat(FigureText.of(figure("USD per year", "7700000000", Qualifier.NONE))).isEqualTo("77亿美元/年");
		assertThat(FigureText.of(figure("year designated", "2019", Qualifier.NONE))).isEqualTo("2019");
		// A unit these words do not know reads in the catalogue's Chinese, never in
		// English.
		Figure users = figure("users", "600000", Qualifier.NONE);
		ReflectionTestUtils.setField(users.getIndicator(), "unitZh", "人");
		assertThat(FigureText.of(users)).isEqualTo("60万人");
		// A unit in Latin letters is no counting word: a space apart, no 余, no 万.
		Figure computing = figure("EFLOPS", "100", Qualifier.OVER);
		ReflectionTestUtils.setField(computing.getIndicator(), "unitZh", "EFLOPS");
		assertThat(FigureText.of(computing)).isEqualTo("超过100 EFLOPS");
		assertThat(FigureText.of(figure("EFLOPS", "92.6", Qualifier.NONE))).isEqualTo("92.6 EFLOPS");
		assertThat(FigureText.of(figure("exaflops", "33", Qualifier.EXCEEDING))).isEqualTo("超过33 EFLOPS");
	}

	/**
	 * "More than 2,200 companies" over an exact population is more than so many per
	 * million, not about so many; over an estimate it is about.
	 */
	@Test
	void aDerivedValueFromALowerBoundIsALowerBound() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Derived.Ratio perMillion = Derived.byCode("ai-companies-per-million").orElseThrow();
		Figure over = figure("companies", "2200", Qualifier.OVER);
		Figure population = figure("people", "17790000", Qualifier.NONE);
		Figure aboutPopulation = figure("people", "17790000", Qualifier.ABOUT);
		assertThat(
				new FigureText().derived(new Derived.Value(perMillion, 1, over, population, new BigDecimal("123.7"))))
			.startsWith("more than ");
		assertThat(new FigureText()
			.derived(new Derived.Value(perMillion, 1, over, aboutPopulation, new BigDecimal("123.7"))))
			.startsWith("about ");
		assertThat(new FigureText().derived(new Derived.Value(perMillion, 1,
				figure("companies", "2200", Qualifier.NONE), population, new BigDecimal("123.7"))))
			.doesNotContain("about")
			.doesNotContain("more than");
		// A lower bound is rounded down, and says so before its number in Chinese.
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-Hans"));
		assertThat(
				new FigureText().derived(new Derived.Value(perMillion, 1, over, population, new BigDecimal("999.8"))))
			.isEqualTo("每百万常住人口超过999家");
		assertThat(new FigureText()
			.derived(new Derived.Value(perMillion, 1, over, aboutPopulation, new BigDecimal("1390.4"))))
			.isEqualTo("每百万常住人口约1390家");
	}

}
