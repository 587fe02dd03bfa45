package org.hubatlas.editing;

/** Everything an admin form page shows, read in one transaction. */
public record EditPage<F extends AdminForm>(F form, Long id, String name, String publicUrl,
		AdminPages.HistoryPage history, FormChoices choices) {

}
