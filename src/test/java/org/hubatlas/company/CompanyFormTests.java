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
		CompanyForm form = new CompanyForm("deepseek", " DeepSeek ", null, CompanyKind.STARTUP, 2023, 5L, null,
				"Artificial intelligence ,, Large language models, Artificial intelligence", null, null, null, null);

		Company company = new Company(form.slug(), form.name(), form.kind());
		company.edit(form.slug(), form.name(), form.nameZh(), form.kind(), form.foundedYear(), hangzhou,
				form.locationNote(), form.summary(), form.summaryZh(), form.sectorSet());
		CompanyForm read = CompanyForm.from(company);

		assertThat(read.name()).isEqualTo("DeepSeek");
		assertThat(read.hqCityId()).isEqualTo(5L);
		assertThat(read.foundedYear()).isEqualTo(2023);
		assertThat(read.sectors()).isEqualTo("Artificial intelligence, Large language models");
		assertThat(read.summary()).isNull();
		assertThat(read.presenceCityIds()).isEmpty();
	}

}
