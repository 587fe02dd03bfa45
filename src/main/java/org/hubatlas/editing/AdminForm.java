package org.hubatlas.editing;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.ReflectionUtils;

/**
 * A form of the admin pages: a record bound through its constructor, its components the
 * form's fields in the order the form shows them, then the optimistic-lock version. Its
 * values are what the history stores, what the conflict page compares, and what a restore
 * binds again.
 */
public interface AdminForm {

	/** The version the form was loaded at; null for a new record. */
	Long version();

	/**
	 * The names of the form's fields in the order the form shows them. Their labels are
	 * messages ({@code field.<record>.<name>}), read by {@link FieldLabels}.
	 */
	default List<String> fields() {
		return fieldsOf(getClass());
	}

	/**
	 * The form's fields as request parameters, in the order of {@link #fields()}, then
	 * the version: what the history stores, what the conflict page re-posts.
	 */
	default Map<String, List<String>> params() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (RecordComponent component : getClass().getRecordComponents()) {
			params.put(component.getName(), values(ReflectionUtils.invokeMethod(component.getAccessor(), this)));
		}
		params.put("version", params.remove("version"));
		return params;
	}

	static List<String> fieldsOf(Class<?> formType) {
		return Arrays.stream(formType.getRecordComponents())
			.map(RecordComponent::getName)
			.filter((name) -> !"version".equals(name))
			.toList();
	}

	/** The form of a new record: every field empty, every list empty. */
	static <F extends AdminForm> F empty(Class<F> formType) {
		RecordComponent[] components = formType.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = List.class.equals(types[i]) ? List.of() : null;
		}
		try {
			Constructor<F> constructor = formType.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("A form record needs its canonical constructor: " + formType, ex);
		}
	}

	/**
	 * A value as request parameter values: none for null, one per element of a
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
		return (value == null) ? "" : (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value);
	}

}
