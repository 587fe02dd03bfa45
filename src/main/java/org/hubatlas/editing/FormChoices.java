package org.hubatlas.editing;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubatlas.common.Labelled;

/**
 * What an admin form offers to choose from: for each field that stores ids or constants
 * the names to show for them, in the form's selects and in history and conflicts ("5" →
 * "Hangzhou"); and any further model attributes its page needs (the grouped subjects).
 */
public record FormChoices(Map<String, Object> attributes, Map<String, Map<String, String>> valueLabels) {

	public static FormChoices none() {
		return new FormChoices(Map.of(), Map.of());
	}

	/** The names of the ids these fields store, and the labels of the form's enums. */
	public static FormChoices of(Class<? extends AdminForm> formType, Map<String, Map<String, String>> idNames) {
		return of(formType, idNames, Map.of());
	}

	public static FormChoices of(Class<? extends AdminForm> formType, Map<String, Map<String, String>> idNames,
			Map<String, Object> attributes) {
		Map<String, Map<String, String>> valueLabels = new LinkedHashMap<>(idNames);
		for (RecordComponent component : formType.getRecordComponents()) {
			if (component.getType().isEnum() && Labelled.class.isAssignableFrom(component.getType())) {
				Map<String, String> labels = new LinkedHashMap<>();
				for (Object constant : component.getType().getEnumConstants()) {
					String label = ((Labelled) constant).label();
					labels.put(((Enum<?>) constant).name(), label.isEmpty() ? "none" : label);
				}
				valueLabels.put(component.getName(), labels);
			}
		}
		return new FormChoices(attributes, valueLabels);
	}

}
