package org.hubatlas.editing;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
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

	/**
	 * One page of a record's history: its changes, which page (from 1) of how many, and
	 * how many changes there are in all.
	 */
	public record HistoryPage(List<RevisionView> revisions, int number, int totalPages, long total) {

		public static final HistoryPage NONE = new HistoryPage(List.of(), 1, 0, 0);

		/**
		 * The newest change of all is on this page, first: it is the record as it is,
		 * with nothing to restore.
		 */
		public boolean newestFirst() {
			return this.number == 1;
		}

		public int firstShown() {
			return (this.number - 1) * RevisionService.HISTORY_PAGE_SIZE + 1;
		}

		public int lastShown() {
			return firstShown() + this.revisions.size() - 1;
		}

	}

	public static HistoryPage history(RevisionService revisions, Page<Revision> page, Map<String, String> labels,
			Map<String, Map<String, String>> valueLabels) {
		List<RevisionView> views = page.getContent()
			.stream()
			.map((r) -> new RevisionView(r, revisions.changes(r, labels, valueLabels)))
			.toList();
		return new HistoryPage(views, page.getNumber() + 1, page.getTotalPages(), page.getTotalElements());
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
		Map<String, List<String>> repost = new java.util.LinkedHashMap<>(yours.params());
		repost.put("version", List.of(String.valueOf(savedVersion)));
		model.addAttribute("yoursShown", display(yours, valueLabels));
		model.addAttribute("savedShown", display(saved, valueLabels));
		model.addAttribute("labels", labels);
		model.addAttribute("what", what);
		model.addAttribute("action", action);
		model.addAttribute("editUrl", editUrl);
		model.addAttribute("yours", repost);
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
