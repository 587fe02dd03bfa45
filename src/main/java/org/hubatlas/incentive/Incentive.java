package org.hubatlas.incentive;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.hubatlas.city.City;
import org.hubatlas.common.ChineseNamed;
import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.DateLabel;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.VersionedEntity;

import static org.hubatlas.common.Text.blankToNull;

/**
 * A government incentive, plan or investment, or a restriction that works against the
 * hubs.
 */
@Entity
@Table(name = "incentive")
public class Incentive extends VersionedEntity implements ChineseNamed {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncentiveLevel level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncentiveKind kind;

	private String issuer;

	@Column(name = "amount_as_written")
	private String amountAsWritten;

	@Column(name = "amount_value")
	private BigDecimal amountValue;

	private String currency;

	@Column(name = "announced_as_written")
	private String announcedAsWritten;

	@Column(name = "announced_year")
	private Integer announcedYear;

	@Column(name = "announced_precision")
	private String announcedPrecision;

	@Column(name = "target_year")
	private Integer targetYear;

	private String status;

	private String summary;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "incentive_city", joinColumns = @JoinColumn(name = "incentive_id"),
			inverseJoinColumns = @JoinColumn(name = "city_id"))
	private Set<City> cities = new LinkedHashSet<>();

	@Column(name = "title_zh")
	private String titleZh;

	/** Orders the incentives as a Chinese list does: see {@link ChineseOrder}. */
	@Column(name = "sort_key_zh")
	private String sortKeyZh;

	@Column(name = "summary_zh")
	private String summaryZh;

	protected Incentive() {
	}

	public Incentive(String slug, String title, IncentiveLevel level, IncentiveKind kind) {
		this.slug = slug;
		this.title = title;
		this.level = level;
		this.kind = kind;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public IncentiveLevel getLevel() {
		return this.level;
	}

	public IncentiveKind getKind() {
		return this.kind;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public String getAmountAsWritten() {
		return this.amountAsWritten;
	}

	public BigDecimal getAmountValue() {
		return this.amountValue;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getAnnouncedAsWritten() {
		return this.announcedAsWritten;
	}

	/**
	 * When the incentive was announced, as the source words it; null when it is not
	 * stated (the pages then say so in the reader's language).
	 */
	public String getAnnouncedStated() {
		return (this.announcedAsWritten != null && !this.announcedAsWritten.strip().equalsIgnoreCase("not stated"))
				? this.announcedAsWritten : null;
	}

	/**
	 * When it was announced, in the reader's language ("late 2017": 2017 年末); null when
	 * not stated. To a reader of Chinese, "not stated (source about 2025)" is not stated.
	 */
	public String getAnnouncedShown() {
		String stated = getAnnouncedStated();
		if (stated == null
				|| (InterfaceText.chinese() && stated.strip().toLowerCase(Locale.ROOT).startsWith("not stated"))) {
			return null;
		}
		return DateLabel.asOf(stated.strip());
	}

	public Integer getAnnouncedYear() {
		return this.announcedYear;
	}

	public String getAnnouncedPrecision() {
		return this.announcedPrecision;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public String getStatus() {
		return this.status;
	}

	public String getSummary() {
		return this.summary;
	}

	public Set<City> getCities() {
		return this.cities;
	}

	public List<City> getCityList() {
		return this.cities.stream().sorted(Comparator.comparing(City::getName)).toList();
	}

	/**
	 * Sets what the admin form edits, with the hubs it applies to; blank texts are stored
	 * as no value.
	 */
	void edit(String slug, String title, IncentiveLevel level, IncentiveKind kind, String issuer,
			String amountAsWritten, BigDecimal amountValue, String currency, String announcedAsWritten,
			Integer announcedYear, Integer targetYear, String status, String summary, List<City> hubs) {
		this.slug = slug;
		this.title = title.trim();
		this.level = level;
		this.kind = kind;
		this.issuer = blankToNull(issuer);
		this.amountAsWritten = blankToNull(amountAsWritten);
		this.amountValue = amountValue;
		this.currency = blankToNull(currency);
		this.announcedAsWritten = blankToNull(announcedAsWritten);
		this.announcedYear = announcedYear;
		this.targetYear = targetYear;
		this.status = blankToNull(status);
		this.summary = blankToNull(summary);
		this.cities.clear();
		this.cities.addAll(hubs);
	}

	public String getTitleZh() {
		return this.titleZh;
	}

	@Override
	public String chineseName() {
		return this.titleZh;
	}

	@PrePersist
	@PreUpdate
	void keepChineseOrder() {
		this.sortKeyZh = ChineseOrder.key(this.title, this.titleZh);
	}

	public String getSummaryZh() {
		return this.summaryZh;
	}

	/** Sets what the admin form edits in Chinese; blank texts are stored as no value. */
	void editChinese(String titleZh, String summaryZh) {
		this.titleZh = blankToNull(titleZh);
		this.summaryZh = blankToNull(summaryZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getTitleShown() {
		return ReaderText.of(this.title, this.titleZh);
	}

	/** In the reader's language, the other marked where the reader's is missing. */
	public ReaderText getSummaryShown() {
		return ReaderText.of(this.summary, this.summaryZh);
	}

}
