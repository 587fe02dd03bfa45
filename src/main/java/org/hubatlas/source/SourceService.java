package org.hubatlas.source;

import java.util.List;
import java.util.Map;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing the cited articles. */
@Service
@Transactional(readOnly = true)
public class SourceService extends AbstractAdminEditor<Source, SourceForm> {

	static final String TYPE = "source";

	static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "year", "publishedYear", "updated", "updatedAt");

	private final SourceRepository sources;

	SourceService(SourceRepository sources, RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.sources = sources;
	}

	public List<Source> all() {
		return this.sources.findAllByDate();
	}

	@Override
	public Page<Source> page(ListQuery query) {
		return this.sources.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Source byId(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
	}

	@Override
	public void check(SourceForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.sources.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another source already has this reference.");
		}
	}

	@Override
	protected Source load(long id) {
		return byId(id);
	}

	@Override
	protected SourceForm toForm(Source source) {
		return SourceForm.from(source);
	}

	@Override
	protected Source newEntity(SourceForm form) {
		return new Source(form.getSlug(), form.getTitle(), form.getPublishedLabel(), form.getDatePrecision());
	}

	@Override
	protected void applyForm(Source source, SourceForm form) {
		source.apply(form);
	}

	@Override
	protected String displayName(Source source) {
		return source.getTitle();
	}

	@Override
	protected long idOf(Source source) {
		return source.getId();
	}

	@Override
	protected void store(Source source) {
		this.sources.saveAndFlush(source);
	}

	@Override
	protected List<String> references(Source source) {
		return this.sources.findReferenceDescriptions(source.getId());
	}

	@Override
	protected void remove(Source source) {
		this.sources.delete(source);
		this.sources.flush();
	}

}
