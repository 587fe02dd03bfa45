package org.hubatlas.source;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a figure, citation or dispute is about: at most one of a city, company, university or incentive. Kept as ids
 * (the database holds real foreign keys) so that this bottom-floor package imports none of the features above it.
 */
@Embeddable
public class Subject {

	@Column(name = "city_id")
	private Long cityId;

	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "university_id")
	private Long universityId;

	@Column(name = "incentive_id")
	private Long incentiveId;

	protected Subject() {
	}

	private Subject(Long cityId, Long companyId, Long universityId, Long incentiveId) {
		this.cityId = cityId;
		this.companyId = companyId;
		this.universityId = universityId;
		this.incentiveId = incentiveId;
	}

	public static Subject city(long id) {
		return new Subject(id, null, null, null);
	}

	public static Subject company(long id) {
		return new Subject(null, id, null, null);
	}

	public static Subject university(long id) {
		return new Subject(null, null, id, null);
	}

	public static Subject incentive(long id) {
		return new Subject(null, null, null, id);
	}

	public static Subject nationalContext() {
		return new Subject(null, null, null, null);
	}

	public Long getCityId() {
		return this.cityId;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public Long getIncentiveId() {
		return this.incentiveId;
	}


	@Override
	public boolean equals(Object other) {
		return other instanceof Subject that && Objects.equals(this.cityId, that.cityId)
				&& Objects.equals(this.companyId, that.companyId) && Objects.equals(this.universityId, that.universityId)
				&& Objects.equals(this.incentiveId, that.incentiveId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.cityId, this.companyId, this.universityId, this.incentiveId);
	}

}
