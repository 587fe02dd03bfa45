package org.hubatlas.support;

import org.hubatlas.common.InterfaceText;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * For tests of plain code that words things in the reader's language: the site's messages
 * for {@link InterfaceText} during each test, and the language and messages as they were
 * after it. Set the reader's language with {@code LocaleContextHolder.setLocale}.
 */
public class SiteMessages implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SiteMessages.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(STORE).put("before", ReflectionTestUtils.getField(InterfaceText.class, "messages"));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ReflectionTestUtils.setField(InterfaceText.class, "messages", messages);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		LocaleContextHolder.resetLocaleContext();
		ReflectionTestUtils.setField(InterfaceText.class, "messages", context.getStore(STORE).get("before"));
	}

}
