package org.hubatlas.search;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.hubatlas.common.DataVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * A search index still being built when the application closes stops reading before the
 * database it reads from is closed, instead of failing against a closed database.
 */
class SearchIndexShutdownTests {

	@Test
	void closingStopsABuildInAdvanceAndWaitsForIt() throws Exception {
		SearchDocuments documents = mock(SearchDocuments.class);
		DataVersion version = mock(DataVersion.class);
		given(version.current()).willReturn(1L);
		CountDownLatch reading = new CountDownLatch(1);
		AtomicBoolean stoppedReading = new AtomicBoolean();
		// A walk that would never end on its own: only the index stopping ends it.
		willAnswer((call) -> {
			Consumer<SearchDocument> sink = call.getArgument(0);
			try {
				while (true) {
					sink.accept(new SearchDocument(SearchKind.HUB, "/cities/x", "X", null, null, null, null, null, null,
							List.of("x")));
					reading.countDown();
				}
			}
			finally {
				stoppedReading.set(true);
			}
		}).given(documents).each(any());
		SearchIndex index = new SearchIndex(documents, version);

		index.buildInBackground();
		reading.await();
		index.stopBuilding();

		assertThat(stoppedReading).isTrue();
	}

}
