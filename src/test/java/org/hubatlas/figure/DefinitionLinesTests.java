package org.hubatlas.figure;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator form's list of definitions, one a line, written and read back. */
class DefinitionLinesTests {

	private final Indicator indicator = new Indicator("ai-companies", "AI companies", "companies", true, null, 1);

	@Test
	void aLabelWithALineBreakOrABarStaysOnItsLine() {
		// A pack's words for what a source counts may hold both; read back, the list
		// must still have one definition, under its key, for the form's check to pass.
		List<IndicatorDefinition> held = List.of(
				new IndicatorDefinition(this.indicator, "as-written-1", "Firms in the AI\n  core | and related", null,
						null, 1000),
				new IndicatorDefinition(this.indicator, "core", "Core AI firms", "核心企业", "as-written-1", 1));
		List<DefinitionLines.Line> lines = DefinitionLines.parse(DefinitionLines.write(held));
		assertThat(lines)
			.extracting(DefinitionLines.Line::key, DefinitionLines.Line::label, DefinitionLines.Line::labelZh,
					DefinitionLines.Line::countsAs)
			.containsExactly(Tuple.tuple("as-written-1", "Firms in the AI core / and related", null, null),
					Tuple.tuple("core", "Core AI firms", "核心企业", "as-written-1"));
		assertThat(DefinitionLines.problem(lines)).isNull();
	}

}
