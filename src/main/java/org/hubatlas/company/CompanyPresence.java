package org.hubatlas.company;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.hubatlas.city.City;

/**
 * A hub where a company is present other than its headquarters (an office, "home to").
 */
@Entity
@Table(name = "company_presence")
public class CompanyPresence {

	@EmbeddedId
	private Key id;

	@MapsId("companyId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "company_id")
	private Company company;

	@MapsId("cityId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_id")
	private City city;

	@Column(nullable = false)
	private String relation;

	protected CompanyPresence() {
	}

	CompanyPresence(Company company, City city, String relation) {
		this.id = new Key(company.getId(), city.getId());
		this.company = company;
		this.city = city;
		this.relation = relation;
	}

	public Company getCompany() {
		return this.company;
	}

	public City getCity() {
		return this.city;
	}

	public String getRelation() {
		return this.relation;
	}

	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "company_id")
		private Long companyId;

		@Column(name = "city_id")
		private Long cityId;

		protected Key() {
		}

		Key(Long companyId, Long cityId) {
			this.companyId = companyId;
			this.cityId = cityId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.companyId, key.companyId)
					&& Objects.equals(this.cityId, key.cityId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.companyId, this.cityId);
		}

	}

}
