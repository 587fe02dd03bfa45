package org.hubatlas.editing;

import java.util.List;

/** Everything an admin form page shows, read in one transaction. */
public record EditPage<F extends AdminForm>(F form, Long id, String name, String publicUrl,
		List<AdminPages.RevisionView> history, FormChoices choices) {

}
