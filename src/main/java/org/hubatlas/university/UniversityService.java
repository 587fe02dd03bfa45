package org.hubatlas.university;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hubatlas.common.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UniversityService {

	private final UniversityRepository universities;

	UniversityService(UniversityRepository universities) {
		this.universities = universities;
	}

	public University get(String slug) {
		return this.universities.findBySlugWithCity(slug)
			.orElseThrow(() -> new NotFoundException("university or institute", slug));
	}

	public List<University> list(UniversityKind kind) {
		return this.universities.findListing(kind);
	}

	/** Institutions in any of these hubs, with their hub loaded. */
	public List<University> inCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.universities.findInCities(cityIds);
	}

	public List<UniversityCompanyTie> ties(University university) {
		return this.universities.findTies(university.getId());
	}

	/** One (hub id, kind) pair per institution in a hub, for counts across all hubs in one query. */
	public List<CityInstitution> cityKinds() {
		List<CityInstitution> result = new ArrayList<>();
		for (Object[] row : this.universities.findCityKinds()) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1]));
		}
		return result;
	}

	public record CityInstitution(long cityId, UniversityKind kind) {
	}

	/** The university records with these ids, for naming the subjects of citations in one query. */
	public java.util.List<University> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.List.of() : this.universities.findAllById(ids);
	}

	/** (hub id, kind) for the institutions of these hubs only, in one query. */
	public List<CityInstitution> cityKinds(Collection<Long> cityIds) {
		List<CityInstitution> result = new ArrayList<>();
		if (cityIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.universities.findCityKinds(cityIds)) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1]));
		}
		return result;
	}

}
