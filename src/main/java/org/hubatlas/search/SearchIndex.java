package org.hubatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hubatlas.common.DataVersion;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Lucene index of everything searchable, kept in memory and built again from the
 * database whenever the data's version has moved. The version is the one the page cache
 * uses, raised by every change on any instance sharing the database, so a search never
 * answers from data older than the pages.
 */
@Component
class SearchIndex {

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	static final String KIND = "kind";

	static final String NUMBER = "n";

	static final String TITLE = "title";

	static final String OTHER_NAMES = "other";

	static final String TEXT = "text";

	static final String EXACT = "exact";

	private final SearchDocuments documents;

	private final DataVersion dataVersion;

	private volatile Snapshot current;

	SearchIndex(SearchDocuments documents, DataVersion dataVersion) {
		this.documents = documents;
		this.dataVersion = dataVersion;
	}

	/**
	 * The index at one version of the data: its searcher, the documents by number, and
	 * the hubs by exact name.
	 */
	record Snapshot(long version, IndexSearcher searcher, List<SearchDocument> documents,
			Map<String, SearchDocument> hubsByExactName) {
	}

	/** Built once the server is up, so the first reader to search does not wait. */
	@EventListener(ApplicationReadyEvent.class)
	void buildInBackground() {
		Thread builder = new Thread(() -> {
			try {
				current();
			}
			catch (RuntimeException ex) {
				logger.warn("The search index could not be built in advance; the first search will build it", ex);
			}
		}, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	/** The index for the data as committed now; built first if the data has moved. */
	Snapshot current() {
		long version = this.dataVersion.current();
		Snapshot snapshot = this.current;
		if (snapshot != null && snapshot.version() == version) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = this.current;
			if (snapshot != null && snapshot.version() >= version) {
				return snapshot;
			}
			// Read the version again: the documents are read after it, so they are at
			// least
			// that new, and a change made meanwhile only means one more build later.
			long building = this.dataVersion.current();
			snapshot = build(building, this.documents.all());
			this.current = snapshot;
			return snapshot;
		}
	}

	static Snapshot build(long version, List<SearchDocument> documents) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Map<String, SearchDocument> hubs = new HashMap<>();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.INDEX))) {
			for (int n = 0; n < documents.size(); n++) {
				SearchDocument document = documents.get(n);
				Document entry = new Document();
				entry.add(new StringField(KIND, document.kind().name(), Field.Store.NO));
				entry.add(new StoredField(NUMBER, n));
				entry.add(new TextField(TITLE, joined(document.title(), document.titleZh()), Field.Store.NO));
				entry.add(new TextField(OTHER_NAMES, joined(document.otherNames()), Field.Store.NO));
				entry.add(new TextField(TEXT, joined(document.summary(), document.moreText(), document.context(),
						document.kind().kindWords()), Field.Store.NO));
				for (String name : document.exactNames()) {
					entry.add(new StringField(EXACT, name, Field.Store.NO));
					if (document.kind() == SearchKind.HUB) {
						hubs.putIfAbsent(name, document);
					}
				}
				writer.addDocument(entry);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return new Snapshot(version, new IndexSearcher(DirectoryReader.open(directory)), List.copyOf(documents),
					Map.copyOf(hubs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String joined(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null) {
				text.append(text.isEmpty() ? "" : "\n").append(part);
			}
		}
		return text.toString();
	}

}
