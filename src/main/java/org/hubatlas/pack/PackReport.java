package org.hubatlas.pack;

import java.util.List;

import org.hubatlas.pack.PlanRow.Outcome;

/** What applying (or previewing) a pack did, row by row, with its name and checksum. */
public record PackReport(String name, String sha256, List<PlanRow> rows) {

	public int count(Outcome outcome) {
		return (int) this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public List<PlanRow> refused() {
		return this.rows.stream().filter((row) -> row.outcome() == Outcome.REFUSED).toList();
	}

	/**
	 * How many of the file's rows (or entries) the records come from: a row may give
	 * several records (a figure, its source, its dispute).
	 */
	public long rowsRead() {
		return this.rows.stream().mapToInt(PlanRow::line).filter((line) -> line > 0).distinct().count();
	}

	/** How many records are left as editors changed them, over what the pack says. */
	public long keptAsEdited() {
		return this.rows.stream().filter(PlanRow::keptAsEdited).count();
	}

	/** Whether applying changes anything: the same pack applied again does not. */
	public boolean changesSomething() {
		return count(Outcome.CREATE) + count(Outcome.CHANGE) > 0;
	}

}
