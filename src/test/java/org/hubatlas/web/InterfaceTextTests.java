package org.hubatlas.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text exists in English and in Chinese, and no template shows literal
 * text a reader of the other language would see untranslated.
 */
class InterfaceTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img", "hr", "source", "area", "base",
			"col", "embed", "param", "track", "wbr");

	/** Attributes a reader sees or hears. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt",
			"data-label");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)(/?)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyKeyExistsInBothLanguagesWithTheSameArguments() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys only in English")
			.containsAll(english.stringPropertyNames());
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys only in Chinese")
			.containsAll(chinese.stringPropertyNames());
		List<String> mismatched = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			// Chinese has no plural: an argument English uses only to choose a plural may
			// go.
			Set<String> needed = placeholders(english.getProperty(key).replaceAll("\\{\\d+,choice,", "{choice,"));
			Set<String> chineseArguments = placeholders(chinese.getProperty(key));
			if (!chineseArguments.containsAll(needed)
					|| !placeholders(english.getProperty(key)).containsAll(chineseArguments)) {
				mismatched.add(key);
			}
			if (english.getProperty(key).isBlank() != chinese.getProperty(key).isBlank()) {
				mismatched.add(key + " (blank in one language)");
			}
		}
		assertThat(mismatched).as("messages whose arguments differ between languages").isEmpty();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	@Test
	void noTemplateShowsLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				literals.addAll(literalText(TEMPLATES.relativize(file).toString(), Files.readString(file)));
			}
		}
		assertThat(literals).as("visible text in templates that is not a message").isEmpty();
	}

	/** The check itself must catch what it is for. */
	@Test
	void theCheckFindsLiteralTextAndLiteralAttributes() {
		assertThat(literalText("t", "<main><h1>Companies</h1><p th:text=\"#{x}\">Kept</p></main>")).hasSize(1);
		assertThat(literalText("t", "<nav aria-label=\"Breadcrumb\"></nav><td data-label=\"Kind\"></td>")).hasSize(2);
		assertThat(literalText("t", "<p th:text=\"${a} ? 'Swap the two hubs' : 'x'\">x</p>")).hasSize(1);
		assertThat(literalText("t", "<span th:text=\"|${n} hubs|\">3</span>")).hasSize(1);
		assertThat(literalText("t", "<span th:text=\"${n == 1 ? 'figure' : 'figures'}\">3</span>")).hasSize(1);
		assertThat(literalText("t", "<script>var a = 'text';</script><p>·</p><p th:text=\"#{k(${n})}\">3 hubs</p>"))
			.isEmpty();
	}

	static List<String> literalText(String name, String template) {
		String html = template.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?i)<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		Deque<Map.Entry<String, Boolean>> open = new ArrayDeque<>();
		Matcher tag = TAG.matcher(html);
		int at = 0;
		while (tag.find()) {
			String text = html.substring(at, tag.start()).strip();
			boolean covered = open.stream().anyMatch(Map.Entry::getValue);
			if (!covered && text.codePoints().anyMatch(Character::isLetter)) {
				found.add(name + ": text \"" + text + "\"");
			}
			at = tag.end();
			String element = tag.group(2).toLowerCase();
			if (!tag.group(1).isEmpty()) {
				while (!open.isEmpty()) {
					if (open.pop().getKey().equals(element)) {
						break;
					}
				}
				continue;
			}
			Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
			boolean textFromExpression = false;
			while (attribute.find()) {
				String attributeName = attribute.group(1);
				String value = attribute.group(2);
				if (VISIBLE_ATTRIBUTES.contains(attributeName) && value.codePoints().anyMatch(Character::isLetter)) {
					found.add(name + ": attribute " + attributeName + "=\"" + value + "\"");
				}
				if (Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication")
					.contains(attributeName) && !element.equals("html")) {
					textFromExpression = true;
				}
				if (attributeName.startsWith("th:") && literalInExpression(attributeName.substring(3), value)) {
					found.add(name + ": expression " + attributeName + "=\"" + value + "\"");
				}
			}
			boolean selfClosing = !tag.group(4).isEmpty() || VOID.contains(element);
			if (!selfClosing) {
				open.push(
						Map.entry(element, textFromExpression || element.equals("script") || element.equals("style")));
			}
		}
		return found;
	}

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	private static final Pattern PIPED = Pattern.compile("\\|([^|]*)\\|");

	/**
	 * English written inside an expression that is shown: a quoted phrase ('Swap the two
	 * hubs') or a literal substitution with words outside its expressions (|${n} hubs|).
	 */
	static boolean literalInExpression(String attribute, String expression) {
		if (!Set.of("text", "utext", "title", "aria-label", "placeholder", "alt", "data-label", "replace", "insert")
			.contains(attribute)) {
			return false;
		}
		if (expression.matches("(?s).*\\?\\s*'[A-Za-z][a-z]+(?: [a-z]+)*'\\s*:\\s*'[A-Za-z][a-z]+.*")
				&& !attribute.equals("attr")) {
			return true;
		}
		String outside = expression.replaceAll("@\\{[^}]*\\}", "")
			.replaceAll("\\$\\{[^}]*\\}", "")
			.replaceAll("#\\{[^}]*\\}", "")
			.replaceAll("~\\{[^:}]*::", "~{::");
		Matcher quoted = QUOTED.matcher(outside);
		while (quoted.find()) {
			String literal = quoted.group(1);
			if (literal.matches(".*\\p{L}{2,}.*") && !literal.matches("[a-z0-9_.:#/-]*")
					&& !literal.matches("[a-z]+[A-Z][A-Za-z]*") && !literal.equals("bar leader")) {
				return true;
			}
		}
		Matcher piped = PIPED.matcher(outside);
		while (piped.find()) {
			String literal = piped.group(1);
			if (literal.matches(".*\\p{L}{2,}.*") && !literal.matches("[a-z0-9/_.#-]*")) {
				return true;
			}
		}
		return false;
	}

}
