package org.hubatlas.search;

import java.util.List;

import org.hubatlas.common.PageLinks;

/**
 * What a search found.
 *
 * @param query the query as searched (normalised, cut when too long)
 * @param cut whether the query was cut to {@link SearchService#MAX_QUERY_CHARS}
 * @param kind the one kind asked for, or null for all kinds
 * @param anyWord whether no result had every word, and these have some of them
 * @param groups one group per kind with results, best group first
 * @param total results of every kind
 * @param pages the pager when one kind is shown, else null
 */
public record SearchResults(String query, boolean cut, SearchKind kind, boolean anyWord, List<Group> groups, long total,
		PageLinks pages) {

	public boolean isEmpty() {
		return this.total == 0;
	}

	/** The results of one kind: how many there are, and the best of them. */
	public record Group(SearchKind kind, long count, List<Hit> hits) {

		public boolean hasMore() {
			return this.count > this.hits.size();
		}

	}

	/**
	 * One result: its name and a piece of its text, with the matched words marked; for
	 * readers of Chinese, a title in Chinese where what has no Chinese name has one (a
	 * statement's paraphrase), else empty.
	 */
	public record Hit(SearchKind kind, String href, List<Segment> title, String titleZh, List<Segment> titleZhMarked,
			String context, List<Segment> excerpt, List<Segment> titleShownZh) {

		public Hit(SearchKind kind, String href, List<Segment> title, String titleZh, List<Segment> titleZhMarked,
				String context, List<Segment> excerpt) {
			this(kind, href, title, titleZh, titleZhMarked, context, excerpt, List.of());
		}

		/** The title as plain text. */
		public String plainTitle() {
			return plain(this.title);
		}

		/** The excerpt as plain text. */
		public String plainExcerpt() {
			return plain(this.excerpt);
		}

		private static String plain(List<Segment> segments) {
			return (segments == null) ? ""
					: segments.stream().map(Segment::text).collect(java.util.stream.Collectors.joining());
		}

	}

	/** A piece of text, marked when it matched a word of the query. */
	public record Segment(String text, boolean matched) {
	}

}
