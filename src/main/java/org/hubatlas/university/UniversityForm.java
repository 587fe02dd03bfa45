package org.hubatlas.university;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/** What the admin form for universities and institutes binds to. */
public class UniversityForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "name", "nameZh", "kind", "cityId", "locationNote", "summary");

	@Slug
	private String slug;

	@NotBlank(message = "{valid.enterTheName}")
	@Size(max = 200, message = "{valid.atMost200Characters}")
	private String name;

	@Size(max = 60, message = "{valid.atMost60Characters}")
	private String nameZh;

	@NotNull(message = "{valid.chooseAKind}")
	private UniversityKind kind;

	private Long cityId;

	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String locationNote;

	@Size(max = 4000, message = "{valid.atMost4000Characters}")
	private String summary;

	private Long version;

	public static UniversityForm from(University university) {
		UniversityForm form = new UniversityForm();
		form.slug = university.getSlug();
		form.name = university.getName();
		form.nameZh = university.getNameZh();
		form.kind = university.getKind();
		form.cityId = (university.getCity() != null) ? university.getCity().getId() : null;
		form.locationNote = university.getLocationNote();
		form.summary = university.getSummary();
		form.version = university.getVersion();
		return form;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public UniversityKind getKind() {
		return this.kind;
	}

	public void setKind(UniversityKind kind) {
		this.kind = kind;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public String getLocationNote() {
		return this.locationNote;
	}

	public void setLocationNote(String locationNote) {
		this.locationNote = locationNote;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

}
