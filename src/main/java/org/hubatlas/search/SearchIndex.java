package org.hubatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

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
import org.hubatlas.common.InterfaceText;

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

	static final String TITLE = "title";

	static final String OTHER_NAMES = "other";

	static final String TEXT = "text";

	static final String EXACT = "exact";

	/** Stored only: what a result shows, kept compressed in the index. */
	static final String SHOWN_KIND = "shown.kind";

	static final String SHOWN_HREF = "shown.href";

	static final String SHOWN_TITLE = "shown.title";

	static final String SHOWN_TITLE_ZH = "shown.titleZh";

	static final String SHOWN_CONTEXT = "shown.context";

	static final String SHOWN_CONTEXT_ZH = "shown.contextZh";

	static final String SHOWN_SUMMARY = "shown.summary";

	static final String SHOWN_SUMMARY_ZH = "shown.summaryZh";

	static final String SHOWN_TITLE_SHOWN_ZH = "shown.titleShownZh";

	/** The stored fields a result is shown from. */
	static final Set<String> SHOWN = Set.of(SHOWN_KIND, SHOWN_HREF, SHOWN_TITLE, SHOWN_TITLE_ZH, SHOWN_CONTEXT,
			SHOWN_CONTEXT_ZH, SHOWN_SUMMARY, SHOWN_SUMMARY_ZH, SHOWN_TITLE_SHOWN_ZH);

	private final SearchDocuments documents;

	private final DataVersion dataVersion;

	private volatile Snapshot current;

	/** The build started when the server came up, while it runs. */
	private volatile Thread buildingInAdvance;

	/** Set once the application is closing: a build in advance stops reading. */
	private volatile boolean closing;

	SearchIndex(SearchDocuments documents, DataVersion dataVersion) {
		this.documents = documents;
		this.dataVersion = dataVersion;
	}

	/**
	 * The index at one version of the data: its searcher and the hubs by exact name. What
	 * a result shows is stored in the index itself (compressed), not kept as Java
	 * objects: about a tenth of the memory with 80,000 documents.
	 */
	record Snapshot(long version, IndexSearcher searcher, Map<String, SearchDocument> hubsByExactName) {

		/** What a result shows of the document the index numbers so. */
		SearchDocument shown(int doc) {
			try {
				Document stored = this.searcher.storedFields().document(doc, SHOWN);
				return new SearchDocument(SearchKind.valueOf(stored.get(SHOWN_KIND)), stored.get(SHOWN_HREF),
						stored.get(SHOWN_TITLE), stored.get(SHOWN_TITLE_ZH), null, stored.get(SHOWN_SUMMARY), null,
						stored.get(SHOWN_CONTEXT), stored.get(SHOWN_CONTEXT_ZH), List.of(),
						stored.get(SHOWN_SUMMARY_ZH), stored.get(SHOWN_TITLE_SHOWN_ZH));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Built once the server is up, so the first reader to search does not wait. */
	@EventListener(ApplicationReadyEvent.class)
	void buildInBackground() {
		Thread builder = new Thread(() -> {
			try {
				current();
			}
			catch (ClosingDown ex) {
				// The application is closing: nobody will search this index.
			}
			catch (RuntimeException ex) {
				logger.warn("The search index could not be built in advance; the first search will build it", ex);
			}
		}, "search-index");
		builder.setDaemon(true);
		this.buildingInAdvance = builder;
		builder.start();
	}

	/**
	 * Stops a build in advance and waits for it, before the database this bean reads from
	 * is closed: a build still reading then would fail with errors in the log.
	 */
	@PreDestroy
	void stopBuilding() throws InterruptedException {
		this.closing = true;
		Thread builder = this.buildingInAdvance;
		if (builder != null) {
			builder.join(TimeUnit.SECONDS.toMillis(30));
		}
	}

	/** Thrown into a build when the application is closing. */
	private static final class ClosingDown extends RuntimeException {

		ClosingDown() {
			super("closing", null, false, false);
		}

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
			// least that new, and a change made meanwhile only means one more build
			// later.
			long building = this.dataVersion.current();
			// Built as English readers see the records, whichever reader's search finds
			// the
			// data moved: the Chinese is indexed beside it, by name.
			snapshot = InterfaceText.in(Locale.ENGLISH, () -> build(building));
			this.current = snapshot;
			return snapshot;
		}
	}

	/**
	 * Indexes the documents as they are read, so that neither the records nor the
	 * documents are all held at once: with the large benchmark set, holding them took
	 * about 80 MB of heap beside the pages being served.
	 */
	private Snapshot build(long version) {
		long start = System.nanoTime();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Map<String, SearchDocument> hubs = new HashMap<>();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.INDEX))) {
			this.documents.each((document) -> {
				if (this.closing) {
					throw new ClosingDown();
				}
				add(writer, document, hubs);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			DirectoryReader reader = DirectoryReader.open(directory);
			Snapshot snapshot = new Snapshot(version, new IndexSearcher(reader), Map.copyOf(hubs));
			logger.info("Search index built: " + reader.numDocs() + " documents, " + size(directory) / 1024 + " KB, in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			return snapshot;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(ByteBuffersDirectory directory) throws IOException {
		long bytes = 0;
		for (String file : directory.listAll()) {
			bytes += directory.fileLength(file);
		}
		return bytes;
	}

	private static void add(IndexWriter writer, SearchDocument document, Map<String, SearchDocument> hubs) {
		Document entry = new Document();
		entry.add(new StringField(KIND, document.kind().name(), Field.Store.NO));
		stored(entry, SHOWN_KIND, document.kind().name());
		stored(entry, SHOWN_HREF, document.href());
		stored(entry, SHOWN_TITLE, document.title());
		stored(entry, SHOWN_TITLE_ZH, document.titleZh());
		stored(entry, SHOWN_CONTEXT, document.context());
		stored(entry, SHOWN_CONTEXT_ZH, document.contextZh());
		stored(entry, SHOWN_SUMMARY, document.summary());
		stored(entry, SHOWN_SUMMARY_ZH, document.summaryZh());
		stored(entry, SHOWN_TITLE_SHOWN_ZH, document.titleShownZh());
		entry.add(new TextField(TITLE, joined(document.title(), document.titleZh()), Field.Store.NO));
		entry.add(new TextField(OTHER_NAMES, joined(document.otherNames()), Field.Store.NO));
		entry.add(new TextField(TEXT,
				joined(document.summary(), document.moreText(), document.context(), document.kind().kindWords()),
				Field.Store.NO));
		for (String name : document.exactNames()) {
			entry.add(new StringField(EXACT, name, Field.Store.NO));
			if (document.kind() == SearchKind.HUB) {
				hubs.putIfAbsent(name, document);
			}
		}
		try {
			writer.addDocument(entry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stored(Document entry, String field, String value) {
		if (value != null) {
			entry.add(new StoredField(field, value));
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
