package org.hubatlas.statement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.PageOfIds;

import org.hubatlas.subject.Subject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sources say, each statement with its quote and source, for every page that
 * shows them.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

	private final StatementRepository statements;

	StatementService(StatementRepository statements) {
		this.statements = statements;
	}

	public List<Statement> forCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.statements.findForCities(cityIds);
	}

	/** The statements about this record, with their sources. */
	public List<Statement> about(Subject subject) {
		return this.statements.findAbout(subject);
	}

	/** Statements about China as a whole rather than one hub or record. */
	public List<Statement> nationalContext() {
		return this.statements.findNationalContext();
	}

	public List<Statement> fromSource(long sourceId) {
		return this.statements.findForSource(sourceId);
	}

	public List<Statement> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.statements.findAllById(ids);
	}

	/** Number of statements citing each source, by source id. */
	public Map<Long, Long> countsBySource() {
		Map<Long, Long> counts = new HashMap<>();
		this.statements.countBySource().forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	/** Every statement with its source, by source: one query. */
	public List<Statement> allWithSources() {
		return this.statements.findAllWithSource();
	}

	/**
	 * Up to {@code size} statements with ids above this one, by id, sources not loaded:
	 * how the search index reads them a batch at a time.
	 */
	public List<Statement> batchAfter(long afterId, int size) {
		return this.statements.findByIdGreaterThanOrderById(afterId, PageRequest.ofSize(size));
	}

	public long count() {
		return this.statements.count();
	}

	/** One page (from 1) of every statement, with its source: two queries and a count. */
	public Page<Statement> page(int page, int size) {
		Page<Long> ids = this.statements.findPageIds(PageRequest.of(page - 1, size));
		return PageOfIds.load(ids, this.statements::findWithSource, Statement::getId);
	}

}
