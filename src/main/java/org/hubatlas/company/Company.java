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
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

@Entity
@Table(name = "company")
public class Company extends VersionedEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh")
	private String nameZh;

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

	private String summary;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "company_sector", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "sector", nullable = false)
	private Set<String> sectors = new LinkedHashSet<>();

	@Column(name = "summary_zh")
	private String summaryZh;

	protected Company() {
	}

	public Company(String slug, String name, CompanyKind kind) {
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

	public String getSummary() {
		return this.summary;
	}

	public List<String> getSectorList() {
		return this.sectors.stream().sorted().toList();
	}

	public void setHqCity(City hqCity) {
		this.hqCity = hqCity;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Set<String> getSectors() {
		return this.sectors;
	}

	/**
	 * What a data pack says of the company, filling in only what the portal does not hold
	 * yet: an edit an admin made is never overwritten by a pack.
	 * @return whether anything changed
	 */
	public boolean fillPackDetails(String nameZh, Integer foundedYear, City hqCity, String summary) {
		boolean changed = false;
		if (this.nameZh == null && nameZh != null) {
			this.nameZh = nameZh;
			changed = true;
		}
		if (this.foundedYear == null && foundedYear != null) {
			this.foundedYear = foundedYear;
			changed = true;
		}
		if (this.hqCity == null && this.locationNote == null && hqCity != null) {
			this.hqCity = hqCity;
			changed = true;
		}
		if (this.summary == null && summary != null) {
			this.summary = summary;
			changed = true;
		}
		return changed;
	}

	/**
	 * Sets what the admin form edits; blank texts are stored as no value, the sectors
	 * replace those held.
	 */
	void edit(String slug, String name, String nameZh, CompanyKind kind, Integer foundedYear, City hqCity,
			String locationNote, String summary, Set<String> sectors) {
		this.slug = slug;
		this.name = name.trim();
		this.nameZh = blankToNull(nameZh);
		this.kind = kind;
		this.foundedYear = foundedYear;
		this.hqCity = hqCity;
		this.locationNote = blankToNull(locationNote);
		this.summary = blankToNull(summary);
		this.sectors.clear();
		this.sectors.addAll(sectors);
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
