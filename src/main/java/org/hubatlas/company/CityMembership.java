package org.hubatlas.company;

/** One company counted in one hub, with one of its sectors (null when it has none). */
public record CityMembership(long cityId, long companyId, String sector) {
}
