package org.hubatlas.source;

/** A record that points at another, described for the "cannot delete" message. */
public record Reference(String kind, String description) {

	@Override
	public String toString() {
		return this.kind + ": " + this.description;
	}

}
