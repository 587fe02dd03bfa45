package org.hubatlas.editing;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Which fields of a form a save refuses when left empty, read from the constraints on the
 * form's own components, so that the form says so beside each label before a save is
 * tried ({@code fragments/forms.html}).
 */
public final class RequiredFields {

	private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotBlank.class, NotNull.class,
			NotEmpty.class);

	private static final Map<Class<?>, Set<String>> BY_TYPE = new ConcurrentHashMap<>();

	private RequiredFields() {
	}

	/** Whether the form's field must be filled in. */
	public static boolean has(Object form, String field) {
		return form != null && BY_TYPE.computeIfAbsent(form.getClass(), RequiredFields::required).contains(field);
	}

	private static Set<String> required(Class<?> type) {
		if (!type.isRecord()) {
			return Set.of();
		}
		return Arrays.stream(type.getRecordComponents())
			// A slug left empty on a new record is made from its name or title: not a
			// field the editor must fill in.
			.filter((component) -> !"slug".equals(component.getName()))
			// A constraint on a component is kept on its accessor, not on the component.
			.filter((component) -> required(component.getAccessor()))
			.map((component) -> component.getName())
			.collect(Collectors.toUnmodifiableSet());
	}

	private static boolean required(AnnotatedElement element) {
		return Arrays.stream(element.getAnnotations()).anyMatch((a) -> REQUIRED.contains(a.annotationType()));
	}

}
