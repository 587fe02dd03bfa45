package org.hubatlas.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AdminEditor;
import org.hubatlas.audit.Revision;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.StillReferencedException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing the cited articles. */
@Service
@Transactional(readOnly = true)
public class SourceService implements AdminEditor<SourceForm> {

	static final String TYPE = "source";

	static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "year", "publishedYear", "updated", "updatedAt");

	private final SourceRepository sources;

	private final RevisionService revisions;

	SourceService(SourceRepository sources, RevisionService revisions) {
		this.sources = sources;
		this.revisions = revisions;
	}

	public List<Source> all() {
		return this.sources.findAllByDate();
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Source> page(ListQuery query) {
		return this.sources.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Source byId(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
	}

	@Override
	public SourceForm formFor(long id) {
		return SourceForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getTitle();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
	}

	@Override
	public void check(SourceForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.sources.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another source already has this reference.");
		}
	}

	@Override
	@Transactional
	public long create(SourceForm form) {
		Source source = new Source(form.getSlug(), form.getTitle(), form.getPublishedLabel(), form.getDatePrecision());
		source.apply(form);
		this.sources.saveAndFlush(source);
		this.revisions.record(TYPE, source.getId(), source.getTitle(), Revision.Action.CREATE, null,
				SourceForm.from(source));
		return source.getId();
	}

	@Override
	@Transactional
	public void update(long id, SourceForm form) {
		Source source = byId(id);
		if (form.getVersion() == null || form.getVersion() != source.getVersion()) {
			throw new EditConflictException(SourceForm.from(source), source.getVersion());
		}
		change(source, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, SourceForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(Source source, SourceForm form, Revision.Action action) {
		SourceForm before = SourceForm.from(source);
		source.apply(form);
		this.sources.saveAndFlush(source);
		this.revisions.record(TYPE, source.getId(), source.getTitle(), action, before, SourceForm.from(source));
	}

	/** Refused while any figure, statement or dispute cites the source. */
	@Override
	@Transactional
	public void delete(long id) {
		Source source = byId(id);
		List<String> references = this.sources.findReferenceDescriptions(id);
		if (!references.isEmpty()) {
			throw new StillReferencedException(source.getTitle(), references);
		}
		SourceForm before = SourceForm.from(source);
		this.sources.delete(source);
		this.sources.flush();
		this.revisions.record(TYPE, id, source.getTitle(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

}
