package org.hubatlas.web;

import java.beans.PropertyEditorSupport;
import java.util.function.UnaryOperator;

import org.hubatlas.common.Text;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or a query parameter brings is normalised before it is validated
 * ({@link Text#normalize}), and an empty field means "no value", not an empty string.
 * Passwords are the exception: they are taken exactly as typed, because signing in
 * compares them byte for byte; identifiers keep what was typed less surrounding spaces.
 */
@ControllerAdvice
class FormBindingAdvice {

	@InitBinder
	void normaliseText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor(Text::blankToNull));
		for (String field : new String[] { "password", "confirmPassword", "currentPassword", "newPassword" }) {
			binder.registerCustomEditor(String.class, field,
					new TextEditor((text) -> (text == null || text.isEmpty()) ? null : text));
		}
		// Identifiers keep what was typed, so that a hidden character is refused with a
		// message (TypedAsShown) instead of being removed without a word.
		for (String field : new String[] { "slug", "code", "username" }) {
			binder.registerCustomEditor(String.class, field, new TextEditor(Text::identifier));
		}
	}

	/** Binds a text field through one of the rules above; no value shows as empty. */
	private static final class TextEditor extends PropertyEditorSupport {

		private final UnaryOperator<String> rule;

		TextEditor(UnaryOperator<String> rule) {
			this.rule = rule;
		}

		@Override
		public void setAsText(String text) {
			setValue(this.rule.apply(text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
