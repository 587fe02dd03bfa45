package org.hubatlas.admin;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.FormLayout;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.editing.Revision;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin editor of every record kind, at {@code /admin/{kind}}: list with search,
 * pages and sort; one form for create and edit, bound to the kind's form record, with
 * POST-redirect-GET; delete behind a confirmation; a conflict page on concurrent edits;
 * history with restore. What differs per kind comes from its {@link RecordKind}; its list
 * is {@code admin/records} (the kind's {@code ListTable}), its form
 * {@code admin/<key>/form}.
 */
@Controller
@RequestMapping("/admin/{kind}")
class AdminRecordsController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, List<String>>> LOADED = new TypeReference<>() {
	};

	private final RecordKinds kinds;

	private final RecordEditor editor;

	AdminRecordsController(RecordKinds kinds, RecordEditor editor) {
		this.kinds = kinds;
		this.editor = editor;
	}

	@GetMapping
	String list(@PathVariable String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) PageNumber page, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		ListQuery query = ListQuery.parse(q, page, sort, dir, type.sorts());
		RecordEditor.ListPage<?> records = this.editor.list(type, query);
		model.addAttribute("query", query);
		model.addAttribute("page", records.page());
		model.addAttribute("base", base(type));
		model.addAttribute("kind", type.key());
		model.addAttribute("listTable", records.table());
		model.addAttribute("withoutChinese", records.withoutChinese());
		return "admin/records";
	}

	@GetMapping("/new")
	String newForm(@PathVariable String kind, Model model) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		if (model.getAttribute(HeldInputController.HELD) instanceof Map<?, ?> held) {
			return formWithHeldInput(type, null, held, model);
		}
		return form(type, model, this.editor.newPage(type), null);
	}

	@PostMapping
	String create(@PathVariable String kind, AdminForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return save(this.kinds.at(kind), null, form, result, null, model, redirect, response);
	}

	/** The form with one page of the record's history (?history=2 for older changes). */
	@GetMapping("/{id}")
	String edit(@PathVariable String kind, @PathVariable long id,
			@RequestParam(name = "history", required = false) PageNumber historyPage, Model model,
			HttpServletResponse response) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		if (model.getAttribute(HeldInputController.HELD) instanceof Map<?, ?> held) {
			return formWithHeldInput(type, id, held, model);
		}
		RecordEditor.EditPage page;
		try {
			page = this.editor.editPage(type, id, PageNumber.of(historyPage));
		}
		catch (NotFoundException ex) {
			return deletedRecord(type, id, model, response).orElseThrow(() -> ex);
		}
		return form(type, model, page, JSON.writeValueAsString(page.form().params()));
	}

	/**
	 * The address of a deleted record (a link from the dashboard, a bookmark): who
	 * deleted it and when, and its last values as a new record's form, to create it again
	 * (410). Empty when the record never existed.
	 */
	private Optional<String> deletedRecord(RecordKind<?, ?> type, long id, Model model, HttpServletResponse response) {
		return this.editor.deletion(type, id).flatMap((deletion) -> {
			BindingResult last = this.editor.lastValues(type, deletion);
			if (!(last.getTarget() instanceof AdminForm form)) {
				return Optional.empty();
			}
			String view = form(type, model, this.editor.formAgain(type, null, form), null);
			model.addAttribute("warning", InterfaceText.message("admin.flash.deletedRecord",
					"This {0} was deleted by {1} on {2} UTC. Its last values are below: save them to create the {0} "
							+ "again.",
					what(type), deletion.getUsername(), shownTime(deletion)));
			response.setStatus(HttpServletResponse.SC_GONE);
			return Optional.of(view);
		});
	}

	private static String shownTime(Revision change) {
		return change.getChangedAt()
			.format(DateTimeFormatter.ofPattern(InterfaceText.message("date.time.pattern", "d MMM yyyy HH:mm"),
					LocaleContextHolder.getLocale()));
	}

	/**
	 * The form again with the input of a save the admin signed in to make (see
	 * {@link HeldInputController}), as after a refused save: bound as a submit would be,
	 * with the values the edit page had loaded, so saving it still tells the admin's
	 * changes from someone else's.
	 */
	private String formWithHeldInput(RecordKind<?, ?> type, Long id, Map<?, ?> held, Model model) {
		@SuppressWarnings("unchecked")
		Map<String, List<String>> input = (Map<String, List<String>>) held;
		BindingResult bound = this.editor.bound(type, input);
		if (!(bound.getTarget() instanceof AdminForm form)) {
			return "redirect:" + base(type) + "/" + ((id != null) ? id : "new");
		}
		List<String> loaded = input.get("loaded");
		String view = form(type, model, this.editor.formAgain(type, id, form),
				(loaded != null && !loaded.isEmpty()) ? loaded.get(0) : null);
		model.addAllAttributes(bound.getModel());
		model.addAttribute("unsaved", true);
		model.addAttribute("flash", InterfaceText.message("admin.flash.heldInput",
				"You are signed in again. Your input is back on the form, not yet saved: check it and save."));
		return view;
	}

	/**
	 * A save of an edit; {@code loaded} is the form's values as the edit page loaded
	 * them, which a save over someone else's tells apart from what this admin changed.
	 */
	@PostMapping("/{id}")
	String update(@PathVariable String kind, @PathVariable long id, AdminForm form, BindingResult result,
			@RequestParam(required = false) String loaded, @RequestParam(defaultValue = "false") boolean review,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		try {
			if (review) {
				// From the conflict page: both changes in the form, saved only once
				// checked.
				String view = form(type, model, this.editor.formAgain(type, id, form), loaded);
				model.addAttribute("unsaved", true);
				model.addAttribute("flash", InterfaceText.message("admin.flash.reviewMerged",
						"Both changes are in the form below, not yet saved: where you both changed a field it holds "
								+ "your input. Correct any field, then save."));
				return view;
			}
			return save(type, id, form, result, loaded, model, redirect, response);
		}
		catch (NotFoundException ex) {
			return deletedMeanwhile(type, id, form, model, response);
		}
	}

	/**
	 * A save of a record deleted since its page was opened: the input is not lost but
	 * offered as a new record, with who deleted it and when.
	 */
	private String deletedMeanwhile(RecordKind<?, ?> type, long id, AdminForm input, Model model,
			HttpServletResponse response) {
		Optional<Revision> deletion = this.editor.deletion(type, id);
		String view = form(type, model, this.editor.formAgain(type, null, input), null);
		model.addAttribute("unsaved", true);
		model.addAttribute("warning", deletion
			.map((d) -> InterfaceText.message("admin.flash.deletedMeanwhile",
					"This {0} was deleted by {1} on {2} UTC, after you opened it. Your input is below, not saved: save "
							+ "it to create the {0} again, or leave it.",
					what(type), d.getUsername(), shownTime(d)))
			.orElseGet(() -> InterfaceText.message("admin.flash.goneMeanwhile",
					"This {0} no longer exists. Your input is below, not saved: save it to create the {0} again, or "
							+ "leave it.",
					what(type))));
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return view;
	}

	@SuppressWarnings("unchecked")
	private <F extends AdminForm> String save(RecordKind<?, F> type, Long id, AdminForm input, BindingResult result,
			String loaded, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			// Every message at once: the kind's rules too, not only the fields' own.
			this.editor.checkToo(type, id, (F) input, result);
			return form(type, model, this.editor.formAgain(type, id, input), loaded);
		}
		RecordEditor.SaveResult saved = this.editor.save(type, id, (F) input, result);
		if (saved instanceof RecordEditor.SaveResult.Saved ok) {
			String done = (id == null) ? "created" : "saved";
			redirect.addFlashAttribute("flash", ok.changed()
					? InterfaceText.message("admin.flash." + done, "{0} \u201c{1}\u201d " + done + ".",
							capitalized(type), ok.name())
					: InterfaceText.message("admin.flash.unchanged",
							"Nothing to save: every field of \u201c{0}\u201d was already as saved.", ok.name()));
			return "redirect:" + base(type) + "/" + ok.id();
		}
		if (!(saved instanceof RecordEditor.SaveResult.Conflict conflict)) {
			return form(type, model, this.editor.formAgain(type, id, input), loaded);
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		String url = base(type) + "/" + id;
		// The admin's input beside the values saved since, and a form that saves both
		// changes over the saved version.
		FormChoices choices = type.choices();
		RecordEditor.Merged both = conflict.merged(input, loadedValues(loaded));
		model.addAttribute("kept", both.kept());
		model.addAttribute("loaded", JSON.writeValueAsString(conflict.saved().params()));
		model.addAttribute("yoursShown", choices.shown(input));
		model.addAttribute("savedShown", choices.shown(conflict.saved()));
		model.addAttribute("labels", this.editor.labels(type));
		model.addAttribute("what", what(type));
		model.addAttribute("action", url);
		model.addAttribute("editUrl", url);
		model.addAttribute("yours", both.params());
		return "admin/conflict";
	}

	/**
	 * The values the edit page loaded, as it sent them; none when it sent none it can
	 * read.
	 */
	static Map<String, List<String>> loadedValues(String loaded) {
		if (loaded == null || loaded.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(loaded, LOADED);
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable String kind, @PathVariable long id, Model model) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		// What still points at the record is said before the admin confirms, not after.
		RecordEditor.DeleteResult deletable = this.editor.deletable(type, id);
		model.addAttribute("alongGroups", groups(deletable.along()));
		return deletePage(model, type, id, deletable.name(), deletable.references());
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		RecordEditor.DeleteResult deleted = this.editor.delete(type, id);
		if (!deleted.deleted()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return deletePage(model, type, id, deleted.name(), deleted.references());
		}
		redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.deleted", "{0} \u201c{1}\u201d deleted.",
				capitalized(type), deleted.name()));
		return "redirect:" + base(type);
	}

	/**
	 * Puts back the values the record had before a revision, bound and checked as a
	 * submit would be; the restore is recorded too.
	 */
	@PostMapping("/{id}/restore/{revisionId}")
	String restore(@PathVariable String kind, @PathVariable long id, @PathVariable long revisionId,
			RedirectAttributes redirect) {
		RecordKind<?, ?> type = this.kinds.at(kind);
		RecordEditor.Restored undo = this.editor.restore(type, id, revisionId);
		BindingResult restored = undo.result();
		if (restored.hasErrors()) {
			FieldError error = restored.getFieldError();
			String field = (error != null) ? error.getField() : "";
			String label = this.editor.labels(type).getOrDefault(field, field);
			redirect.addFlashAttribute("flash", (error != null && GONE.contains(error.getCode()))
					// What the field pointed to before that change has been deleted
					// since.
					? InterfaceText.message("admin.flash.notRestorableGone",
							"Revision {0} cannot be restored as it is: the {1} it had before has been deleted since. "
									+ "Choose another in the form.",
							String.valueOf(revisionId), label.toLowerCase(LocaleContextHolder.getLocale()))
					: InterfaceText.message("admin.flash.notRestorable",
							"Revision {0} cannot be restored as it is: {1} \u2013 {2}", String.valueOf(revisionId),
							label, (error != null) ? InterfaceText.message(error)
									: InterfaceText.message(restored.getAllErrors().get(0))));
		}
		else {
			Map<String, String> labels = this.editor.labels(type);
			redirect.addFlashAttribute("flash", undo.fields().isEmpty()
					? InterfaceText.message("admin.flash.nothingToUndo",
							"Nothing to undo: that change left every field as it was.")
					: InterfaceText.message("admin.flash.restored",
							"Change undone: {0} as before it; later changes to other fields stay.",
							InterfaceText.list(undo.fields().stream().map((f) -> labels.getOrDefault(f, f)).toList())));
		}
		return "redirect:" + base(type) + "/" + id;
	}

	/** The messages of a choice whose record no longer exists. */
	private static final java.util.Set<String> GONE = java.util.Set.of("valid.chooseASourceFromThe",
			"valid.chooseAHubFromThe", "valid.chooseAnIndicatorFromThe", "valid.chooseHubsFromTheList",
			"valid.chooseWhatTheFigureIs", "valid.chooseWhatTheStatementIs", "valid.chooseADefinitionOfThe");

	private String form(RecordKind<?, ?> type, Model model, RecordEditor.EditPage page, String loaded) {
		model.addAttribute("form", page.form());
		model.addAttribute("loaded", (page.id() != null) ? loaded : null);
		model.addAttribute("recordId", page.id());
		model.addAttribute("base", base(type));
		model.addAttribute("formKey", type.key());
		model.addAllAttributes(page.choices().attributes());
		FormLayout layout = FormLayout.of(type.formLayout(), type.formType(), page.choices().valueLabels());
		model.addAttribute("formLayout", layout);
		// A refused save's messages in the order of the form's fields.
		if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult result
				&& result.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", layout.inOrder(result));
		}
		if (page.id() != null) {
			model.addAttribute("recordName", page.name());
			model.addAttribute("publicUrl", page.publicUrl());
			model.addAttribute("history", page.history());
		}
		return "admin/record";
	}

	/** The confirmation, or the refusal with what still points at the record. */
	private static String deletePage(Model model, RecordKind<?, ?> type, long id, String name,
			List<Reference> references) {
		String url = base(type) + "/" + id;
		model.addAttribute("what", what(type));
		model.addAttribute("name", name);
		model.addAttribute("action", url + "/delete");
		model.addAttribute("backUrl", url);
		model.addAttribute("references", references);
		// Listed under their groups, in the order the kind gives them: a hub can have
		// dozens.
		model.addAttribute("referenceGroups", groups(references));
		return "admin/delete";
	}

	private static Map<String, List<Reference>> groups(List<Reference> references) {
		return references.stream()
			.collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new, Collectors.toList()));
	}

	private static String base(RecordKind<?, ?> type) {
		return "/admin/" + type.path();
	}

	private static String capitalized(RecordKind<?, ?> type) {
		String what = what(type);
		return Character.toUpperCase(what.charAt(0)) + what.substring(1);
	}

	/** How this page names one record, in the reader's language ("hub", "枢纽"). */
	static String what(RecordKind<?, ?> type) {
		return InterfaceText.message("record.type." + type.key(), type.what());
	}

	/**
	 * Lets the handlers above take the form of the kind in their address. The kinds are
	 * looked up when a form is bound, so that a test of another controller needs none.
	 */
	@Configuration(proxyBeanMethods = false)
	static class FormBinding implements WebMvcConfigurer {

		private final ObjectProvider<RecordKinds> kinds;

		FormBinding(ObjectProvider<RecordKinds> kinds) {
			this.kinds = kinds;
		}

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(new AdminFormResolver(this.kinds));
		}

	}

}
