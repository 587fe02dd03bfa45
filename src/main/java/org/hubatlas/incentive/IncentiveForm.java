package org.hubatlas.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.city.City;
import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/**
 * What the admin incentive form binds to. The amount is typed as text and must read as a
 * number.
 */
public class IncentiveForm implements AdminForm {

	static final List<String> FIELDS = List.of("slug", "title", "level", "kind", "cityIds", "issuer", "amountAsWritten",
			"amountValue", "currency", "announcedAsWritten", "announcedYear", "targetYear", "status", "summary");

	@Slug
	private String slug;

	@NotBlank(message = "{valid.enterATitle}")
	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String title;

	@NotNull(message = "{valid.chooseALevel}")
	private IncentiveLevel level;

	@NotNull(message = "{valid.chooseAKind}")
	private IncentiveKind kind;

	private List<Long> cityIds = new ArrayList<>();

	@Size(max = 300, message = "{valid.atMost300Characters}")
	private String issuer;

	@Size(max = 120, message = "{valid.atMost120Characters}")
	private String amountAsWritten;

	@Pattern(regexp = "\\d{1,20}(\\.\\d{1,2})?", message = "{valid.enterTheAmountAsA}")
	private String amountValue;

	@Pattern(regexp = "[A-Z]{3}", message = "{valid.useAThreeLetterCurrency}")
	private String currency;

	@Size(max = 200, message = "{valid.atMost200Characters}")
	private String announcedAsWritten;

	@Min(value = 1900, message = "{valid.enterAYearBetween1900}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1900}")
	private Integer announcedYear;

	@Min(value = 1900, message = "{valid.enterAYearBetween1900}")
	@Max(value = 2100, message = "{valid.enterAYearBetween1900}")
	private Integer targetYear;

	@Size(max = 200, message = "{valid.atMost200Characters}")
	private String status;

	@Size(max = 4000, message = "{valid.atMost4000Characters}")
	private String summary;

	private Long version;

	public static IncentiveForm from(Incentive incentive) {
		IncentiveForm form = new IncentiveForm();
		form.slug = incentive.getSlug();
		form.title = incentive.getTitle();
		form.level = incentive.getLevel();
		form.kind = incentive.getKind();
		form.cityIds = new ArrayList<>(incentive.getCityList().stream().map(City::getId).toList());
		form.issuer = incentive.getIssuer();
		form.amountAsWritten = incentive.getAmountAsWritten();
		form.amountValue = (incentive.getAmountValue() != null)
				? incentive.getAmountValue().stripTrailingZeros().toPlainString() : null;
		form.currency = incentive.getCurrency();
		form.announcedAsWritten = incentive.getAnnouncedAsWritten();
		form.announcedYear = incentive.getAnnouncedYear();
		form.targetYear = incentive.getTargetYear();
		form.status = incentive.getStatus();
		form.summary = incentive.getSummary();
		form.version = incentive.getVersion();
		return form;
	}

	BigDecimal amount() {
		return (this.amountValue != null && !this.amountValue.isBlank()) ? new BigDecimal(this.amountValue.trim())
				: null;
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public IncentiveLevel getLevel() {
		return this.level;
	}

	public void setLevel(IncentiveLevel level) {
		this.level = level;
	}

	public IncentiveKind getKind() {
		return this.kind;
	}

	public void setKind(IncentiveKind kind) {
		this.kind = kind;
	}

	public List<Long> getCityIds() {
		return this.cityIds;
	}

	public void setCityIds(List<Long> cityIds) {
		this.cityIds = (cityIds != null) ? cityIds : new ArrayList<>();
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getAmountAsWritten() {
		return this.amountAsWritten;
	}

	public void setAmountAsWritten(String amountAsWritten) {
		this.amountAsWritten = amountAsWritten;
	}

	public String getAmountValue() {
		return this.amountValue;
	}

	public void setAmountValue(String amountValue) {
		this.amountValue = amountValue;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getAnnouncedAsWritten() {
		return this.announcedAsWritten;
	}

	public void setAnnouncedAsWritten(String announcedAsWritten) {
		this.announcedAsWritten = announcedAsWritten;
	}

	public Integer getAnnouncedYear() {
		return this.announcedYear;
	}

	public void setAnnouncedYear(Integer announcedYear) {
		this.announcedYear = announcedYear;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
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
