package org.hubatlas.common;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListQueryTests {

	private static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	@Test
	void theFirstSortKeyIsTheDefault() {
		ListQuery query = ListQuery.parse(null, null, null, null, SORTS);
		assertThat(query.sort()).isEqualTo("name");
		assertThat(query.pageable(SORTS).getSort().getOrderFor("name").getDirection()).isEqualTo(Sort.Direction.ASC);
		assertThat(query.page()).isEqualTo(1);
		assertThat(ListQuery.parse(null, new PageNumber(3), null, null, SORTS).pageable(SORTS).getPageNumber())
			.isEqualTo(2);
	}

	@Test
	void badSortsDirectionsAndSearchesAreRejectedWithTheReason() {
		assertThatThrownBy(() -> ListQuery.parse(null, null, "password", null, SORTS))
			.hasMessageContaining("name, updated");
		assertThatThrownBy(() -> ListQuery.parse(null, null, null, "up", SORTS))
			.hasMessageContaining("'asc' or 'desc'");
		assertThatThrownBy(() -> ListQuery.parse("x".repeat(101), null, null, null, SORTS))
			.hasMessageContaining("too long");
	}

	@Test
	void searchWildcardsAreTakenLiterally() {
		assertThat(ListQuery.parse("50%_off", null, null, null, SORTS).like()).isEqualTo("%50\\%\\_off%");
	}

}
