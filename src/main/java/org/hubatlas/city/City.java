package org.hubatlas.city;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.common.ReaderText;
import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A hub: a city, a province-level region or an area within a city (Zhongguancun,
 * Liangzhu).
 */
@Entity
@Table(name = "city")
public class City extends VersionedEntity {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh")
	private String nameZh;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CityLevel level;

	private String province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private City parent;

	private String summary;

	@Column(name = "summary_zh")
	private String summaryZh;

	private String nicknames;

	/** Approximate centre (WGS84), reference data for the map; null where not known. */
	private BigDecimal latitude;

	private BigDecimal longitude;

	protected City() {
	}

	public City(String slug, String name, CityLevel level) {
		this.slug = slug;
		this.name = name;
		this.level = level;
	}

	/**
	 * Sets the reference data a data pack gives for a hub: Chinese name, level, province,
	 * parent and coordinates. Values the pack leaves out stay as they are.
	 */
	public void applyReferenceData(String nameZh, CityLevel level, String province, City parent, BigDecimal latitude,
			BigDecimal longitude) {
		if (nameZh != null) {
			this.nameZh = nameZh;
		}
		if (level != null) {
			this.level = level;
		}
		if (province != null) {
			this.province = province;
		}
		if (parent != null) {
			this.parent = parent;
		}
		if (latitude != null && longitude != null) {
			this.latitude = latitude;
			this.longitude = longitude;
		}
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
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

	public CityLevel getLevel() {
		return this.level;
	}

	public String getProvince() {
		return this.province;
	}

	public City getParent() {
		return this.parent;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getNicknames() {
		return this.nicknames;
	}

	public void setParent(City parent) {
		this.parent = parent;
	}

	public String getSummaryZh() {
		return this.summaryZh;
	}

	/**
	 * Gives the hub the summaries a data pack carries where it has none: an admin's words
	 * are never overwritten by a pack.
	 */
	public boolean addMissingSummaries(String summary, String summaryZh) {
		boolean changed = false;
		if (this.summary == null && summary != null && !summary.isBlank()) {
			this.summary = summary.strip();
			changed = true;
		}
		if (this.summaryZh == null && summaryZh != null && !summaryZh.isBlank()) {
			this.summaryZh = summaryZh.strip();
			changed = true;
		}
		return changed;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String name, String nameZh, CityLevel level, String province, City parent, String nicknames,
			String summary, String summaryZh) {
		this.slug = slug;
		this.name = name.trim();
		this.nameZh = blankToNull(nameZh);
		this.level = level;
		this.province = blankToNull(province);
		this.parent = parent;
		this.nicknames = blankToNull(nicknames);
		this.summary = blankToNull(summary);
		this.summaryZh = blankToNull(summaryZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getSummaryShown() {
		return ReaderText.of(this.summary, this.summaryZh);
	}

}
