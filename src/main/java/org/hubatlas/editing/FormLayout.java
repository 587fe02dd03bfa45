package org.hubatlas.editing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The fields of an admin form as its edit page draws them, in groups: a group of one
 * field spans the form, the fields of a larger group stand side by side. A record kind
 * writes its layout in one line, groups apart by "|" and a text field with ":n" drawn as
 * a box of n lines: {@code "name slug level | summary:5"}. How each field is drawn
 * follows from its type in the form record: a select of an enum's constants, a select of
 * the names of a {@code Long} id, checkboxes for a list of ids, a checkbox for a
 * {@code Boolean}, the grouped subject select for {@code subject}, else a text field.
 */
public record FormLayout(List<List<Field>> groups) {

	public enum Widget {

		TEXT, URL, AREA, ENUM, SELECT, CHECKBOXES, CHECKBOX, SUBJECT

	}

	/** One field: its name, how it is drawn, its lines, and what it offers to choose. */
	public record Field(String name, Widget widget, int rows, Object options) {
	}

	/**
	 * The layout of this form; the names to show for ids come from the kind's choices.
	 * Throws when the layout does not name every field of the form exactly once.
	 */
	public static FormLayout of(String layout, Class<? extends AdminForm> formType,
			Map<String, Map<String, String>> valueLabels) {
		Map<String, RecordComponent> components = Arrays.stream(formType.getRecordComponents())
			.collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
		Set<String> placed = new HashSet<>();
		List<List<Field>> groups = new ArrayList<>();
		for (String group : layout.split("\\|")) {
			List<Field> fields = new ArrayList<>();
			for (String entry : group.trim().split("\\s+")) {
				String[] nameAndRows = entry.split(":");
				RecordComponent component = components.get(nameAndRows[0]);
				if (component == null || !placed.add(nameAndRows[0])) {
					throw new IllegalStateException("The layout of " + formType.getSimpleName() + " names "
							+ nameAndRows[0] + " twice or not in the form");
				}
				int rows = (nameAndRows.length > 1) ? Integer.parseInt(nameAndRows[1]) : 0;
				fields.add(field(component, rows, valueLabels.get(component.getName())));
			}
			groups.add(List.copyOf(fields));
		}
		if (!placed.containsAll(AdminForm.fieldsOf(formType))) {
			throw new IllegalStateException("The layout of " + formType.getSimpleName() + " leaves out a field");
		}
		return new FormLayout(List.copyOf(groups));
	}

	/**
	 * The same errors with the fields' in the order the form shows them, so that the
	 * summary on top reads down the form; the errors of no field first.
	 */
	public BindingResult inOrder(BindingResult result) {
		return inOrder(result, this.groups.stream().flatMap(List::stream).map(Field::name).toList());
	}

	/**
	 * The same errors in the order of the form record's fields, for a form drawn field by
	 * field in that order (an admin's account).
	 */
	public static BindingResult inRecordOrder(BindingResult result, Class<? extends Record> form) {
		return inOrder(result, Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList());
	}

	private static BindingResult inOrder(BindingResult result, List<String> names) {
		BeanPropertyBindingResult sorted = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		result.getGlobalErrors().forEach(sorted::addError);
		result.getFieldErrors().stream().sorted(Comparator.comparingInt((FieldError error) -> {
			int at = names.indexOf(error.getField());
			return (at < 0) ? Integer.MAX_VALUE : at;
		})).forEach(sorted::addError);
		return sorted;
	}

	private static Field field(RecordComponent component, int rows, Map<String, String> names) {
		String name = component.getName();
		Class<?> type = component.getType();
		if ("subject".equals(name)) {
			return new Field(name, Widget.SUBJECT, 0, null);
		}
		if (type.isEnum()) {
			return new Field(name, Widget.ENUM, 0, List.of(type.getEnumConstants()));
		}
		if (List.class.equals(type) || Long.class.equals(type)) {
			return new Field(name, List.class.equals(type) ? Widget.CHECKBOXES : Widget.SELECT, 0, names);
		}
		if (Boolean.class.equals(type)) {
			return new Field(name, Widget.CHECKBOX, 0, null);
		}
		Widget text = "url".equals(name) ? Widget.URL : Widget.TEXT;
		return new Field(name, (rows > 0) ? Widget.AREA : text, rows, null);
	}

}
