package org.hubatlas.common;

import java.util.Locale;

import org.hubatlas.support.SiteMessages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as researchers wrote them read in the reader's language: the notes written in
 * English after a date are not shown to a reader of Chinese, and the date they qualify is
 * kept.
 */
@ExtendWith(SiteMessages.class)
class DateLabelTests {

	@ParameterizedTest(name = "published {0}: {1} / {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2019-09-06                            | 2019-09-06                            | 2019年9月6日
			unknown                               | date unknown                          | 日期不详
			Unknown (2025-01)                     | undated, about 2025-01                | 未注明日期，约2025年1月
			unknown (2025-06-05 per URL)          | unknown (2025-06-05 per URL)          | 未注明日期，约2025年6月5日
			unknown (2025, Two Sessions special)  | unknown (2025, Two Sessions special)  | 未注明日期，约2025年
			unknown (2024/2025)                   | unknown (2024/2025)                   | 日期不详
			unknown (after 2025-01-26)            | unknown (after 2025-01-26)            | 日期不详
			unknown revision (GDP row for 2021)   | unknown revision (GDP row for 2021)   | 日期不详
			date not printed                      | date not printed                      | 日期不详
			2021-03 (inferred)                    | 2021-03 (inferred)                    | 2021年3月（推断）
			2020 (approx.)                        | 2020 (approx.)                        | 约2020年
			2021-12-08 (URL date)                 | 2021-12-08 (URL date)                 | 2021年12月8日
			""")
	void aSourcesDateReadsInTheReadersLanguage(String label, String english, String chinese) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(DateLabel.published(label)).isEqualTo(english);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-Hans"));
		assertThat(DateLabel.published(label)).isEqualTo(chinese);
	}

	@ParameterizedTest(name = "as of {0}: {1} / {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
							2019                                                 | 2019                                                 | 2019年
							2023-H1                                              | H1 2023                                              | 2023年上半年
							2024-H2                                              | H2 2024                                              | 2024年下半年
							2025-Q1                                              | Q1 2025                                              | 2025年第1季度
							2025-Q1-Q3                                           | Q1–Q3 2025                                           | 2025年第1至3季度
							target year 2025                                     | target for 2025                                      | 2025年目标
							2025-09 (inferred)                                   | 2025-09 (inferred)                                   | 2025年9月（推断）
					late 2017                                            | late 2017                                            | 2017年末
					Early 2024                                           | early 2024                                           | 2024年初
							counted from publication (about 2018, inferred)      | counted from publication (about 2018, inferred)      | 约2018年
							later this year                                      | later this year                                      | later this year
							""")
	void aFiguresDateReadsInTheReadersLanguage(String label, String english, String chinese) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(DateLabel.asOf(label)).isEqualTo(english);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-Hans"));
		assertThat(DateLabel.asOf(label)).isEqualTo(chinese);
	}

}
