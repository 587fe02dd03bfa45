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

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Editing the statements the sources make (citations). */
@Service
@Transactional(readOnly = true)
public class CitationService implements AdminEditor<CitationForm> {

	public static final String TYPE = "citation";

	static final Map<String, String> SORTS = ListQuery.sorts("statement", "paraphrase", "updated", "updatedAt");

	private final CitationRepository citations;

	private final SourceRepository sources;

	private final SubjectNames subjectNames;

	private final RevisionService revisions;

	CitationService(CitationRepository citations, SourceRepository sources, SubjectNames subjectNames, RevisionService revisions) {
		this.citations = citations;
		this.sources = sources;
		this.subjectNames = subjectNames;
		this.revisions = revisions;
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Citation> page(ListQuery query) {
		return this.citations.findAdminPage(query.like(), query.pageable(SORTS));
	}

	/** What each statement of a page is about, by statement id; national context where it has no subject. */
	public Map<Long, String> subjectNames(List<Citation> citations) {
		Map<String, String> names = this.subjectNames.names(citations.stream()
			.map((c) -> SubjectKey.of(c.getSubject()))
			.filter(java.util.Objects::nonNull)
			.toList());
		Map<Long, String> result = new LinkedHashMap<>();
		citations.forEach((c) -> {
			String key = SubjectKey.of(c.getSubject());
			result.put(c.getId(), (key == null) ? "China (national context)" : names.getOrDefault(key, "?"));
		});
		return result;
	}

	public Citation byId(long id) {
		return this.citations.findByIdWithSource(id)
			.orElseThrow(() -> new NotFoundException("citation", String.valueOf(id)));
	}

	@Override
	public CitationForm formFor(long id) {
		return CitationForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getLabel();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
	}

	/** What the figure is about, its indicator and its source all exist. */
	@Override
	public void check(CitationForm form, Long id, Errors errors) {
		if (form.getSubject() != null && !errors.hasFieldErrors("subject") && !this.subjectNames.exists(form.getSubject())) {
			errors.rejectValue("subject", "unknown", "Choose what the statement is about from the list.");
		}
		if (form.getSourceId() != null && this.sources.findById(form.getSourceId()).isEmpty()) {
			errors.rejectValue("sourceId", "unknown", "Choose a source from the list.");
		}
	}

	@Override
	@Transactional
	public long create(CitationForm form) {
		Citation citation = new Citation(SubjectKey.parse(form.getSubject()), source(form), form.getQuote(),
				form.getParaphrase(), form.getNature());
		citation.apply(form, source(form));
		this.citations.saveAndFlush(citation);
		this.revisions.record(TYPE, citation.getId(), citation.getLabel(), Revision.Action.CREATE, null,
				CitationForm.from(citation));
		return citation.getId();
	}

	@Override
	@Transactional
	public void update(long id, CitationForm form) {
		Citation citation = byId(id);
		if (form.getVersion() == null || form.getVersion() != citation.getVersion()) {
			throw new EditConflictException(CitationForm.from(citation), citation.getVersion());
		}
		change(citation, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, CitationForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(Citation citation, CitationForm form, Revision.Action action) {
		CitationForm before = CitationForm.from(citation);
		citation.apply(form, source(form));
		this.citations.saveAndFlush(citation);
		this.revisions.record(TYPE, citation.getId(), citation.getLabel(), action, before, CitationForm.from(citation));
	}

	/** A figure's dispute notes go with it (the database cascades them); the dispute itself stays. */
	@Override
	@Transactional
	public void delete(long id) {
		Citation citation = byId(id);
		CitationForm before = CitationForm.from(citation);
		this.citations.delete(citation);
		this.citations.flush();
		this.revisions.record(TYPE, id, citation.getLabel(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private Source source(CitationForm form) {
		return this.sources.findById(form.getSourceId()).orElseThrow();
	}

}
