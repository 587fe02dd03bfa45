package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hubatlas.common.VersionedEntity;

/**
 * An admin list's table as its record kind describes it: the name column, linked to the
 * record's form, then the kind's own columns, each with its cell for every record of the
 * page; the list page adds when each record last changed. Labels are message codes; a
 * column with a sort key sorts the list by it.
 */
public record ListTable(List<Column> columns, List<Row> rows) {

	public record Column(String label, String sort) {
	}

	/** One record: the name that links to its form, its cells (null shows as a dash). */
	public record Row(long id, String name, List<Object> cells, LocalDateTime updatedAt) {
	}

	/** A table of these records whose first column is the name each is listed by. */
	public static <E extends VersionedEntity> Builder<E> of(List<E> records, String nameLabel, String nameSort,
			Function<E, String> name) {
		return new Builder<>(records, new Column(nameLabel, nameSort), name);
	}

	public static final class Builder<E extends VersionedEntity> {

		private final List<E> records;

		private final List<Column> columns = new ArrayList<>();

		private final Function<E, String> name;

		private final List<Function<E, ?>> cells = new ArrayList<>();

		private Builder(List<E> records, Column nameColumn, Function<E, String> name) {
			this.records = records;
			this.columns.add(nameColumn);
			this.name = name;
		}

		public Builder<E> column(String label, String sort, Function<E, ?> cell) {
			this.columns.add(new Column(label, sort));
			this.cells.add(cell);
			return this;
		}

		public ListTable table() {
			List<Row> rows = this.records.stream()
				.map((record) -> new Row(record.getId(), this.name.apply(record),
						this.cells.stream().<Object>map((cell) -> cell.apply(record)).toList(), record.getUpdatedAt()))
				.toList();
			return new ListTable(List.copyOf(this.columns), rows);
		}

	}

}
