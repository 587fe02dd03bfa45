package org.hubatlas.subject;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a figure, statement or dispute is about: at most one hub, company, institution or
 * incentive; none means national context. Kept as ids (the database holds a real foreign
 * key for each) so that this bottom-floor package imports none of the features above it.
 * The only place that knows the key format ("city:3") forms and history use.
 */
@Embeddable
public class Subject {

	/** A subject key as a form field and select value: "city:3", "company:12". */
	public static final String KEY_PATTERN = "(city|company|university|incentive):\\d{1,18}";

	private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

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

	private Subject(SubjectKind kind, Long id) {
		if (kind != null) {
			switch (kind) {
				case CITY -> this.cityId = id;
				case COMPANY -> this.companyId = id;
				case UNIVERSITY -> this.universityId = id;
				case INCENTIVE -> this.incentiveId = id;
			}
		}
	}

	public static Subject of(SubjectKind kind, long id) {
		return new Subject(kind, id);
	}

	public static Subject city(long id) {
		return new Subject(SubjectKind.CITY, id);
	}

	public static Subject company(long id) {
		return new Subject(SubjectKind.COMPANY, id);
	}

	public static Subject university(long id) {
		return new Subject(SubjectKind.UNIVERSITY, id);
	}

	public static Subject incentive(long id) {
		return new Subject(SubjectKind.INCENTIVE, id);
	}

	public static Subject nationalContext() {
		return new Subject(null, null);
	}

	/**
	 * The subject a key names; national context for a blank key. Expects a key that
	 * matched {@link #KEY_PATTERN}.
	 */
	public static Subject parse(String key) {
		if (key == null || key.isBlank()) {
			return nationalContext();
		}
		Matcher matcher = KEY.matcher(key.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a subject key: " + key);
		}
		SubjectKind kind = SubjectKind.ofKeyPrefix(matcher.group(1)).orElseThrow();
		return new Subject(kind, Long.parseLong(key.trim().substring(matcher.group(1).length() + 1)));
	}

	/** The kind of record, or null for national context. */
	public SubjectKind kind() {
		if (this.cityId != null) {
			return SubjectKind.CITY;
		}
		if (this.companyId != null) {
			return SubjectKind.COMPANY;
		}
		if (this.universityId != null) {
			return SubjectKind.UNIVERSITY;
		}
		return (this.incentiveId != null) ? SubjectKind.INCENTIVE : null;
	}

	/** The record's id, or null for national context. */
	public Long id() {
		SubjectKind kind = kind();
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case CITY -> this.cityId;
			case COMPANY -> this.companyId;
			case UNIVERSITY -> this.universityId;
			case INCENTIVE -> this.incentiveId;
		};
	}

	/** "city:3"; null for national context. */
	public String key() {
		SubjectKind kind = kind();
		return (kind != null) ? kind.keyPrefix() + ":" + id() : null;
	}

	public boolean isNationalContext() {
		return kind() == null;
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
				&& Objects.equals(this.companyId, that.companyId)
				&& Objects.equals(this.universityId, that.universityId)
				&& Objects.equals(this.incentiveId, that.incentiveId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.cityId, this.companyId, this.universityId, this.incentiveId);
	}

	@Override
	public String toString() {
		return isNationalContext() ? "national" : key();
	}

}
