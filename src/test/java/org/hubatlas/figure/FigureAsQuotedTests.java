package org.hubatlas.figure;

import java.math.BigDecimal;

import org.hubatlas.source.DatePrecision;
import org.hubatlas.source.Source;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure's value is shown "as written" only where its quote holds those words: a record
 * whose words carry the researchers' note is shown without them.
 */
class FigureAsQuotedTests {

	private static Figure figure(String valueAsWritten, String quote) {
		return new Figure(Subject.city(1), new Indicator("x", "X", "things", true, null, 1), BigDecimal.ONE,
				valueAsWritten, FigureKind.ACTUAL, new Source("s", "A page", "2025", DatePrecision.YEAR), quote);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the words as the quote has them, in another case or spacing
			"more than 2,400 | Beijing has more than 2,400 AI companies. | more than 2,400",
			"More  than 2,400 | Beijing has more than 2,400 AI companies. | More  than 2,400",
			// full-width forms, as stored Chinese pages show them in ASCII
			"增至1.3万家 | 分别增至1.3万家和2.1万家。 | 增至1.3万家", "（2019）184号 | 国科函规(2019)184号 | （2019）184号",
			// the words a researcher kept of a longer phrase, in their order
			"set to surpass 33,000 P | Beijing is set to surpass a total computing power supply of 33,000 P by 2025 | set to surpass 33,000 P",
			"33,000 P set to surpass | Beijing is set to surpass a total computing power supply of 33,000 P by 2025 | ",
			// parts an ellipsis joins, each in the quote
			"高新技术企业...突破1.5万家 | 高新技术企业、科技型中小企业分别突破1.5万家 | 高新技术企业...突破1.5万家",
			// a note of ours in the words: not the source's words
			"2019 (first pilot zone; February 2019 per chinacheckup) | 北京市成为全国首个国家新一代人工智能创新发展试验区 | ",
			"12月7日 (2021, year inferred) | 12月7日,科技部官网公布三份函 | " })
	void aValueIsAsWrittenOnlyWhereTheQuoteHoldsItsWords(String valueAsWritten, String quote, String shown) {
		assertThat(figure(valueAsWritten, quote).getValueAsQuoted()).isEqualTo(shown);
	}

}
