package org.hubatlas.editing;

/**
 * One field of a revision: its label and its value before and after (null where there was
 * no record).
 */
public record FieldChange(String field, String label, String before, String after) {

	public boolean changed() {
		return !java.util.Objects.equals(this.before, this.after);
	}

}
