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
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

/** A university, research institute, academy or science park. */
@Entity
@Table(name = "university")
public class University extends VersionedEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh")
	private String nameZh;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UniversityKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_id")
	private City city;

	@Column(name = "location_note")
	private String locationNote;

	private String summary;

	@Column(name = "summary_zh")
	private String summaryZh;

	protected University() {
	}

	public University(String slug, String name, UniversityKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getNameZh() {
		return this.nameZh;
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

	public String getSummary() {
		return this.summary;
	}

	public void setCity(City city) {
		this.city = city;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String name, String nameZh, UniversityKind kind, City city, String locationNote,
			String summary) {
		this.slug = slug;
		this.name = name.trim();
		this.nameZh = blankToNull(nameZh);
		this.kind = kind;
		this.city = city;
		this.locationNote = blankToNull(locationNote);
		this.summary = blankToNull(summary);
	}

	public String getSummaryZh() {
		return this.summaryZh;
	}

	/** Sets what the admin form edits in Chinese; blank texts are stored as no value. */
	void editChinese(String summaryZh) {
		this.summaryZh = blankToNull(summaryZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getSummaryShown() {
		return ReaderText.of(this.summary, this.summaryZh);
	}

}
