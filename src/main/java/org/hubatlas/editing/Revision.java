package org.hubatlas.editing;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Labelled;

/**
 * One change made through the admin pages: who, when, and the values before and after.
 * Written once and never changed, so a flush does not check it for changes.
 */
@Entity
@Immutable
@Table(name = "revision")
public class Revision {

	public enum Action implements Labelled {

		CREATE, UPDATE, DELETE, RESTORE, IMPORT;

		/** "Update", in the reader's language. */
		@Override
		public String label() {
			String name = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
			return InterfaceText.label(this, name);
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false)
	private Long entityId;

	@Column(name = "entity_name", nullable = false)
	private String entityName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Action action;

	@Column(nullable = false)
	private String username;

	@Column(name = "changed_at", nullable = false)
	private LocalDateTime changedAt;

	@Column(name = "before_json")
	private String beforeJson;

	@Column(name = "after_json")
	private String afterJson;

	/**
	 * Where the change came from when it was not a form: "imported from pack
	 * coverage-2026.yaml (sha256 …)".
	 */
	private String note;

	/** How the importer's notes begin. */
	public static final String IMPORTED = "imported from pack ";

	/**
	 * How the note begins of a change that took out a record the admin deleted (a figure
	 * a dispute named).
	 */
	public static final String TOOK_OUT_DELETED = "took out what was deleted: ";

	protected Revision() {
	}

	Revision(String entityType, Long entityId, String entityName, Action action, String username,
			LocalDateTime changedAt, String beforeJson, String afterJson, String note) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.entityName = (entityName.length() > 300) ? entityName.substring(0, 299) + "\u2026" : entityName;
		this.action = action;
		this.username = username;
		this.changedAt = changedAt;
		this.beforeJson = beforeJson;
		this.afterJson = afterJson;
		this.note = note;
	}

	public String getNote() {
		return this.note;
	}

	/**
	 * The note in the reader's language where it is one the importer writes ("imported
	 * from pack …"); any other as stored.
	 */
	public String getNoteShown() {
		if (this.note != null && this.note.startsWith(IMPORTED)) {
			return InterfaceText.message("admin.history.importedFrom", "imported from pack {0}",
					this.note.substring(IMPORTED.length()));
		}
		if (this.note != null && this.note.startsWith(TOOK_OUT_DELETED)) {
			return InterfaceText.message("admin.history.tookOutDeleted", "took out {0}, which was deleted",
					this.note.substring(TOOK_OUT_DELETED.length()));
		}
		return this.note;
	}

	public Long getId() {
		return this.id;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getEntityName() {
		return this.entityName;
	}

	public Action getAction() {
		return this.action;
	}

	public String getUsername() {
		return this.username;
	}

	public LocalDateTime getChangedAt() {
		return this.changedAt;
	}

	public String getBeforeJson() {
		return this.beforeJson;
	}

	public String getAfterJson() {
		return this.afterJson;
	}

}
