package org.hubatlas.university;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

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

	/** How many institutions the public list shows at a time. */
	public static final int LIST_PAGE_SIZE = 50;

	/** One page (from 1) of the public list, by name, in one query and its count. */
	public Page<University> list(UniversityKind kind, int page) {
		return list(kind, page, LIST_PAGE_SIZE);
	}

	/** One page (from 1) of this size, by name, in one query and its count. */
	public Page<University> list(UniversityKind kind, int page, int size) {
		return this.universities.findListing(kind, InterfaceText.chinese(), PageRequest.of(page - 1, size));
	}

	/** Institutions in any of these hubs, with their hub loaded. */
	public List<University> inCities(Collection<Long> cityIds) {
		List<University> found = new ArrayList<>(
				cityIds.isEmpty() ? List.of() : this.universities.findInCities(cityIds));
		found.sort(ChineseOrder.byShownName(University::getName, University::getNameZh));
		return found;
	}

	public List<UniversityCompanyTie> ties(University university) {
		return this.universities.findTies(university.getId());
	}

	/**
	 * One (hub id, kind) pair per institution in a hub, for counts across all hubs in one
	 * query.
	 */
	public List<CityInstitution> cityKinds() {
		List<CityInstitution> result = new ArrayList<>();
		for (Object[] row : this.universities.findCityKinds()) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1], (Long) row[2]));
		}
		return result;
	}

	public record CityInstitution(long cityId, UniversityKind kind, long universityId) {
	}

	/** (hub id, kind) for the institutions of these hubs only, in one query. */
	public List<CityInstitution> cityKinds(Collection<Long> cityIds) {
		List<CityInstitution> result = new ArrayList<>();
		if (cityIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.universities.findCityKinds(cityIds)) {
			result.add(new CityInstitution((Long) row[0], (UniversityKind) row[1], (Long) row[2]));
		}
		return result;
	}

	/** The whole list with this filter, for a download: one query. */
	public List<University> download(UniversityKind kind) {
		return this.universities.findForDownload(kind, InterfaceText.chinese());
	}

	/**
	 * Up to {@code size} universities and institutes with ids above this one, by id, hubs
	 * not loaded: how the search index reads them a batch at a time.
	 */
	public List<University> batchAfter(long afterId, int size) {
		return this.universities.findByIdGreaterThanOrderById(afterId, PageRequest.ofSize(size));
	}

	public long count() {
		return this.universities.count();
	}

	public University byId(long id) {
		return this.universities.findByIdWithCity(id)
			.orElseThrow(() -> new NotFoundException("university or institute", String.valueOf(id)));
	}

}
