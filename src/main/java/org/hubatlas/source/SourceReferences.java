package org.hubatlas.source;

import java.util.List;

/**
 * What cites a source (figures, statements, disputes), described for the "cannot delete"
 * message. Declared here and implemented by each citing feature with queries on its own
 * tables; Spring collects them.
 */
public interface SourceReferences {

	List<String> referencesTo(long sourceId);

}
