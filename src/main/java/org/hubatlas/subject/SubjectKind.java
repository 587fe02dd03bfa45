package org.hubatlas.subject;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record a figure, statement or dispute can be about; the key prefix is what
 * forms and history store.
 */
public enum SubjectKind {

	CITY("city"), COMPANY("company"), UNIVERSITY("university"), INCENTIVE("incentive");

	private final String keyPrefix;

	SubjectKind(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	public String keyPrefix() {
		return this.keyPrefix;
	}

	static Optional<SubjectKind> ofKeyPrefix(String prefix) {
		return Arrays.stream(values()).filter((kind) -> kind.keyPrefix.equals(prefix)).findFirst();
	}

}
