package org.hubatlas.subject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.VersionedEntity;

/**
 * Names and links of one kind of subject, implemented by the feature that owns its table
 * (hubs, companies, institutions, incentives) with queries on that table only. Spring
 * collects the implementations for {@link SubjectDirectory}.
 */
public interface SubjectCatalog {

	SubjectKind kind();

	/**
	 * The record's name in the reader's language, empty when there is none: found by id,
	 * without a query when the transaction holds it already (a data pack checks and names
	 * hundreds of rows about the hubs it has loaded).
	 */
	Optional<String> nameOf(long id);

	/**
	 * The links to these records by id, in one query; ids that match nothing are absent.
	 */
	Map<Long, SubjectLink> links(Collection<Long> ids);

	/**
	 * Every record of this kind, id to name, by name: the options of the admin selects.
	 */
	Map<Long, String> names();

	/** The heading of this kind's group in the admin selects. */
	String groupLabel();

	/**
	 * The ids of the records any of whose names matches a lower-case LIKE pattern, so
	 * that what is about them is found by them; none where a kind does not say.
	 */
	default List<Long> idsNamed(String like) {
		return List.of();
	}

	/**
	 * Links to records by id, each under the kind's label ("Hub"), with its name in the
	 * reader's language and its page.
	 */
	static <E extends VersionedEntity> Map<Long, SubjectLink> links(Iterable<E> records, String label,
			Function<E, String> name, Function<E, String> page) {
		Map<Long, SubjectLink> links = new LinkedHashMap<>();
		records.forEach(
				(record) -> links.put(record.getId(), new SubjectLink(label, name.apply(record), page.apply(record))));
		return links;
	}

	/**
	 * Rows of id, name and Chinese name, as a map in the order of the names the reader
	 * sees, each name in the reader's language.
	 */
	static Map<Long, String> names(List<Object[]> rows) {
		Map<Long, String> names = new LinkedHashMap<>();
		rows.stream()
			.sorted(ChineseOrder.byShownName((Object[] row) -> (String) row[1], (row) -> (String) row[2]))
			.forEach((row) -> names.put((Long) row[0], InterfaceText.name((String) row[1], (String) row[2])));
		return names;
	}

}
