package org.hubatlas.company;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

@Entity
@Table(name = "company")
public class Company extends NamedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyKind kind;

	@Column(name = "founded_year")
	private Integer foundedYear;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hq_city_id")
	private City hqCity;

	/**
	 * Where the company is when no hub of ours is its headquarters ("Silicon Valley").
	 */
	@Column(name = "location_note")
	private String locationNote;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "company_sector", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "sector", nullable = false)
	private Set<String> sectors = new LinkedHashSet<>();

	protected Company() {
	}

	public Company(String slug, String name, CompanyKind kind) {
		super(slug, name);
		this.kind = kind;
	}

	public CompanyKind getKind() {
		return this.kind;
	}

	public Integer getFoundedYear() {
		return this.foundedYear;
	}

	public City getHqCity() {
		return this.hqCity;
	}

	public String getLocationNote() {
		return this.locationNote;
	}

	public List<String> getSectorList() {
		return this.sectors.stream().sorted().toList();
	}

	public void setHqCity(City hqCity) {
		this.hqCity = hqCity;
	}

	public Set<String> getSectors() {
		return this.sectors;
	}

	/**
	 * Sets what the admin form edits; blank texts are stored as no value, the sectors
	 * replace those held.
	 */
	void edit(String slug, String name, String nameZh, CompanyKind kind, Integer foundedYear, City hqCity,
			String locationNote, String summary, String summaryZh, Set<String> sectors) {
		edit(slug, name, nameZh, summary, summaryZh);
		this.kind = kind;
		this.foundedYear = foundedYear;
		this.hqCity = hqCity;
		this.locationNote = blankToNull(locationNote);
		this.sectors.clear();
		this.sectors.addAll(sectors);
	}

}
