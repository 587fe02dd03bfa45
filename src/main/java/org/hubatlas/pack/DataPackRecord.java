package org.hubatlas.pack;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One application of a data pack: the file by name and checksum, when, by whom, and what
 * it did.
 */
@Entity
@Table(name = "data_pack")
public class DataPackRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "applied_at", nullable = false)
	private LocalDateTime appliedAt;

	@Column(name = "applied_by", nullable = false)
	private String appliedBy;

	private int created;

	private int changed;

	private int unchanged;

	private int refused;

	protected DataPackRecord() {
	}

	DataPackRecord(String name, String sha256, LocalDateTime appliedAt, String appliedBy, int created, int changed,
			int unchanged, int refused) {
		this.name = name;
		this.sha256 = sha256;
		this.appliedAt = appliedAt;
		this.appliedBy = appliedBy;
		this.created = created;
		this.changed = changed;
		this.unchanged = unchanged;
		this.refused = refused;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getSha256() {
		return this.sha256;
	}

	public LocalDateTime getAppliedAt() {
		return this.appliedAt;
	}

	public String getAppliedBy() {
		return this.appliedBy;
	}

	public int getCreated() {
		return this.created;
	}

	public int getChanged() {
		return this.changed;
	}

	public int getUnchanged() {
		return this.unchanged;
	}

	public int getRefused() {
		return this.refused;
	}

}
