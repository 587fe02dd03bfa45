package org.hubatlas.editing;

/**
 * A form whose record is found at an address by one of its fields: a slug, an indicator's
 * key. The value must be the record's own for links to lead to it (see
 * {@link FormerAddresses#checkOwn}).
 */
public interface Slugged {

	/** The value naming the record's address; null when not given. */
	String slug();

	/** The form field that holds it. */
	default String slugField() {
		return "slug";
	}

}
