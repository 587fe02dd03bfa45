package org.hubatlas.source;

import java.util.LinkedHashMap;
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

/** Editing the statements the sources make (citations). */
@Service
@Transactional(readOnly = true)
public class CitationService extends AbstractAdminEditor<Citation, CitationForm> {

	public static final String TYPE = "citation";

	static final Map<String, String> SORTS = ListQuery.sorts("statement", "paraphrase", "updated", "updatedAt");

	private final CitationRepository citations;

	private final SourceRepository sources;

	private final SubjectNames subjectNames;

	CitationService(CitationRepository citations, SourceRepository sources, SubjectNames subjectNames, RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.citations = citations;
		this.sources = sources;
		this.subjectNames = subjectNames;
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

	private Source source(CitationForm form) {
		return this.sources.findById(form.getSourceId()).orElseThrow();
	}

	@Override
	protected Citation load(long id) {
		return byId(id);
	}

	@Override
	protected CitationForm toForm(Citation citation) {
		return CitationForm.from(citation);
	}

	@Override
	protected Citation newEntity(CitationForm form) {
		return new Citation(SubjectKey.parse(form.getSubject()), source(form), form.getQuote(), form.getParaphrase(),
				form.getNature());
	}

	@Override
	protected void applyForm(Citation citation, CitationForm form) {
		citation.apply(form, source(form));
	}

	@Override
	protected String displayName(Citation citation) {
		return citation.getLabel();
	}

	@Override
	protected long idOf(Citation citation) {
		return citation.getId();
	}

	@Override
	protected void store(Citation citation) {
		this.citations.saveAndFlush(citation);
	}

	@Override
	protected List<String> references(Citation citation) {
		// Its dispute notes go with it (the database cascades them); the dispute itself stays.
		return List.of();
	}

	@Override
	protected void remove(Citation citation) {
		this.citations.delete(citation);
		this.citations.flush();
	}

}
