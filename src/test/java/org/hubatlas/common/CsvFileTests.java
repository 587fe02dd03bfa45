package org.hubatlas.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private String text(CsvFile csv) {
		byte[] bytes = csv.toBytes(this.messages);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
	}

	@Test
	void headersComeFromMessagesAndCellsAreQuotedOnlyWhereTheyMustBe() {
		this.messages.addMessage("csv.name", Locale.getDefault(), "Name");
		String csv = text(new CsvFile("csv.name", "csv.other").row("北京, Beijing", "plain")
			.row("say \"hi\"", "two\nlines")
			.row(null, new BigDecimal("2400.0000")));
		assertThat(csv)
			.isEqualTo("Name,csv.other\r\n\"北京, Beijing\",plain\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n,2400\r\n");
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsDefused() {
		String csv = text(new CsvFile("a", "b", "c", "d", "e", "f", "g").row("=1+1", "+SUM(A1)", "@cmd", "-x", "-5",
				"-3.2%", "-2+3+cmd|' /C calc'!A0"));
		assertThat(csv).endsWith("'=1+1,'+SUM(A1),'@cmd,'-x,-5,-3.2%,'-2+3+cmd|' /C calc'!A0\r\n");
	}

	/**
	 * A page of the site is a link a spreadsheet can open where the site's public address
	 * is known, and its path where it is not.
	 */
	@Test
	void aPageOfTheSiteCarriesTheSitesAddressWhenItIsKnown() {
		CsvFile csv = new CsvFile("name", "page").row("DeepSeek", CsvFile.page("/companies/deepseek"));
		byte[] known = csv.toBytes(this.messages, "https://hubatlas.example");
		assertThat(new String(known, 3, known.length - 3, StandardCharsets.UTF_8))
			.endsWith("DeepSeek,https://hubatlas.example/companies/deepseek\r\n");
		assertThat(text(csv)).endsWith("DeepSeek,/companies/deepseek\r\n");
	}

	@Test
	void aRowMustFitTheColumns() {
		assertThatThrownBy(() -> new CsvFile("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
	}

}
