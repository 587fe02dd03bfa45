package org.hubatlas.editing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form object of the admin pages. Its values are what the history stores, what the
 * conflict page compares, and what a restore puts back.
 */
public interface AdminForm {

	/**
	 * The form's fields as request parameters, in the order of {@link #fields()}, then
	 * the version: what the history stores, what the conflict page re-posts. Read from
	 * the form's properties of the same names.
	 */
	default Map<String, List<String>> params() {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(this);
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String name : fields()) {
			params.put(name, values(bean.getPropertyValue(name)));
		}
		params.put("version", values(getVersion()));
		return params;
	}

	/**
	 * The names of the form's fields in the order the form shows them. Their labels are
	 * messages ({@code field.<record>.<name>}), read by {@link FieldLabels}.
	 */
	List<String> fields();

	/** The optimistic-lock version the form was loaded at; null for a new record. */
	Long getVersion();

	void setVersion(Long version);

	/**
	 * A property's value as request parameter values: none for null, one per element of a
	 * collection.
	 */
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
