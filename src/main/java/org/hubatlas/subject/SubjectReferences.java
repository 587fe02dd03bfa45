package org.hubatlas.subject;

import java.util.List;

import org.hubatlas.common.Reference;

/**
 * What a feature holds that points at a subject, described for the "cannot delete"
 * message; each feature answers with queries on its own tables. Spring collects the
 * implementations for {@link SubjectDirectory}.
 */
public interface SubjectReferences {

	List<Reference> referencesTo(Subject subject);

}
