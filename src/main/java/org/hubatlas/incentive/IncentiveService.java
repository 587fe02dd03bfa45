package org.hubatlas.incentive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
@Transactional(readOnly = true)
public class IncentiveService {

	private final IncentiveRepository incentives;

	IncentiveService(IncentiveRepository incentives) {
		this.incentives = incentives;
	}

	public Incentive get(String slug) {
		return this.incentives.findBySlugWithCities(slug).orElseThrow(() -> new NotFoundException("incentive", slug));
	}

	public List<Incentive> list(IncentiveLevel level, IncentiveKind kind) {
		return this.incentives.findListing(level, kind);
	}

	/** Incentives that apply to any of these hubs, with all their hubs loaded. */
	public List<Incentive> forCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.incentives.findForCities(cityIds);
	}

	public List<CityIncentive> cityKinds() {
		List<CityIncentive> result = new ArrayList<>();
		for (Object[] row : this.incentives.findCityKinds()) {
			result.add(new CityIncentive((Long) row[0], (Long) row[1], (IncentiveKind) row[2]));
		}
		return result;
	}

	public record CityIncentive(long cityId, long incentiveId, IncentiveKind kind) {
	}

	public long count() {
		return this.incentives.count();
	}

	public Incentive byId(long id) {
		return this.incentives.findByIdWithCities(id)
			.orElseThrow(() -> new NotFoundException("incentive", String.valueOf(id)));
	}

}
