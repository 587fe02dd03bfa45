package org.hubatlas.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Names the subjects of figures and statements in one query, and checks that a subject exists. Reads the tables with
 * SQL so that this bottom package need not import the features built on it.
 */
@Component
class SubjectNames {

	private final EntityManager em;

	SubjectNames(EntityManager em) {
		this.em = em;
	}

	/** Subject name by subject key ("city:3" → "Beijing"), for the given keys. */
	Map<String, String> names(Collection<String> keys) {
		Map<String, String> names = new HashMap<>();
		if (keys.isEmpty()) {
			return names;
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.em.createNativeQuery("select 'city:' || id, name from city "
				+ "union all select 'company:' || id, name from company "
				+ "union all select 'university:' || id, name from university "
				+ "union all select 'incentive:' || id, title from incentive").getResultList();
		for (Object[] row : rows) {
			if (keys.contains((String) row[0])) {
				names.put((String) row[0], (String) row[1]);
			}
		}
		return names;
	}

	/** Whether the record a subject key names exists; the key must match {@link SubjectKey#PATTERN}. */
	boolean exists(String key) {
		String table = SubjectKey.table(key);
		if (!List.of("city", "company", "university", "incentive").contains(table)) {
			return false;
		}
		Number count = (Number) this.em.createNativeQuery("select count(*) from " + table + " where id = ?1")
			.setParameter(1, SubjectKey.id(key))
			.getSingleResult();
		return count.longValue() > 0;
	}

}
