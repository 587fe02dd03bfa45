package org.hubatlas.common;

import java.util.List;

/** A record cannot be deleted while others point to it; lists them so the admin can deal with them first. */
public class StillReferencedException extends RuntimeException {

	private final List<String> references;

	public StillReferencedException(String what, List<String> references) {
		super(what + " is still referred to by " + references.size() + " record(s)");
		this.references = references;
	}

	public List<String> getReferences() {
		return this.references;
	}

}
