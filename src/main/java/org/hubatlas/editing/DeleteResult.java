package org.hubatlas.editing;

import java.util.List;

/**
 * A delete: done, or refused because other records still point at this one (listed for
 * the admin).
 */
public record DeleteResult(String name, List<String> references) {

	public boolean deleted() {
		return this.references.isEmpty();
	}

}
