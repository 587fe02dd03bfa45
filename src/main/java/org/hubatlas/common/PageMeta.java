package org.hubatlas.common;

import org.springframework.ui.Model;

/**
 * What a page says about itself in its head: the description search engines and shared
 * links show ("og:description"). Pages about one thing describe it; the others keep the
 * site's tagline.
 */
public final class PageMeta {

	/** The model attribute the layout reads: text as the data has it. */
	public static final String DESCRIPTION = "metaDescription";

	/** Or a message key and its arguments, for descriptions written by us. */
	public static final String DESCRIPTION_KEY = "metaDescriptionKey";

	public static final String DESCRIPTION_ARGS = "metaDescriptionArgs";

	private PageMeta() {
	}

	public static void describe(Model model, String description) {
		if (description != null && !description.isBlank()) {
			model.addAttribute(DESCRIPTION, description);
		}
	}

	public static void describeWithMessage(Model model, String key, Object... args) {
		model.addAttribute(DESCRIPTION_KEY, key);
		model.addAttribute(DESCRIPTION_ARGS, args);
	}

}
