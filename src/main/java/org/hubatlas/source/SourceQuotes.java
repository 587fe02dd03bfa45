package org.hubatlas.source;

import java.util.List;

import org.hubatlas.common.InterfaceText;

/**
 * The records of one kind that quote a source (figures, statements), as a dispute about
 * the source names them among what it affects. Declared here and implemented by each
 * citing feature with one query on its own tables, so that the dispute feature needs none
 * of them; Spring collects the implementations.
 */
public interface SourceQuotes {

	/** The kind, as a dispute's form stores a record of it: "figure" in "figure:12". */
	String kind();

	/** What the records are listed under, in the reader's language ("Figures"). */
	String heading();

	/**
	 * Every record of the kind, with the source it quotes and its label, in one query.
	 */
	List<Quote> all();

	/** One record that quotes a source, labelled for the reader. */
	record Quote(long id, long sourceId, String label) {

		/** A label led by what the record is about, when it is about a named record. */
		public static String about(String subject, String text) {
			return (subject != null) ? InterfaceText.message("admin.quote.about", "{0}: {1}", subject, text) : text;
		}

	}

}
