package org.hubatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.Text;
import org.hubatlas.search.SearchAnalyzers.Token;
import org.hubatlas.search.SearchResults.Group;
import org.hubatlas.search.SearchResults.Hit;
import org.hubatlas.search.SearchResults.Segment;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search across hubs, companies, institutions, incentives, indicators, sources,
 * statements and corrections. Every word of the query must match (in a name, another
 * name, or the text); names weigh more than text, an exact name most. A word one letter
 * off still matches a name (Shenzen), and the start of a word matches a name (deeps).
 * Lucene does the matching, so H2 and PostgreSQL give the same results.
 */
@Service
public class SearchService {

	/** Longer queries are cut, with a note: no name is this long. */
	public static final int MAX_QUERY_CHARS = 100;

	/** Words of a query beyond this many are ignored. */
	static final int MAX_WORDS = 12;

	/** Results per kind when every kind is shown. */
	static final int GROUP_SIZE = 5;

	/** Results per page when one kind is shown. */
	public static final int PAGE_SIZE = 20;

	/** How far a reader can page: a search is for finding, not for reading everything. */
	static final int MAX_PAGE = 50;

	private static final int EXCERPT_CHARS = 220;

	private final SearchIndex index;

	SearchService(SearchIndex index) {
		this.index = index;
	}

	/** The query as searched: normalised like every input, blank as null. */
	public static String clean(String raw) {
		String text = Text.blankToNull(Text.normalize(raw));
		return (text == null) ? null : text.replaceAll("\\s+", " ");
	}

