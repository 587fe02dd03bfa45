package org.hubatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text is cut into words for the index and for queries. Latin text: words, lower
 * case, accents folded (Zürich = zurich), plurals as their singular (robots = robot).
 * Chinese, which has no spaces: pairs of neighbouring characters, the usual way to search
 * it without a dictionary, so 深度求索 is found by 深度求索 or 求索. The index also keeps single
 * characters, so a one-character query (京) still finds something; a query uses pairs
 * only, so 北京 does not match every text that has 北 and 京 somewhere.
 */
final class SearchAnalyzers {

	static final Analyzer INDEX = analyzer(true);

	static final Analyzer QUERY = analyzer(false);

	private SearchAnalyzers() {
	}

	private static Analyzer analyzer(boolean singleCharacters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(tokenizer);
				stream = new LowerCaseFilter(stream);
				stream = new ASCIIFoldingFilter(stream);
				// Plurals as their singular, on both sides: "robot" finds "humanoid
				// robots", "companies" finds "company".
				stream = new EnglishMinimalStemFilter(stream);
				stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
						| CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, singleCharacters);
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	/** A word of a text and where it stands in it. */
	record Token(String term, int start, int end) {

		boolean isLatin() {
			return this.term.codePoints().allMatch((c) -> c < 0x3000);
		}

	}

	/** The words of a text as a query reads them, with their places in the text. */
	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		try (TokenStream stream = QUERY.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
