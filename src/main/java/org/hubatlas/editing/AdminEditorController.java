package org.hubatlas.editing;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.VersionedEntity;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin editor of one kind of record: list with search, pages and sort; create and
 * edit forms bound to form objects with POST-redirect-GET; delete behind a confirmation;
 * conflict page on concurrent edits; history with restore. A feature's controller only
 * names its path and views and hands over its {@link EditableType}.
 *
 * @param <E> the entity
 * @param <F> the form object
 */
public abstract class AdminEditorController<E extends VersionedEntity, F extends AdminForm> {

	private final EditableType<E, F> type;

	private final RecordEditor editor;

	private final String basePath;

	private final String views;

	protected AdminEditorController(EditableType<E, F> type, RecordEditor editor, String basePath, String views) {
		this.type = type;
		this.editor = editor;
		this.basePath = basePath;
		this.views = views;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		ListQuery query = ListQuery.parse(q, page, sort, dir, this.type.sorts());
		RecordEditor.ListPage<E> records = this.editor.list(this.type, query);
		model.addAttribute("query", query);
		model.addAttribute("page", records.page());
		model.addAttribute("base", this.basePath);
		model.addAllAttributes(records.details());
		return this.views + "/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, this.editor.newPage(this.type));
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(null, form, result, model, redirect, null, "created");
	}

	/** The form with one page of the record's history (?history=2 for older changes). */
	@GetMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(name = "history", required = false) String historyPage,
			Model model) {
		return form(model, this.editor.editPage(this.type, id, PageLinks.number(historyPage, "history")));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return save(id, form, result, model, redirect, response, "saved");
	}

	private String save(Long id, F form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done) {
		if (result.hasErrors()) {
			return form(model, this.editor.formAgain(this.type, id, form));
		}
		SaveResult<F> saved = this.editor.save(this.type, id, form, result);
		if (saved instanceof SaveResult.Saved<F> ok) {
			redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash." + done,
					"{0} \u201c{1}\u201d " + done + ".", capitalized(), ok.name()));
			return "redirect:" + this.basePath + "/" + ok.id();
		}
		if (saved instanceof SaveResult.Conflict<F> conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			String url = this.basePath + "/" + id;
			return AdminPages.conflict(model, what(), url, url, form, conflict.saved(), conflict.savedVersion(),
					this.editor.labels(this.type), this.type.choices().valueLabels());
		}
		return form(model, this.editor.formAgain(this.type, id, form));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return AdminPages.deletePage(model, what(), this.editor.nameOf(this.type, id),
				this.basePath + "/" + id + "/delete", this.basePath + "/" + id, List.of());
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		DeleteResult deleted = this.editor.delete(this.type, id);
		if (!deleted.deleted()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return AdminPages.deletePage(model, what(), deleted.name(), this.basePath + "/" + id + "/delete",
					this.basePath + "/" + id, deleted.references());
		}
		redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.deleted", "{0} \u201c{1}\u201d deleted.",
				capitalized(), deleted.name()));
		return "redirect:" + this.basePath;
	}

	/**
	 * Puts back an earlier revision's values, validated as a submit would be; the restore
	 * is recorded too.
	 */
	@PostMapping("/{id}/restore/{revisionId}")
	String restore(@PathVariable long id, @PathVariable long revisionId, RedirectAttributes redirect) {
		RecordEditor.RestoreResult<F> restored = this.editor.restore(this.type, id, revisionId);
		if (restored.result().hasErrors()) {
			var error = restored.result().getFieldErrors().get(0);
			redirect.addFlashAttribute("flash",
					InterfaceText.message("admin.flash.notRestorable",
							"Revision {0} cannot be restored as it is: {1} \u2013 {2}", String.valueOf(revisionId),
							this.editor.labels(this.type).getOrDefault(error.getField(), error.getField()),
							error.getDefaultMessage()));
		}
		else {
			redirect.addFlashAttribute("flash", InterfaceText.message("admin.flash.restored",
					"Restored the values of revision {0}.", String.valueOf(revisionId)));
		}
		return "redirect:" + this.basePath + "/" + id;
	}

	private String form(Model model, EditPage<F> page) {
		model.addAttribute("form", page.form());
		model.addAttribute("recordId", page.id());
		model.addAttribute("base", this.basePath);
		model.addAttribute("formKey", this.type.type());
		model.addAllAttributes(page.choices().attributes());
		if (page.id() != null) {
			model.addAttribute("recordName", page.name());
			model.addAttribute("publicUrl", page.publicUrl());
			model.addAttribute("history", page.history());
		}
		return this.views + "/form";
	}

	private String capitalized() {
		String what = what();
		return Character.toUpperCase(what.charAt(0)) + what.substring(1);
	}

	/** How this page names one record, in the reader's language ("hub", "枢纽"). */
	private String what() {
		return InterfaceText.message("record.type." + this.type.type(), this.type.what());
	}

}
