package org.hubatlas.pack;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
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
						"Line 3 is indented with a tab; indent YAML with spaces."),
				// Ten levels of this would be a billion values once read.
				Arguments.of(
						"defs:\n  l0: &l0 [a, a]\n  l1: &l1 [*l0, *l0]\nhubs:\n- slug: x\n  name: x\n  junk: *l1\n",
						"The file repeats a list or a mapping through an alias (*name): write each value out."));
	}

	/**
	 * A field or column a letter or two off one the pack reads is refused, naming the one
	 * meant, instead of losing its value; a note for people far from every field stays.
	 */
	@Test
	void aMisspelledFieldOrColumnIsNamedWithTheOneMeantNotDropped() {
		PackContent pack = PackReader.read("typo.yaml", """
				entries:
				- hub: wuhan
				  indicatr: ai_companies
				  value: 1
				- hub: wuhan
				  indicator: ai_companies
				  trsut: high
				- hub: wuhan
				  indicator: ai_companies
				  source: {title: A page, publishd: '2025'}
				- hub: wuhan
				  indicator: ai_companies
				  quote_note: a note for people
				""");
		assertThat(pack.unreadable()).extracting(PlanRow::line).containsExactly(3, 7, 10);
		assertThat(pack.unreadable()).extracting(PlanRow::reason)
			.containsExactly(
					"\u201cindicatr\u201d is not a field a pack reads: did you mean \u201cindicator\u201d? Its value would "
							+ "be lost.",
					"\u201ctrsut\u201d is not a field a pack reads: did you mean \u201ctrust\u201d? Its value would be lost.",
					"\u201cpublishd\u201d is not a field a pack reads: did you mean \u201cpublished\u201d? Its value would "
							+ "be lost.");
		assertThat(pack.unreadable().get(0).label()).isEqualTo("wuhan \u00b7 ?");
		assertThat(pack.entries()).hasSize(1);
		assertThatThrownBy(() -> PackReader.read("typo.csv",
				String.join(",", PackReader.CSV_COLUMNS).replace("source_published", "source_publishd") + "\n"))
			.isInstanceOf(PackFileException.class)
			.hasMessage("The column \u201csource_publishd\u201d is not one a pack reads: did you mean "
					+ "\u201csource_published\u201d? Its values would be lost.");
	}

	@ParameterizedTest
	@MethodSource("brokenFiles")
	void aFileTheParserCannotReadIsRefusedInPlainWordsOnTheLineToCorrect(String text, String message) {
		assertThatThrownBy(() -> PackReader.read("broken.yaml", text)).isInstanceOf(PackFileException.class)
			.hasMessage(message);
	}

}
