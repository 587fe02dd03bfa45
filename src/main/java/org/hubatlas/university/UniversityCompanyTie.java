package org.hubatlas.university;

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

import org.hubatlas.company.Company;

/** A company the sources tie to an institution (alumni founders, a talent agreement). */
@Entity
@Table(name = "university_company")
public class UniversityCompanyTie {

	@EmbeddedId
	private Key id;

	@MapsId("universityId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "university_id")
	private University university;

	@MapsId("companyId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "company_id")
	private Company company;

	@Column(nullable = false)
	private String relation;

	protected UniversityCompanyTie() {
	}

	public University getUniversity() {
		return this.university;
	}

	public Company getCompany() {
		return this.company;
	}

	public String getRelation() {
		return this.relation;
	}

	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "university_id")
		private Long universityId;

		@Column(name = "company_id")
		private Long companyId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.universityId, key.universityId)
					&& Objects.equals(this.companyId, key.companyId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.universityId, this.companyId);
		}

	}

}
