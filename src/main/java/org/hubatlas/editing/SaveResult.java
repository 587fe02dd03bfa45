package org.hubatlas.editing;

/**
 * How a save or restore ended: written (with the record's id and name for the flash
 * message), refused with messages on the form's fields, or refused because the record
 * changed since the form was loaded (with the saved values).
 */
public sealed interface SaveResult<F extends AdminForm> {

	record Saved<F extends AdminForm>(long id, String name) implements SaveResult<F> {
	}

	record Invalid<F extends AdminForm>() implements SaveResult<F> {
	}

	record Conflict<F extends AdminForm>(F saved, long savedVersion) implements SaveResult<F> {
	}

}
