package org.hubatlas.editing;

import java.util.Map;

/**
 * What an admin form offers to choose from, as model attributes ("hubs", "kinds"), and
 * for each field that stores ids or constants the names to show for them in history and
 * conflicts ("5" → "Hangzhou").
 */
public record FormChoices(Map<String, Object> attributes, Map<String, Map<String, String>> valueLabels) {

	public static FormChoices none() {
		return new FormChoices(Map.of(), Map.of());
	}

}
