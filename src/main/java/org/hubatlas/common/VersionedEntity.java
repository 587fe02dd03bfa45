package org.hubatlas.common;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * Every editable record: a generated id, a version for optimistic locking and the time of
 * its last change.
 */
@MappedSuperclass
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private LocalDateTime updatedAt;

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
	}

	/**
	 * Marks the record changed when only what it owns in other tables changed (a
	 * dispute's links, a company's presences): its row is written with a new version, so
	 * that a form loaded before still meets a conflict, not a silent overwrite.
	 */
	public void markChanged() {
		touch();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/** In UTC. */
	public LocalDateTime getUpdatedAt() {
		return this.updatedAt;
	}

}
