package org.hubatlas.pack;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A YAML pack the parser cannot read is refused in an editor's words, on the line to
 * correct: where a quote or a bracket opens, not the end of the file where the parser
 * noticed it.
 */
class PackReaderTests {

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				Arguments.of("hubs:\n- slug: a\n  name: \"Open quote\n- slug: b\n",
						"Line 3: a quoted value opens here and is never closed; end it with the same quote mark."),
				Arguments.of("entries:\n- quote: 'it''s\n",
						"Line 2: a quoted value opens here and is never closed; end it with the same quote mark."),
				Arguments.of("hubs:\n- {slug: a, name: b\n",
						"Line 2: a list in [ ] or a mapping in { } opens here and is never closed."),
				Arguments.of("hubs:\n  - slug: a\n   name: b\n",
						"Line 3 is indented differently from the lines above it: line up each field of an entry "
								+ "under the one before."),
				Arguments.of("hubs:\n- slug: a\n  name: b: c\n",
						"Line 3 has a colon and a space inside a value; put that value in quotes."),
				Arguments.of("hubs:\n- slug: a\n\tname: b\n",
						"Line 3 is indented with a tab; indent YAML with spaces."));
	}

	@ParameterizedTest
	@MethodSource("brokenFiles")
	void aFileTheParserCannotReadIsRefusedInPlainWordsOnTheLineToCorrect(String text, String message) {
		assertThatThrownBy(() -> PackReader.read("broken.yaml", text)).isInstanceOf(PackFileException.class)
			.hasMessage(message);
	}

}
