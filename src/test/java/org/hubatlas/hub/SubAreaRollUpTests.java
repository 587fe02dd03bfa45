package org.hubatlas.hub;

import java.util.List;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SubAreaRollUpTests {

	private static City hub(long id, String name, City parent) {
		City city = new City(name.toLowerCase(), name, CityLevel.AREA);
		ReflectionTestUtils.setField(city, "id", id);
		ReflectionTestUtils.setField(city, "parent", parent);
		return city;
	}

	private final City beijing = hub(1, "Beijing", null);

	private final City zhongguancun = hub(2, "Zhongguancun", this.beijing);

	private final City hangzhou = hub(3, "Hangzhou", null);

	@Test
	void aSubAreasRecordsCountForItsParentToo() {
		SubAreaRollUp rollUp = new SubAreaRollUp(List.of(this.beijing, this.zhongguancun, this.hangzhou));
		rollUp.add(2, 100);
		rollUp.add(1, 101);
		assertThat(rollUp.count(2)).isOne();
		assertThat(rollUp.count(1)).isEqualTo(2);
		assertThat(rollUp.count(3)).isZero();
	}

	@Test
	void aRecordTiedToAHubAndItsSubAreaCountsOnceForTheHub() {
		SubAreaRollUp rollUp = new SubAreaRollUp(List.of(this.beijing, this.zhongguancun, this.hangzhou));
		rollUp.add(2, 100);
		rollUp.add(1, 100);
		rollUp.add(1, 100);
		assertThat(rollUp.count(1)).isOne();
		assertThat(rollUp.count(2)).isOne();
	}

}
