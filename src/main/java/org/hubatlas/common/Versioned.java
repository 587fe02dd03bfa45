package org.hubatlas.common;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** Every editable record has a version for optimistic locking and the time of its last change. */
@MappedSuperclass
public abstract class Versioned {

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

	public long getVersion() {
		return this.version;
	}

	/** In UTC. */
	public LocalDateTime getUpdatedAt() {
		return this.updatedAt;
	}

}
