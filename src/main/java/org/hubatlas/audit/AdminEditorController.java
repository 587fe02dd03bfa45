package org.hubatlas.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.StillReferencedException;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin editor of one kind of record: list with search, pages and sort; create and edit forms bound to form
 * objects with POST-redirect-GET; delete behind a confirmation; conflict page on concurrent edits; history with
 * restore. Subclasses name the paths and views and give the form's choices.
 *
 * @param <F> the form object
 */
public abstract class AdminEditorController<F extends AdminForm> {

	private final AdminEditor<F> editor;

	private final RevisionService revisions;

	private final Validator validator;

	private final String basePath;

	private final String views;

	private final String what;

	protected AdminEditorController(AdminEditor<F> editor, RevisionService revisions, Validator validator,
			String basePath, String views, String what) {
		this.editor = editor;
		this.revisions = revisions;
		this.validator = validator;
		this.basePath = basePath;
		this.views = views;
		this.what = what;
	}

	protected abstract F emptyForm();

	/** The choices the form's selects offer (hubs, kinds, sources). */
	protected abstract void addChoices(Model model);

	/** For fields that store ids or constants, the names to show for them in history and conflicts. */
	protected Map<String, Map<String, String>> valueLabels() {
		return Map.of();
	}

	/** Anything more a list shows about the records of a page (names of what they are about). */
	protected void addListDetails(Model model, org.springframework.data.domain.Page<?> page) {
	}

	/** The public page of a record, or null when it has none. */
	protected abstract String publicUrl(long id);

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		ListQuery query = ListQuery.parse(q, page, sort, dir, this.editor.sorts());
		model.addAttribute("query", query);
		var records = this.editor.page(query);
		model.addAttribute("page", records);
		model.addAttribute("base", this.basePath);
		addListDetails(model, records);
		return this.views + "/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, emptyForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editor.check(form, null, result);
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		long id = this.editor.create(form);
		redirect.addFlashAttribute("flash", capitalized() + " \u201c" + this.editor.nameOf(id) + "\u201d created.");
		return "redirect:" + this.basePath + "/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, this.editor.formFor(id), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.editor.nameOf(id);
		this.editor.check(form, id, result);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			this.editor.update(id, form);
		}
		catch (EditConflictException ex) {
			return conflict(model, response, id, form);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(model, response, id, form);
		}
		redirect.addFlashAttribute("flash", capitalized() + " \u201c" + this.editor.nameOf(id) + "\u201d saved.");
		return "redirect:" + this.basePath + "/" + id;
	}

	private String conflict(Model model, HttpServletResponse response, long id, F yours) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return AdminPages.conflict(model, this.what, this.basePath + "/" + id, this.basePath + "/" + id, yours,
				this.editor.formFor(id), this.editor.version(id), valueLabels());
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return AdminPages.deletePage(model, this.what, this.editor.nameOf(id), this.basePath + "/" + id + "/delete",
				this.basePath + "/" + id, List.of());
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String name = this.editor.nameOf(id);
		try {
			this.editor.delete(id);
		}
		catch (StillReferencedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return AdminPages.deletePage(model, this.what, name, this.basePath + "/" + id + "/delete",
					this.basePath + "/" + id, ex.getReferences());
		}
		redirect.addFlashAttribute("flash", capitalized() + " \u201c" + name + "\u201d deleted.");
		return "redirect:" + this.basePath;
	}

	/** Binds an earlier revision's values to a form, validates them as a submit would, and saves them. */
	@PostMapping("/{id}/restore/{revisionId}")
	String restore(@PathVariable long id, @PathVariable long revisionId, RedirectAttributes redirect) {
		this.editor.nameOf(id);
		Revision revision = this.revisions.get(this.what, id, revisionId);
		F values = emptyForm();
		DataBinder binder = new DataBinder(values);
		binder.bind(new MutablePropertyValues(asPropertyValues(this.revisions.valuesAfter(revision))));
		BindingResult result = binder.getBindingResult();
		this.validator.validate(values)
			.forEach((v) -> result.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage()));
		this.editor.check(values, id, result);
		if (result.hasErrors()) {
			var error = result.getFieldErrors().get(0);
			redirect.addFlashAttribute("flash", "Revision " + revisionId + " cannot be restored as it is: "
					+ values.labels().getOrDefault(error.getField(), error.getField()) + " \u2013 "
					+ error.getDefaultMessage());
			return "redirect:" + this.basePath + "/" + id;
		}
		this.editor.restore(id, values);
		redirect.addFlashAttribute("flash", "Restored the values of revision " + revisionId + ".");
		return "redirect:" + this.basePath + "/" + id;
	}

	private static Map<String, Object> asPropertyValues(Map<String, List<String>> params) {
		Map<String, Object> values = new LinkedHashMap<>();
		params.forEach((name, list) -> values.put(name, list.isEmpty() ? null : (list.size() == 1) ? list.get(0) : list));
		return values;
	}

	private String form(Model model, F form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("recordId", id);
		model.addAttribute("base", this.basePath);
		addChoices(model);
		if (id != null) {
			model.addAttribute("recordName", this.editor.nameOf(id));
			model.addAttribute("publicUrl", publicUrl(id));
			model.addAttribute("history", AdminPages.history(this.revisions, this.editor.history(id), form.labels(),
					valueLabels()));
		}
		return this.views + "/form";
	}

	private String capitalized() {
		return Character.toUpperCase(this.what.charAt(0)) + this.what.substring(1);
	}

}
