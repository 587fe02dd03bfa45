package org.hubatlas.editing;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.hubatlas.common.VersionedEntity;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A kind's list table: the name column first, then its columns, a cell for each. */
class ListTableTests {

	static class Hub extends VersionedEntity {

		final String name;

		final String province;

		Hub(long id, String name, String province) {
			ReflectionTestUtils.setField(this, "id", id);
			this.name = name;
			this.province = province;
		}

	}

	@Test
	void eachRecordIsARowOfItsNameAndCellsUnderTheKindsColumns() {
		ListTable table = ListTable
			.of(List.of(new Hub(1, "Beijing", null), new Hub(2, "Hangzhou", "Zhejiang")), "field.city.name", "name",
					(h) -> h.name)
			.column("field.city.province", null, (h) -> h.province)
			.table();
		assertThat(table.columns()).containsExactly(new ListTable.Column("field.city.name", "name"),
				new ListTable.Column("field.city.province", null));
		assertThat(table.rows()).extracting(ListTable.Row::id, ListTable.Row::name)
			.containsExactly(Tuple.tuple(1L, "Beijing"), Tuple.tuple(2L, "Hangzhou"));
		assertThat(table.rows().get(0).cells()).containsExactly((Object) null);
		assertThat(table.rows().get(1).cells()).containsExactly("Zhejiang");
	}

}
