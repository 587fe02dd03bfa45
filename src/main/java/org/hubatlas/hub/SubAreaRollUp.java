package org.hubatlas.hub;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;

/**
 * Counts of what each hub holds, where what a sub-area holds counts for its parent hub
 * too (Zhongguancun's companies are Beijing's), and each record once per hub however many
 * ties it has there.
 */
final class SubAreaRollUp {

	private final Map<Long, Long> parentOf = new HashMap<>();

	private final Map<Long, Set<Long>> itemsByHub = new HashMap<>();

	SubAreaRollUp(List<City> hubs) {
		for (City hub : hubs) {
			if (hub.getParent() != null) {
				this.parentOf.put(hub.getId(), hub.getParent().getId());
			}
		}
	}

	/**
	 * Records that the item (a company, an institution, an incentive) is tied to the hub.
	 */
	void add(long hubId, long itemId) {
		this.itemsByHub.computeIfAbsent(hubId, (k) -> new HashSet<>()).add(itemId);
		Long parent = this.parentOf.get(hubId);
		if (parent != null) {
			this.itemsByHub.computeIfAbsent(parent, (k) -> new HashSet<>()).add(itemId);
		}
	}

	/** How many distinct items the hub holds, its sub-areas' included. */
	int count(long hubId) {
		return this.itemsByHub.getOrDefault(hubId, Set.of()).size();
	}

}
