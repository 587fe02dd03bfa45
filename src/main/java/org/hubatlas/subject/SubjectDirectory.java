package org.hubatlas.subject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubatlas.common.Reference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names, links and references of subjects, whatever their kind: asks the catalogue of
 * each kind (one query per kind present) and every feature's references. Lazy lookups,
 * because the features that implement them sit above.
 */
@Component
@Transactional(readOnly = true)
public class SubjectDirectory {

	private final ObjectProvider<SubjectCatalog> catalogs;

	private final ObjectProvider<SubjectReferences> references;

	SubjectDirectory(ObjectProvider<SubjectCatalog> catalogs, ObjectProvider<SubjectReferences> references) {
		this.catalogs = catalogs;
		this.references = references;
	}

	private Map<SubjectKind, SubjectCatalog> catalogs() {
		Map<SubjectKind, SubjectCatalog> byKind = new EnumMap<>(SubjectKind.class);
		this.catalogs.orderedStream().forEach((catalog) -> byKind.put(catalog.kind(), catalog));
		return byKind;
	}

	/**
	 * A link for each subject, national context included, in one query per kind present.
	 */
	public Map<Subject, SubjectLink> links(Collection<Subject> subjects) {
		Map<SubjectKind, Set<Long>> ids = new EnumMap<>(SubjectKind.class);
		for (Subject subject : subjects) {
			if (!subject.isNationalContext()) {
				ids.computeIfAbsent(subject.kind(), (k) -> new HashSet<>()).add(subject.id());
			}
		}
		Map<SubjectKind, SubjectCatalog> catalogs = catalogs();
		Map<Subject, SubjectLink> links = new HashMap<>();
		ids.forEach((kind, kindIds) -> catalogs.get(kind)
			.links(kindIds)
			.forEach((id, link) -> links.put(Subject.of(kind, id), link)));
		for (Subject subject : subjects) {
			if (subject.isNationalContext()) {
				links.put(subject, SubjectLink.national());
			}
		}
		return links;
	}

	/** Whether the record a subject names exists; national context always does. */
	public boolean exists(Subject subject) {
		return subject.isNationalContext() || catalogs().get(subject.kind()).nameOf(subject.id()).isPresent();
	}

	/**
	 * The name of what a subject names, in the reader's language ("China (national)" for
	 * national context), without a query when the transaction holds the record already;
	 * empty when there is no such record.
	 */
	public Optional<String> nameOf(Subject subject) {
		return subject.isNationalContext() ? Optional.of(SubjectLink.national().name())
				: catalogs().get(subject.kind()).nameOf(subject.id());
	}

	/**
	 * Subject keys by name, grouped by kind for the option groups of the admin selects.
	 */
	public Map<String, Map<String, String>> choices() {
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		Map<SubjectKind, SubjectCatalog> catalogs = catalogs();
		for (SubjectKind kind : SubjectKind.values()) {
			SubjectCatalog catalog = catalogs.get(kind);
			Map<String, String> options = new LinkedHashMap<>();
			catalog.names().forEach((id, name) -> options.put(Subject.of(kind, id).key(), name));
			groups.put(catalog.groupLabel(), options);
		}
		return groups;
	}

	/**
	 * The ids of the records of a kind that a search names (a lower-case LIKE pattern).
	 */
	public List<Long> idsNamed(SubjectKind kind, String like) {
		return catalogs().get(kind).idsNamed(like);
	}

	/** Subject key to name, all kinds together. */
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		choices().values().forEach(names::putAll);
		return names;
	}

	/** Everything any feature holds that points at the subject. */
	public List<Reference> referencesTo(Subject subject) {
		List<Reference> all = new ArrayList<>();
		this.references.orderedStream().forEach((r) -> all.addAll(r.referencesTo(subject)));
		return all;
	}

}
