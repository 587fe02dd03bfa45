package org.hubatlas.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form object of the admin pages. Its values are what the history stores, what the conflict page compares, and what
 * a restore puts back.
 */
public interface AdminForm {

	/** The form's fields as request parameters, in display order, for snapshots and hidden re-posts. */
	Map<String, List<String>> params();

	/** A human label for each parameter name. */
	Map<String, String> labels();

	/** The optimistic-lock version the form was loaded at; null for a new record. */
	Long getVersion();

	void setVersion(Long version);

	/** The values for display: one string per field. */
	default Map<String, String> display() {
		Map<String, String> display = new LinkedHashMap<>();
		params().forEach((name, values) -> display.put(name, String.join(", ", values)));
		return display;
	}

	static List<String> one(Object value) {
		return (value == null) ? List.of() : List.of(String.valueOf(value));
	}

}
