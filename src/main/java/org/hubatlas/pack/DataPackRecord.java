package org.hubatlas.pack;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

	/** The refused rows, as JSON: as many as fit the column. */
	@Column(name = "refusals_json")
	private String refusalsJson;

	/** Room for the refused rows: the column's width. */
	private static final int REFUSALS_ROOM = 20000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected DataPackRecord() {
	}

	DataPackRecord(String name, String sha256, LocalDateTime appliedAt, String appliedBy, int created, int changed,
			int unchanged, List<PlanRow> refused) {
		this.name = name;
		this.sha256 = sha256;
		this.appliedAt = appliedAt;
		this.appliedBy = appliedBy;
		this.created = created;
		this.changed = changed;
		this.unchanged = unchanged;
		this.refused = refused.size();
		List<Refusal> kept = new ArrayList<>(
				refused.stream().map((r) -> new Refusal(r.line(), r.kind(), r.label(), r.reason())).toList());
		String json = JSON.writeValueAsString(kept);
		while (json.length() > REFUSALS_ROOM) {
			kept = kept.subList(0, kept.size() * 9 / 10);
			json = JSON.writeValueAsString(kept);
		}
		this.refusalsJson = kept.isEmpty() ? null : json;
	}

	/** A row the application refused, with where it stands in the file and why. */
	public record Refusal(int line, String kind, String label, String reason) {
	}

	/**
	 * The refused rows recorded with the application, in file order; fewer than
	 * {@link #getRefused()} when they did not all fit.
	 */
	public List<Refusal> getRefusals() {
		return (this.refusalsJson != null) ? JSON.readValue(this.refusalsJson, new TypeReference<List<Refusal>>() {
		}) : List.of();
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
