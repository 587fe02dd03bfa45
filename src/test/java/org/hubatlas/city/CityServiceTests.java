package org.hubatlas.city;

import java.util.List;
import java.util.Map;

import org.hubatlas.editing.FormerAddresses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The hub choices of the admin forms, from the repository's rows. */
class CityServiceTests {

	private final CityRepository cities = mock(CityRepository.class);

	private final CityService service = new CityService(this.cities, mock(FormerAddresses.class));

	/**
	 * Two hubs of one name are told apart by their provinces in every select; a name held
	 * by one hub stands alone.
	 */
	@Test
	void hubsOfOneNameAreToldApartByTheirProvinces() {
		given(this.cities.findNamesOrdered()).willReturn(List.of(new Object[] { 1L, "Beijing", "北京", null },
				new Object[] { 7L, "Taizhou", "泰州", "Jiangsu" }, new Object[] { 8L, "Taizhou", "台州", "Zhejiang" }));
		assertThat(this.service.choices()).containsExactly(Map.entry("1", "Beijing"),
				Map.entry("7", "Taizhou (Jiangsu)"), Map.entry("8", "Taizhou (Zhejiang)"));
	}

}
