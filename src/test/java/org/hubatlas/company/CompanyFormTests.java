package org.hubatlas.company;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A company form applied to a company and read back gives what was meant, tidied. */
class CompanyFormTests {

	@Test
	void applyingAFormAndReadingItBackKeepsTheValuesWithSectorsTidied() {
		City hangzhou = new City("hangzhou", "Hangzhou", CityLevel.SUB_PROVINCIAL_CITY);
		ReflectionTestUtils.setField(hangzhou, "id", 5L);
		CompanyForm form = new CompanyForm();
		form.setSlug("deepseek");
		form.setName(" DeepSeek ");
		form.setKind(CompanyKind.STARTUP);
		form.setFoundedYear(2023);
		form.setHqCityId(5L);
		form.setSectors("Artificial intelligence ,, Large language models, Artificial intelligence");

		Company company = new Company(form.getSlug(), form.getName(), form.getKind());
		company.apply(form, hangzhou);
		CompanyForm read = CompanyForm.from(company);

		assertThat(read.getName()).isEqualTo("DeepSeek");
		assertThat(read.getHqCityId()).isEqualTo(5L);
		assertThat(read.getFoundedYear()).isEqualTo(2023);
		assertThat(read.getSectors()).isEqualTo("Artificial intelligence, Large language models");
		assertThat(read.getSummary()).isNull();
	}

}
