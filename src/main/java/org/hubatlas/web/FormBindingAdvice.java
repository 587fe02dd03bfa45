package org.hubatlas.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** An empty form field means "no value", not an empty string. */
@ControllerAdvice
class FormBindingAdvice {

	@InitBinder
	void emptyStringsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false) {
			@Override
			public void setAsText(String text) {
				setValue((text == null || text.isBlank()) ? null : text);
			}
		});
	}

}
