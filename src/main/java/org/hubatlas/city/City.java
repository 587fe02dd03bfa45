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

import org.hubatlas.common.NamedRecord;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A hub: a city, a province-level region or an area within a city (Zhongguancun,
 * Liangzhu).
 */
@Entity
@Table(name = "city")
public class City extends NamedRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CityLevel level;

	private String province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private City parent;

	private String nicknames;

	/**
	 * Approximate centre (WGS84), which places the hub on the map; null where not known.
	 */
	private BigDecimal latitude;

	private BigDecimal longitude;

	protected City() {
	}

	public City(String slug, String name, CityLevel level) {
		super(slug, name);
		this.level = level;
	}

	/** Sets the hub's approximate centre, which places it on the map. */
	public void locate(BigDecimal latitude, BigDecimal longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
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

	public String getNicknames() {
		return this.nicknames;
	}

	public void setParent(City parent) {
		this.parent = parent;
	}

	/** Sets what the admin form edits; blank texts are stored as no value. */
	void edit(String slug, String name, String nameZh, CityLevel level, String province, City parent, String nicknames,
			String summary, String summaryZh) {
		edit(slug, name, nameZh, summary, summaryZh);
		this.level = level;
		this.province = blankToNull(province);
		this.parent = parent;
		this.nicknames = blankToNull(nicknames);
	}

}
