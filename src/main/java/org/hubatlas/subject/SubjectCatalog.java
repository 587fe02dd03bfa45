package org.hubatlas.subject;

import java.util.Collection;
import java.util.Map;

/**
 * Names and links of one kind of subject, implemented by the feature that owns its table
 * (hubs, companies, institutions, incentives) with queries on that table only. Spring
 * collects the implementations for {@link SubjectDirectory}.
 */
public interface SubjectCatalog {

	SubjectKind kind();

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

}
