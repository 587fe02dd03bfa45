package org.hubatlas.web;

import java.beans.PropertyEditorSupport;

import org.hubatlas.common.Text;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or a query parameter brings is normalised before it is validated
 * ({@link Text#normalize}), and an empty field means "no value", not an empty string.
 * Passwords are the exception: they are taken exactly as typed, because signing in
 * compares them byte for byte.
 */
@ControllerAdvice
class FormBindingAdvice {

	@InitBinder
	void normaliseText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NormalisedText());
		for (String field : new String[] { "password", "confirmPassword", "currentPassword", "newPassword" }) {
			binder.registerCustomEditor(String.class, field, new TypedText());
		}
		// Identifiers keep what was typed, so that a hidden character is refused with a
		// message (TypedAsShown) instead of being removed without a word.
		for (String field : new String[] { "slug", "code", "username" }) {
			binder.registerCustomEditor(String.class, field, new IdentifierText());
		}
	}

	private static final class IdentifierText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Text.identifier(text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

	private static final class NormalisedText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Text.blankToNull(text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

	private static final class TypedText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text == null || text.isEmpty()) ? null : text);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

	}

}
