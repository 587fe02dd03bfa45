package org.hubatlas.editing;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/**
 * What an admin form offers to choose from: for each field that stores ids or constants
 * the names to show for them, in the form's selects and in history and conflicts ("5" →
 * "Hangzhou"); and any further model attributes its page needs (the grouped subjects).
 */
public record FormChoices(Map<String, Object> attributes, Map<String, Map<String, String>> valueLabels) {

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
					labels.put(((Enum<?>) constant).name(),
							label.isEmpty() ? InterfaceText.message("admin.form.none", "none") : label);
				}
				valueLabels.put(component.getName(), labels);
			}
		}
		return new FormChoices(attributes, valueLabels);
	}

	/**
	 * A field's stored values as a reader knows them: "Hangzhou" for hub id 5, "Startup"
	 * for STARTUP.
	 */
	public String shown(String field, List<String> values) {
		Map<String, String> names = this.valueLabels.getOrDefault(field, Map.of());
		// In the order the form lists them, so that two lists of one field (yours and the
		// saved one) read alike; names hold commas of their own ("Beijing: AI companies,
		// over 2,400"): a list parts them with "; ", in Chinese with "、".
		List<String> listed = values;
		if (values.size() > 1 && !names.isEmpty()) {
			List<String> order = List.copyOf(names.keySet());
			listed = values.stream()
				.sorted(Comparator.comparingInt((String v) -> order.contains(v) ? order.indexOf(v) : order.size()))
				.toList();
		}
		return String.join(InterfaceText.message("admin.form.listSeparator", "; "),
				listed.stream().map((v) -> names.getOrDefault(v, unnamed(names, v))).toList());
	}

	/**
	 * A value no name is known for: an id of a field that names its ids is of a record
	 * since deleted, and says so rather than show the id; anything else as it is.
	 */
	private static String unnamed(Map<String, String> names, String value) {
		return (!names.isEmpty() && ID.matcher(value).matches())
				? InterfaceText.message("admin.form.deletedRecord", "(deleted)") : value;
	}

	/** An id as a form stores it: "12", or with its kind, "figure:12". */
	private static final Pattern ID = Pattern.compile("(?:[a-z]+:)?\\d{1,18}");

	/** Each field of a form, by name, as {@link #shown} writes it. */
	public Map<String, String> shown(AdminForm form) {
		Map<String, String> shown = new LinkedHashMap<>();
		form.params().forEach((name, values) -> shown.put(name, shown(name, values)));
		return shown;
	}

}
