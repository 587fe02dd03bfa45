package org.hubatlas.editing;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * The parts every admin editor shares: the history list, the conflict page and the delete
 * page.
 */
public final class AdminPages {

	public static final String CONFLICT_VIEW = "admin/conflict";

	public static final String DELETE_VIEW = "admin/delete";

	private AdminPages() {
	}

	/** One revision with its changes, labelled as on the form. */
	public record RevisionView(Revision revision, List<FieldChange> changes) {
	}

	public static List<RevisionView> history(RevisionService revisions, List<Revision> list, Map<String, String> labels,
			Map<String, Map<String, String>> valueLabels) {
		return list.stream().map((r) -> new RevisionView(r, revisions.changes(r, labels, valueLabels))).toList();
	}

	/**
	 * A field's stored values as a reader knows them: "Hangzhou" for hub id 5, "Startup"
	 * for STARTUP.
	 */
	static String show(String field, List<String> values, Map<String, Map<String, String>> valueLabels) {
		Map<String, String> names = valueLabels.getOrDefault(field, Map.of());
		return String.join(", ", values.stream().map((v) -> names.getOrDefault(v, v)).toList());
	}

	/** Each field of a form, by label, as {@link #show} writes it. */
	public static Map<String, String> display(AdminForm form, Map<String, Map<String, String>> valueLabels) {
		Map<String, String> display = new java.util.LinkedHashMap<>();
		form.params().forEach((name, values) -> display.put(name, show(name, values, valueLabels)));
		return display;
	}

	/**
	 * Fills the conflict page: the admin's input beside the values saved since, and a
	 * form that re-posts the input against the saved version if the admin chooses to keep
	 * it.
	 */
	public static String conflict(Model model, String what, String action, String editUrl, AdminForm yours,
			AdminForm saved, long savedVersion, Map<String, String> labels,
			Map<String, Map<String, String>> valueLabels) {
		yours.setVersion(savedVersion);
		model.addAttribute("yoursShown", display(yours, valueLabels));
		model.addAttribute("savedShown", display(saved, valueLabels));
		model.addAttribute("labels", labels);
		model.addAttribute("what", what);
		model.addAttribute("action", action);
		model.addAttribute("editUrl", editUrl);
		model.addAttribute("yours", yours);
		return CONFLICT_VIEW;
	}

	public static String deletePage(Model model, String what, String name, String action, String backUrl,
			List<String> references) {
		model.addAttribute("what", what);
		model.addAttribute("name", name);
		model.addAttribute("action", action);
		model.addAttribute("backUrl", backUrl);
		model.addAttribute("references", references);
		return DELETE_VIEW;
	}

}
