package org.hubatlas.support;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Hubs for tests whose services are mocked: as the database hands them over, with ids.
 */
public final class TestHubs {

	private TestHubs() {
	}

	/** A municipality with its Chinese name. */
	public static City hub(long id, String slug, String name, String nameZh) {
		City city = new City(slug, name, CityLevel.MUNICIPALITY);
		city.addMissing(nameZh, null, null);
		ReflectionTestUtils.setField(city, "id", id);
		return city;
	}

}
