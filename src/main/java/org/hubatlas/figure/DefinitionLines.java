package org.hubatlas.figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hubatlas.common.Text;

/**
 * An indicator's list of definitions as the admin form writes it, one a line:
 * {@code key | English label | Chinese label | counts as}, the last two optional. "counts
 * as" names the key of another definition of the list that counts the same thing.
 */
final class DefinitionLines {

	/** One definition as a line of the form gives it. */
	record Line(int number, String key, String label, String labelZh, String countsAs) {
	}

	/** What is wrong with a line: a message code, its English text and arguments. */
	record Problem(String code, String english, Object[] args) {
	}

	private static final String KEY = "[a-z0-9][a-z0-9-]{0,119}";

	private DefinitionLines() {
	}

	static String write(List<IndicatorDefinition> definitions) {
		List<String> lines = new ArrayList<>();
		for (IndicatorDefinition d : definitions) {
			String line = d.getKey() + " | " + oneLine(d.getLabel());
			if (d.getLabelZh() != null || d.getCountsAs() != null) {
				line += " | " + ((d.getLabelZh() != null) ? oneLine(d.getLabelZh()) : "");
			}
			if (d.getCountsAs() != null) {
				line += " | " + d.getCountsAs();
			}
			lines.add(line);
		}
		return String.join("\n", lines);
	}

	static List<Line> parse(String text) {
		List<Line> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		String[] raw = text.split("\\R");
		for (int i = 0; i < raw.length; i++) {
			if (raw[i].isBlank()) {
				continue;
			}
			String[] parts = raw[i].split("\\|", -1);
			lines.add(new Line(i + 1, part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
		}
		return lines;
	}

	/** The first problem of the list, or null when every line can be saved. */
	static Problem problem(List<Line> lines) {
		Set<String> keys = new HashSet<>();
		for (Line line : lines) {
			if (line.key() == null || !line.key().matches(KEY)) {
				return new Problem("valid.definitionKey",
						"Line {0}: start with a key of lower-case letters, digits and hyphens, then | and the label.",
						new Object[] { line.number() });
			}
			if (line.label() == null || line.label().length() > 500
					|| (line.labelZh() != null && line.labelZh().length() > 500)) {
				return new Problem("valid.definitionLabel",
						"Line {0}: give the definition an English label of at most 500 characters after the key.",
						new Object[] { line.number() });
			}
			if (!keys.add(line.key())) {
				return new Problem("valid.definitionTwice", "Line {0}: the key \u201c{1}\u201d is listed twice.",
						new Object[] { line.number(), line.key() });
			}
		}
		for (Line line : lines) {
			if (line.countsAs() != null && !keys.contains(line.countsAs())) {
				return new Problem("valid.definitionCountsAs", "Line {0}: \u201c{1}\u201d is not a key of this list.",
						new Object[] { line.number(), line.countsAs() });
			}
		}
		return null;
	}

	/**
	 * A label as one part of its line: a pack's words may hold a line break or a bar,
	 * which would split the label when the list is read back.
	 */
	private static String oneLine(String label) {
		return label.replaceAll("\\s*\\R\\s*", " ").replace("|", "/");
	}

	private static String part(String[] parts, int index) {
		return (index < parts.length) ? Text.blankToNull(parts[index].strip()) : null;
	}

}
