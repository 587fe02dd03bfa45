package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.DataVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** What a revision changed, field by field, as the history table shows it. */
class RevisionServiceTests {

	private final RevisionService revisions = new RevisionService(mock(RevisionRepository.class),
			mock(DataVersion.class));

	private static Revision revision(Revision.Action action, String before, String after) {
		return new Revision("company", 1L, "DeepSeek", action, "chief", LocalDateTime.of(2026, 11, 24, 3, 0), before,
				after, null);
	}

	@Test
	void anUpdateListsOnlyTheFieldsThatChangedWithLabelsAndNamesForIds() {
		Revision update = revision(Revision.Action.UPDATE, "{\"name\":[\"DeepSeek\"],\"hqCityId\":[\"3\"]}",
				"{\"name\":[\"DeepSeek\"],\"hqCityId\":[\"5\"]}");
		List<FieldChange> changes = this.revisions.changes(update,
				Map.of("name", "Name", "hqCityId", "Headquarters hub"),
				new FormChoices(Map.of(), Map.of("hqCityId", Map.of("3", "Beijing", "5", "Hangzhou"))));
		assertThat(changes).containsExactly(new FieldChange("hqCityId", "Headquarters hub", "Beijing", "Hangzhou"));
	}

	/**
	 * An id no name is known for is of a record deleted since: the history says so, and
	 * shows no id.
	 */
	@Test
	void anIdOfARecordDeletedSinceReadsAsDeleted() {
		Revision update = revision(Revision.Action.UPDATE, "{\"affects\":[\"city:3\",\"figure:41\"]}",
				"{\"affects\":[\"city:3\"]}");
		List<FieldChange> changes = this.revisions.changes(update, Map.of("affects", "What it affects"),
				new FormChoices(Map.of(), Map.of("affects", Map.of("city:3", "Beijing"))));
		assertThat(changes)
			.containsExactly(new FieldChange("affects", "What it affects", "Beijing; (deleted)", "Beijing"));
	}

	/**
	 * A list of names reads in the order the form lists them, whatever order it was
	 * stored or sent in: the input and the saved values of a conflict read alike.
	 */
	@Test
	void aListOfNamesReadsInTheFormsOrder() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("city:3", "Beijing");
		names.put("figure:2", "Beijing: AI companies, over 2,400");
		FormChoices choices = new FormChoices(Map.of(), Map.of("affects", names));
		assertThat(choices.shown("affects", List.of("figure:2", "city:3")))
			.isEqualTo(choices.shown("affects", List.of("city:3", "figure:2")))
			.isEqualTo("Beijing; Beijing: AI companies, over 2,400");
	}

	@Test
	void aCreateListsEveryFieldWithNothingBefore() {
		Revision create = revision(Revision.Action.CREATE, null, "{\"name\":[\"DeepSeek\"],\"sectors\":[]}");
		List<FieldChange> changes = this.revisions.changes(create, Map.of("name", "Name", "sectors", "Sectors"),
				new FormChoices(Map.of(), Map.of()));
		assertThat(changes).extracting(FieldChange::label).containsExactlyInAnyOrder("Name", "Sectors");
		assertThat(changes).allMatch((c) -> c.before() == null);
	}

}
