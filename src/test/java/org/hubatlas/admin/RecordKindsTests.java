package org.hubatlas.admin;

import java.util.List;

import org.hubatlas.city.CityForm;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.editing.RecordRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The registry of record kinds keeps the admin menu's order whatever order the kinds come
 * in, counts each kind's records, and refuses a kind whose form layout is wrong.
 */
class RecordKindsTests {

	@SuppressWarnings("unchecked")
	private static RecordKind<?, ?> kind(String key, String path, long records, String layout) {
		RecordKind<?, ?> kind = mock(RecordKind.class);
		RecordRepository<Object> repository = mock(RecordRepository.class);
		given(repository.count()).willReturn(records);
		given(kind.key()).willReturn(key);
		given(kind.path()).willReturn(path);
		given(kind.formLayout()).willReturn(layout);
		given((Class<CityForm>) kind.formType()).willReturn(CityForm.class);
		given((RecordRepository<Object>) kind.repository()).willReturn(repository);
		return kind;
	}

	private static final String CITY_LAYOUT = "name slug nameZh level province parentId | latitude longitude | nicknames | summary:5 | summaryZh:4";

	@Test
	void theKindsCountTheirRecordsInTheOrderOfTheMenu() {
		RecordKinds kinds = new RecordKinds(List.of(kind("statement", "statements", 326, CITY_LAYOUT),
				kind("city", "cities", 24, CITY_LAYOUT), kind("company", "companies", 45, CITY_LAYOUT)));
		assertThat(kinds.counts()).containsExactly(new RecordKinds.Count("city", "cities", 24),
				new RecordKinds.Count("company", "companies", 45),
				new RecordKinds.Count("statement", "statements", 326));
	}

	@Test
	void aKindWhoseLayoutLeavesOutAFieldStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RecordKinds(List.of(kind("city", "cities", 24, "name slug"))))
			.withMessageContaining("CityForm");
	}

}
