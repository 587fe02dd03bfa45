package org.hubatlas.dispute;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hubatlas.dispute.DisputeQuery.orNone;

/** Where the sources are wrong or uncertain, and what each dispute affects. */
@Service
@Transactional(readOnly = true)
public class DisputeService {

	static final Comparator<Dispute> MOST_SEVERE_FIRST = Comparator.comparing(Dispute::getSeverity)
		.thenComparing(Dispute::getTitle);

	private final DisputeRepository disputes;

	DisputeService(DisputeRepository disputes) {
		this.disputes = disputes;
	}

	/** The disputes touching these items, in one query. */
	public Disputes disputes(DisputeQuery query) {
		if (query.isEmpty()) {
			return Disputes.none();
		}
		return Disputes
			.of(this.disputes.findLinks(orNone(query.cityIds), orNone(query.companyIds), orNone(query.universityIds),
					orNone(query.incentiveIds), orNone(query.figureIds), orNone(query.statementIds)));
	}

	/** Disputes raised about what this source says, most severe first. */
	public List<Dispute> aboutSource(long sourceId) {
		return this.disputes.findForSource(sourceId).stream().sorted(MOST_SEVERE_FIRST).toList();
	}

	/** Every dispute, most severe first. */
	public List<Dispute> all() {
		return this.disputes.findAllWithSource().stream().sorted(MOST_SEVERE_FIRST).toList();
	}

	/** What every dispute affects. */
	public List<DisputeLink> allLinks() {
		return this.disputes.findAllLinks();
	}

	public long count() {
		return this.disputes.count();
	}

	/** One page (from 1) of every dispute, with its source: one query and a count. */
	public org.springframework.data.domain.Page<Dispute> page(int page, int size) {
		return this.disputes.findPage(org.springframework.data.domain.PageRequest.of(page - 1, size));
	}

	/** What each of these disputes affects, in one query. */
	public List<DisputeLink> linksOf(java.util.Collection<Long> disputeIds) {
		return disputeIds.isEmpty() ? List.of() : this.disputes.findLinksOf(disputeIds);
	}

	/** The dispute with this slug and its source; 404 when there is none. */
	public Dispute get(String slug) {
		return this.disputes.findBySlugWithSource(slug)
			.orElseThrow(() -> new org.hubatlas.common.NotFoundException("dispute", slug));
	}

}
