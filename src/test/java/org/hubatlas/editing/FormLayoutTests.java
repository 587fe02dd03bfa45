package org.hubatlas.editing;

import java.util.List;
import java.util.Map;

import org.hubatlas.common.Labelled;
import org.hubatlas.editing.FormLayout.Field;
import org.hubatlas.editing.FormLayout.Widget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A kind's one-line layout becomes the groups of its edit page, each field drawn as its
 * type asks; a layout that misses a field, names one twice or names one the form lacks is
 * refused.
 */
class FormLayoutTests {

	enum Colour implements Labelled {

		RED;

		@Override
		public String label() {
			return "Red";
		}

	}

	record SampleForm(String name, String url, Colour colour, Long cityId, List<Long> cityIds, Boolean open,
			String summary, String subject, Long version) implements AdminForm {
	}

	private static final String LAYOUT = "name url colour cityId | cityIds | open | summary:5 | subject";

	@Test
	void eachFieldIsDrawnAsItsTypeAsksInTheGroupsTheLayoutGives() {
		Map<String, String> hubs = Map.of("1", "Beijing");
		FormLayout layout = FormLayout.of(LAYOUT, SampleForm.class, Map.of("cityId", hubs, "cityIds", hubs));
		assertThat(layout.groups()).extracting(List::size).containsExactly(4, 1, 1, 1, 1);
		assertThat(layout.groups().get(0)).containsExactly(new Field("name", Widget.TEXT, 0, null),
				new Field("url", Widget.URL, 0, null), new Field("colour", Widget.ENUM, 0, List.of(Colour.RED)),
				new Field("cityId", Widget.SELECT, 0, hubs));
		assertThat(layout.groups().get(1)).containsExactly(new Field("cityIds", Widget.CHECKBOXES, 0, hubs));
		assertThat(layout.groups().get(2)).containsExactly(new Field("open", Widget.CHECKBOX, 0, null));
		assertThat(layout.groups().get(3)).containsExactly(new Field("summary", Widget.AREA, 5, null));
		assertThat(layout.groups().get(4)).containsExactly(new Field("subject", Widget.SUBJECT, 0, null));
	}

	@Test
	void aLayoutMustNameEveryFieldOnce() {
		assertThatIllegalStateException().isThrownBy(
				() -> FormLayout.of("name url colour cityId | cityIds | open | summary:5", SampleForm.class, Map.of()))
			.withMessageContaining("leaves out a field");
		assertThatIllegalStateException()
			.isThrownBy(() -> FormLayout.of(LAYOUT + " | name", SampleForm.class, Map.of()))
			.withMessageContaining("name");
		assertThatIllegalStateException()
			.isThrownBy(() -> FormLayout.of(LAYOUT + " | colourr", SampleForm.class, Map.of()))
			.withMessageContaining("colourr");
	}

}
