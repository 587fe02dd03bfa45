package org.hubatlas.university;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.city.City;
import org.hubatlas.common.NamedRecord;

import static org.hubatlas.common.Text.blankToNull;

/** A university, research institute, academy or science park. */
@Entity
@Table(name = "university")
public class University extends NamedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UniversityKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_id")
	private City city;

	@Column(name = "location_note")
	private String locationNote;

	protected University() {
	}

	public University(String slug, String name, UniversityKind kind) {
		super(slug, name);
		this.kind = kind;
	}

	public UniversityKind getKind() {
		return this.kind;
	}

	public City getCity() {
		return this.city;
	}

	public String getLocationNote() {
		return this.locationNote;
	}

	public void setCity(City city) {
		this.city = city;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String name, String nameZh, UniversityKind kind, City city, String locationNote,
			String summary, String summaryZh) {
		edit(slug, name, nameZh, summary, summaryZh);
		this.kind = kind;
		this.city = city;
		this.locationNote = blankToNull(locationNote);
	}

}
