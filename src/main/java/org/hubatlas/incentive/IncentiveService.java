package org.hubatlas.incentive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageOfIds;
import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	/** How many incentives the public list shows at a time. */
	public static final int LIST_PAGE_SIZE = 50;

	/**
	 * One page (from 1) of the public list, by title: two queries whatever the number of
	 * incentives.
	 */
	public Page<Incentive> list(IncentiveLevel level, IncentiveKind kind, int page) {
		return list(level, kind, page, LIST_PAGE_SIZE);
	}

	/** One page (from 1) of this size, by title: two queries and a count. */
	public Page<Incentive> list(IncentiveLevel level, IncentiveKind kind, int page, int size) {
		Page<Long> ids = this.incentives.findListingIds(level, kind, InterfaceText.chinese(),
				PageRequest.of(page - 1, size));
		return PageOfIds.load(ids, this.incentives::findWithCities, Incentive::getId);
	}

	/** Incentives that apply to any of these hubs, with all their hubs loaded. */
	public List<Incentive> forCities(Collection<Long> cityIds) {
		List<Incentive> found = new ArrayList<>(cityIds.isEmpty() ? List.of() : this.incentives.findForCities(cityIds));
		found.sort(ChineseOrder.byShownName(Incentive::getTitle, Incentive::getTitleZh));
		return found;
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

	/**
	 * The whole list with these filters, for a download: one query. In the order of its
	 * first column, the English title, whatever the reader's language.
	 */
	public List<Incentive> download(IncentiveLevel level, IncentiveKind kind) {
		return this.incentives.findForDownload(level, kind);
	}

	/**
	 * Up to {@code size} incentives with ids above this one, by id, with their hubs: how
	 * the search index reads them a batch at a time, in two queries each.
	 */
	public List<Incentive> batchAfter(long afterId, int size) {
		return PageOfIds.load(this.incentives.findIdsAfter(afterId, PageRequest.ofSize(size)),
				this.incentives::findWithCities, Incentive::getId);
	}

	public long count() {
		return this.incentives.count();
	}

	public Incentive byId(long id) {
		return this.incentives.findByIdWithCities(id)
			.orElseThrow(() -> new NotFoundException("incentive", String.valueOf(id)));
	}

}
