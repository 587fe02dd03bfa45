package org.hubatlas.admin;

import java.util.ArrayList;
import java.util.Comparator;
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

	/** The order of the admin menu, by key; a kind not named here comes after. */
	private static final List<String> MENU_ORDER = List.of("city", "company", "university", "incentive", "source",
			"figure", "statement", "indicator", "dispute");

	/** How many records a kind holds, for the dashboard. */
	public record Count(String key, String path, long count) {
	}

	RecordKinds(List<RecordKind<?, ?>> kinds) {
		List<RecordKind<?, ?>> inMenuOrder = new ArrayList<>(kinds);
		inMenuOrder.sort(Comparator.comparingInt((RecordKind<?, ?> kind) -> {
			int at = MENU_ORDER.indexOf(kind.key());
			return (at < 0) ? MENU_ORDER.size() : at;
		}));
		inMenuOrder.forEach((kind) -> {
			// A layout that leaves out a field of the form, or names one it lacks, stops
			// the start.
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

	/** The kind at an address, or null when there is none. */
	RecordKind<?, ?> find(String path) {
		return this.byPath.get(path);
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

	/** How many records each kind holds, in the order of the admin menu. */
	public List<Count> counts() {
		return this.byKey.values()
			.stream()
			.map((kind) -> new Count(kind.key(), kind.path(), kind.repository().count()))
			.toList();
	}

	/** The kind the history stores as key ("company"). */
	@SuppressWarnings("unchecked")
	public <K extends RecordKind<?, ?>> K byKey(String key, Class<K> type) {
		return type.cast(this.byKey.get(key));
	}

}
