package org.hubatlas.editing;

import java.util.List;
import java.util.Map;

/**
 * A select's options grouped by the value of another field of the form (a figure's
 * definitions by their indicator): without scripts each group is labelled; with them, the
 * select shows the groups of the value chosen there ({@code admin.js}).
 *
 * @param narrowedBy the field whose value picks the group
 * @param groups the groups, in order
 */
public record OptionGroups(String narrowedBy, List<Group> groups) {

	/** One group: its label, the other field's value it belongs to, and its options. */
	public record Group(String label, String value, Map<String, String> options) {
	}

}
