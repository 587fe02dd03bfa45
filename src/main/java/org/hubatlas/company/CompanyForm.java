package org.hubatlas.company;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/** What the admin company form binds to; the service applies it to a {@link Company}. */
public class CompanyForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "name", "nameZh", "kind", "foundedYear", "hqCityId",
			"locationNote", "sectors", "presenceCityIds", "summary");

	@Slug
	private String slug;

	@NotBlank(message = "{valid.enterTheCompanySName}")
	@Size(max = 160, message = "{valid.atMost160Characters}")
	private String name;

	@Size(max = 60, message = "{valid.atMost60Characters}")
	private String nameZh;

	@NotNull(message = "{valid.chooseAKind}")
	private CompanyKind kind;

	@Min(value = 1800, message = "{valid.enterAYearBetween1800}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1800}")
	private Integer foundedYear;

	private Long hqCityId;

	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String locationNote;

	@Size(max = 400, message = "{valid.atMost400Characters}")
	@Pattern(regexp = "[^,]{1,60}(,[^,]{1,60})*|\\s*", message = "{valid.separateSectorsWithCommasEach}")
	private String sectors;

	private List<Long> presenceCityIds = new java.util.ArrayList<>();

	@Size(max = 4000, message = "{valid.atMost4000Characters}")
	private String summary;

	private Long version;

	public static CompanyForm from(Company company) {
		CompanyForm form = new CompanyForm();
		form.slug = company.getSlug();
		form.name = company.getName();
		form.nameZh = company.getNameZh();
		form.kind = company.getKind();
		form.foundedYear = company.getFoundedYear();
		form.hqCityId = (company.getHqCity() != null) ? company.getHqCity().getId() : null;
		form.locationNote = company.getLocationNote();
		form.sectors = String.join(", ", company.getSectorList());
		form.summary = company.getSummary();
		form.version = company.getVersion();
		return form;
	}

	/** The sectors as a set, trimmed, without empties. */
	Set<String> sectorSet() {
		Set<String> set = new LinkedHashSet<>();
		if (this.sectors != null) {
			Arrays.stream(this.sectors.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).forEach(set::add);
		}
		return set;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug != null) ? slug.trim() : null;
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

	public CompanyKind getKind() {
		return this.kind;
	}

	public void setKind(CompanyKind kind) {
		this.kind = kind;
	}

	public Integer getFoundedYear() {
		return this.foundedYear;
	}

	public void setFoundedYear(Integer foundedYear) {
		this.foundedYear = foundedYear;
	}

	public Long getHqCityId() {
		return this.hqCityId;
	}

	public void setHqCityId(Long hqCityId) {
		this.hqCityId = hqCityId;
	}

	public String getLocationNote() {
		return this.locationNote;
	}

	public void setLocationNote(String locationNote) {
		this.locationNote = locationNote;
	}

	public String getSectors() {
		return this.sectors;
	}

	public void setSectors(String sectors) {
		this.sectors = sectors;
	}

	public List<Long> getPresenceCityIds() {
		return this.presenceCityIds;
	}

	public void setPresenceCityIds(List<Long> presenceCityIds) {
		this.presenceCityIds = (presenceCityIds != null) ? presenceCityIds : new java.util.ArrayList<>();
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
