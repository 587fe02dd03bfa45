package org.hubatlas.city;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/** What the admin hub form binds to. */
public class CityForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "name", "nameZh", "level", "province", "parentId", "nicknames",
			"summary");

	@Slug
	private String slug;

	@NotBlank(message = "{valid.enterTheHubSName}")
	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String name;

	@Size(max = 60, message = "{valid.atMost60Characters}")
	private String nameZh;

	@NotNull(message = "{valid.chooseALevel}")
	private CityLevel level;

	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String province;

	private Long parentId;

	@Size(max = 500, message = "{valid.atMost500Characters}")
	private String nicknames;

	@Size(max = 4000, message = "{valid.atMost4000Characters}")
	private String summary;

	private Long version;

	public static CityForm from(City city) {
		CityForm form = new CityForm();
		form.slug = city.getSlug();
		form.name = city.getName();
		form.nameZh = city.getNameZh();
		form.level = city.getLevel();
		form.province = city.getProvince();
		form.parentId = (city.getParent() != null) ? city.getParent().getId() : null;
		form.nicknames = city.getNicknames();
		form.summary = city.getSummary();
		form.version = city.getVersion();
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

	public CityLevel getLevel() {
		return this.level;
	}

	public void setLevel(CityLevel level) {
		this.level = level;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getNicknames() {
		return this.nicknames;
	}

	public void setNicknames(String nicknames) {
		this.nicknames = nicknames;
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
