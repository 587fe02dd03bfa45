package org.hubatlas.editing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form object of the admin pages. Its values are what the history stores, what the conflict page compares, and what
 * a restore puts back.
 */
public interface AdminForm {

	/**
	 * The form's fields as request parameters, in the order of {@link #labels()}, then the version: what the history
	 * stores, what the conflict page re-posts. Read from the form's properties of the same names.
	 */
	default Map<String, List<String>> params() {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(this);
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String name : labels().keySet()) {
			params.put(name, values(bean.getPropertyValue(name)));
		}
		params.put("version", values(getVersion()));
		return params;
	}

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

	/** A property's value as request parameter values: none for null, one per element of a collection. */
	private static List<String> values(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(AdminForm::value).toList();
		}
		return List.of(value(value));
	}

	private static String value(Object value) {
		return (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value);
	}

}