	/**
	 * @param raw the query as typed; blank gives empty results
	 * @param kind one kind, paged; or null for the best of every kind
	 * @param page the page (from 1) when one kind is shown
	 */
	public SearchResults search(String raw, SearchKind kind, int page) {
		String query = clean(raw);
		boolean cut = false;
		if (query != null && query.codePointCount(0, query.length()) > MAX_QUERY_CHARS) {
			query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY_CHARS)).trim();
			cut = true;
		}
		List<Token> words = (query != null) ? words(query) : List.of();
		if (words.isEmpty()) {
			return new SearchResults(query, cut, kind, false, List.of(), 0, null);
		}
		SearchIndex.Snapshot snapshot = this.index.current();
		IndexSearcher searcher = snapshot.searcher();
		// Rewritten once: the fuzzy and prefix words expand to the index's terms here,
		// not again for each kind counted and listed below.
		Query everyWord = rewrite(searcher, inBothNames(snapshot, words, query, true));
		boolean anyWord = false;
		Query chosen = everyWord;
		if (words.size() > 1 && count(searcher, everyWord) == 0) {
			chosen = rewrite(searcher, inBothNames(snapshot, words, query, false));
			anyWord = true;
		}
		if (kind != null) {
			return onePage(snapshot, words, query, cut, kind, anyWord, chosen, Math.min(page, MAX_PAGE));
		}
		List<Group> groups = new ArrayList<>();
		List<Float> bestScores = new ArrayList<>();
		long total = 0;
		for (SearchKind each : SearchKind.values()) {
			Query ofKind = ofKind(chosen, each);
			TopDocs top = search(searcher, ofKind, GROUP_SIZE);
			if (top.scoreDocs.length == 0) {
				continue;
			}
			long count = count(searcher, ofKind);
			total += count;
			groups.add(new Group(each, count, hits(snapshot, top.scoreDocs, 0, words)));
			bestScores.add(top.scoreDocs[0].score * each.weight());
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> bestScores.get(i)).reversed());
		return new SearchResults(query, cut, null, anyWord, order.stream().map(groups::get).toList(), total, null);
	}

	/**
	 * The hub a query names exactly (name, Chinese name, address name or pinyin), if any.
	 */
	public Optional<String> exactHub(String raw) {
		String query = clean(raw);
		if (query == null) {
			return Optional.empty();
		}
		SearchDocument hub = this.index.current().hubsByExactName().get(query.toLowerCase(Locale.ROOT));
		return Optional.ofNullable(hub).map(SearchDocument::href);
	}

	private SearchResults onePage(SearchIndex.Snapshot snapshot, List<Token> words, String query, boolean cut,
			SearchKind kind, boolean anyWord, Query chosen, int page) {
		IndexSearcher searcher = snapshot.searcher();
		Query ofKind = ofKind(chosen, kind);
		long count = count(searcher, ofKind);
		int from = (page - 1) * PAGE_SIZE;
		TopDocs top = search(searcher, ofKind, from + PAGE_SIZE);
		List<Hit> hits = hits(snapshot, top.scoreDocs, from, words);
		long reachable = Math.min(count, (long) MAX_PAGE * PAGE_SIZE);
		PageLinks pages = PageLinks.of(new PageImpl<>(hits, PageRequest.of(page - 1, PAGE_SIZE), reachable),
				UriComponentsBuilder.fromPath("/search").queryParam("q", query).queryParam("type", kind.param()));
		List<Group> groups = hits.isEmpty() ? List.of() : List.of(new Group(kind, count, hits));
		return new SearchResults(query, cut, kind, anyWord, groups, count, pages);
	}

	/**
	 * The query, and where it names a hub exactly, the same query for the hub's name in
	 * the other language: 杭州 finds what is written of Hangzhou in English only, and
	 * Hangzhou what is written in Chinese only.
	 */
	private static Query inBothNames(SearchIndex.Snapshot snapshot, List<Token> words, String query,
			boolean everyWord) {
		Query own = query(words, query, everyWord);
		SearchDocument hub = snapshot.hubsByExactName().get(query.toLowerCase(Locale.ROOT));
		if (hub == null || hub.titleZh() == null) {
			return own;
		}
		String other = query.equals(hub.titleZh()) ? hub.title() : hub.titleZh();
		return new DisjunctionMaxQuery(List.of(own, query(words(other), other, everyWord)), 0.1f);
	}

	/** The words of a query, each once, at most {@link #MAX_WORDS}. */
	static List<Token> words(String query) {
		Set<String> seen = new LinkedHashSet<>();
		List<Token> words = new ArrayList<>();
		for (Token token : SearchAnalyzers.tokens(query)) {
			if (seen.add(token.term()) && words.size() < MAX_WORDS) {
				words.add(token);
			}
		}
		return words;
	}

	/**
	 * Each word matches a name, another name or the text exactly, or a name by its start
	 * or one letter off (two for long words; not the text, whose vocabulary is large).
	 * With everyWord, all words must match.
	 */
	static Query query(List<Token> words, String query, boolean everyWord) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (Token word : words) {
			List<Query> ways = new ArrayList<>();
			String term = word.term();
			ways.add(boost(new TermQuery(new Term(SearchIndex.TITLE, term)), 10));
			ways.add(boost(new TermQuery(new Term(SearchIndex.OTHER_NAMES, term)), 6));
			ways.add(boost(new TermQuery(new Term(SearchIndex.TEXT, term)), 1));
			if (word.isLatin() && term.length() >= 3) {
				ways.add(boost(new PrefixQuery(new Term(SearchIndex.TITLE, term)), 4));
				ways.add(boost(new PrefixQuery(new Term(SearchIndex.OTHER_NAMES, term)), 3));
			}
			int edits = edits(word);
			if (edits > 0) {
				ways.add(boost(new FuzzyQuery(new Term(SearchIndex.TITLE, term), edits, 1), 3));
				ways.add(boost(new FuzzyQuery(new Term(SearchIndex.OTHER_NAMES, term), edits, 1), 2));
			}
			all.add(new DisjunctionMaxQuery(ways, 0.1f),
					everyWord ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
		}
		if (!everyWord) {
			all.setMinimumNumberShouldMatch(1);
		}
		BooleanQuery.Builder ranked = new BooleanQuery.Builder();
		ranked.add(all.build(), BooleanClause.Occur.MUST);
		ranked.add(boost(new TermQuery(new Term(SearchIndex.EXACT, query.toLowerCase(Locale.ROOT))), 50),
				BooleanClause.Occur.SHOULD);
		return ranked.build();
	}

	/**
	 * How many letters a word may be off and still match a name: none for short words.
	 */
	static int edits(Token word) {
		if (!word.isLatin() || word.term().length() < 4 || !word.term().chars().allMatch(Character::isLetter)) {
			return 0;
		}
		return (word.term().length() >= 10) ? 2 : 1;
	}

	private static Query boost(Query query, float boost) {
		return new BoostQuery(query, boost);
	}

	private static Query ofKind(Query query, SearchKind kind) {
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(SearchIndex.KIND, kind.name())), BooleanClause.Occur.FILTER)
			.build();
	}

	private static Query rewrite(IndexSearcher searcher, Query query) {
		try {
			return searcher.rewrite(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TopDocs search(IndexSearcher searcher, Query query, int size) {
		try {
			return searcher.search(query, Math.max(1, size));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int count(IndexSearcher searcher, Query query) {
		try {
			return searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Hit> hits(SearchIndex.Snapshot snapshot, ScoreDoc[] scoreDocs, int from, List<Token> words) {
		List<Hit> hits = new ArrayList<>();
		for (int i = from; i < scoreDocs.length; i++) {
			SearchDocument document = snapshot.shown(scoreDocs[i].doc);
			hits.add(new Hit(document.kind(), document.href(), marked(document.title(), words), document.titleZh(),
					marked(document.titleZh(), words),
					(InterfaceText.chinese() && document.contextZh() != null) ? document.contextZh()
							: document.context(),
					excerpt((InterfaceText.chinese() && document.summaryZh() != null) ? document.summaryZh()
							: document.summary(), words),
					InterfaceText.chinese() ? marked(document.titleShownZh(), words) : List.of()));
		}
		return hits;
	}

	/** The text in pieces, the words that match the query marked. */
	static List<Segment> marked(String text, List<Token> words) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return segments(text, matches(text, words), 0, text.length());
	}

	/**
	 * A piece of the text around its first match (or its start), about
	 * {@value #EXCERPT_CHARS} characters, cut at spaces.
	 */
	static List<Segment> excerpt(String text, List<Token> words) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<int[]> matches = matches(text, words);
		int start = 0;
		if (!matches.isEmpty() && matches.get(0)[0] > EXCERPT_CHARS / 3) {
			start = text.lastIndexOf(' ', matches.get(0)[0] - EXCERPT_CHARS / 4) + 1;
		}
		int end = Math.min(text.length(), start + EXCERPT_CHARS);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = (space > start + EXCERPT_CHARS / 2) ? space : end;
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
		}
		List<Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new Segment("\u2026", false));
		}
		segments.addAll(segments(text, matches, start, end));
		if (end < text.length()) {
			segments.add(new Segment("\u2026", false));
		}
		return segments;
	}

	private static List<Segment> segments(String text, List<int[]> matches, int start, int end) {
		List<Segment> segments = new ArrayList<>();
		int at = start;
		for (int[] match : matches) {
			int from = Math.max(match[0], at);
			int to = Math.min(match[1], end);
			if (from >= to) {
				continue;
			}
			if (from > at) {
				segments.add(new Segment(text.substring(at, from), false));
			}
			segments.add(new Segment(text.substring(from, to), true));
			at = to;
		}
		if (at < end) {
			segments.add(new Segment(text.substring(at, end), false));
		}
		return segments;
	}

	/** Where the text's words match a query word, in order, overlaps merged. */
	private static List<int[]> matches(String text, List<Token> words) {
		List<int[]> ranges = new ArrayList<>();
		List<Automaton> fuzzy = new ArrayList<>();
		for (Token word : words) {
			int edits = edits(word);
			fuzzy.add((edits > 0) ? new LevenshteinAutomata(word.term(), false).toAutomaton(edits) : null);
		}
		for (Token token : SearchAnalyzers.tokens(text)) {
			for (int i = 0; i < words.size(); i++) {
				Token word = words.get(i);
				boolean matched = token.term().equals(word.term())
						|| (word.isLatin() && word.term().length() >= 3 && token.term().startsWith(word.term()))
						|| (fuzzy.get(i) != null && Operations.run(fuzzy.get(i), token.term()));
				if (matched) {
					ranges.add(new int[] { token.start(), token.end() });
					break;
				}
			}
		}
		ranges.sort(Comparator.comparingInt((int[] range) -> range[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] range : ranges) {
			if (!merged.isEmpty() && range[0] <= merged.get(merged.size() - 1)[1]) {
				merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], range[1]);
			}
			else {
				merged.add(range);
			}
		}
		return merged;
	}

}
