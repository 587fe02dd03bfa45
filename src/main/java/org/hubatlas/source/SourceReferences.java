package org.hubatlas.source;

import java.util.List;

import org.hubatlas.common.Reference;

/**
 * What cites a source (figures, statements, disputes), described for the "cannot delete"
 * message. Declared here and implemented by each citing feature with queries on its own
 * tables; Spring collects them.
 */
public interface SourceReferences {

	List<Reference> referencesTo(long sourceId);

}
