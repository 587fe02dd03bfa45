package org.hubatlas.common;

import java.util.function.Supplier;

/**
 * A value worked out from the data and kept for as long as the data's version stands:
 * read models that would otherwise cost a pass over every row on each page that shows
 * them. Shared by every thread (it must be read only); one thread works it out while the
 * others wait for it. Every instance sharing the database reads the same version, so none
 * keeps a value older than the data.
 *
 * @param <T> the value
 */
public final class PerDataVersion<T> {

	private final DataVersion dataVersion;

	private final Object working = new Object();

	private volatile Kept<T> kept;

	public PerDataVersion(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/**
	 * The value for the data as committed now, worked out first if the data has moved.
	 * Call it inside a transaction, so the work sees one state of the data.
	 */
	public T get(Supplier<T> workOut) {
		// The version is read before the data, so a change committed in between makes
		// the next call work it out again rather than keeping older data as newer.
		long version = this.dataVersion.current();
		Kept<T> kept = this.kept;
		if (kept != null && kept.version() == version) {
			return kept.value();
		}
		synchronized (this.working) {
			kept = this.kept;
			if (kept != null && kept.version() == version) {
				return kept.value();
			}
			T value = workOut.get();
			if (kept == null || kept.version() < version) {
				this.kept = new Kept<>(version, value);
			}
			return value;
		}
	}

	private record Kept<T>(long version, T value) {
	}

}
