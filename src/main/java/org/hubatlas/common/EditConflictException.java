package org.hubatlas.common;

/**
 * Someone else saved the record after this form was loaded. Carries the values now saved, so that the admin can see
 * both and choose; nothing is overwritten silently.
 */
public class EditConflictException extends RuntimeException {

	private final Object saved;

	private final long savedVersion;

	public EditConflictException(Object saved, long savedVersion) {
		super("The record was changed by someone else");
		this.saved = saved;
		this.savedVersion = savedVersion;
	}

	/** The saved values, as a form object of the same kind as the one submitted. */
	public Object getSaved() {
		return this.saved;
	}

	public long getSavedVersion() {
		return this.savedVersion;
	}

}
