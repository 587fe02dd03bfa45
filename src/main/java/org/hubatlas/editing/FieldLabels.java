package org.hubatlas.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The labels of a form's fields, from the same messages the form templates show
 * ({@code field.<record>.<name>}), so that history, conflicts and restore messages name a
 * field as the form does.
 */
@Component
public class FieldLabels {

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** Field name to label, in the form's order. */
	public Map<String, String> of(String formKey, List<String> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : fields) {
			labels.put(field, this.messages.getMessage("field." + formKey + "." + field, null, field,
					LocaleContextHolder.getLocale()));
		}
		return labels;
	}

}
