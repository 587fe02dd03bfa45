package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.NotFoundException;
import org.hubatlas.editing.FormLayout;
import org.hubatlas.editing.RecordKind;

import org.springframework.stereotype.Component;

/**
 * Every kind of record the admin edits, by its address under {@code /admin/}. A feature
 * registers a kind by declaring its {@link RecordKind} as a bean.
 */
@Component
public class RecordKinds {

	private final Map<String, RecordKind<?, ?>> byPath = new LinkedHashMap<>();

	private final Map<String, RecordKind<?, ?>> byKey = new LinkedHashMap<>();

	RecordKinds(List<RecordKind<?, ?>> kinds) {
		kinds.forEach((kind) -> {
			// A layout that leaves out a field of the form, or names one it lacks, stops
			// the
			// start.
			FormLayout.of(kind.formLayout(), kind.formType(), Map.of());
			this.byPath.put(kind.path(), kind);
			this.byKey.put(kind.key(), kind);
		});
	}

	/** The kind at an address; 404 when there is none. */
	RecordKind<?, ?> at(String path) {
		RecordKind<?, ?> kind = this.byPath.get(path);
		if (kind == null) {
			throw new NotFoundException("admin page", path);
		}
		return kind;
	}

	/**
	 * Each kind's address under {@code /admin/} by the key the history stores ("company"
	 * to "companies"), for links to a changed record.
	 */
	public Map<String, String> pathsByKey() {
		Map<String, String> paths = new LinkedHashMap<>();
		this.byKey.forEach((key, kind) -> paths.put(key, kind.path()));
		return paths;
	}

	/** The kind the history stores as key ("company"). */
	@SuppressWarnings("unchecked")
	public <K extends RecordKind<?, ?>> K byKey(String key, Class<K> type) {
		return type.cast(this.byKey.get(key));
	}

}
