package org.hubatlas.pack;

/**
 * One line of an import report: what a row of the pack does, or why it is refused.
 *
 * @param line the line of the pack the row starts on (0 when it has none)
 * @param kind what the row is: hub, indicator, source, figure, statement, dispute
 * @param label how the admin recognises it ("Hefei", "Shanghai · AI companies · 2023")
 * @param outcome what applying the pack does with it
 * @param reason why it is refused, or what to know; null otherwise
 * @param keptAsEdited left as an editor changed it, over what the pack says
 */
public record PlanRow(int line, String kind, String label, Outcome outcome, String reason, boolean keptAsEdited) {

	public PlanRow(int line, String kind, String label, Outcome outcome, String reason) {
		this(line, kind, label, outcome, reason, false);
	}

	public enum Outcome {

		CREATE, CHANGE, UNCHANGED, REFUSED

	}

	static PlanRow refused(int line, String kind, String label, String reason) {
		return new PlanRow(line, kind, label, Outcome.REFUSED, reason);
	}

}
