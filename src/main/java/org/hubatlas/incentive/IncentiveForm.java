package org.hubatlas.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.city.City;
import org.hubatlas.common.Slug;
import org.hubatlas.common.Year;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/**
 * What the admin incentive form binds to. The amount is typed as text and must read as a
 * number. A blank entry of the hubs binds as a null element, which the check refuses.
 */
public record IncentiveForm(@Slug String slug, @NotBlank(message = "{valid.enterATitle}") @Size(max = 300) String title,
		@NotNull(message = "{valid.chooseALevel}") IncentiveLevel level,
		@NotNull(message = "{valid.chooseAKind}") IncentiveKind kind, List<Long> cityIds,
		@Size(max = 300) String issuer, @Size(max = 120) String amountAsWritten,
		@Pattern(regexp = "\\d{1,20}(\\.\\d{1,2})?", message = "{valid.enterTheAmountAsA}") String amountValue,
		@Pattern(regexp = "[A-Z]{3}", message = "{valid.useAThreeLetterCurrency}") String currency,
		@Size(max = 200) String announcedAsWritten, @Year Integer announcedYear, @Year Integer targetYear,
		@Size(max = 200) String status, @Size(max = 4000) String summary, @Size(max = 300) String titleZh,
		@Size(max = 2000) String summaryZh, Long version) implements AdminForm, Slugged {

	/**
	 * No hubs when none were sent; null elements (blank entries) are kept. A currency
	 * code is kept in capitals, as typed in any case ("usd" is USD).
	 */
	public IncentiveForm {
		cityIds = (cityIds != null) ? cityIds : List.of();
		currency = (currency != null && currency.matches("[A-Za-z]{3}")) ? currency.toUpperCase(Locale.ROOT) : currency;
	}

	public static IncentiveForm from(Incentive incentive) {
		return new IncentiveForm(incentive.getSlug(), incentive.getTitle(), incentive.getLevel(), incentive.getKind(),
				incentive.getCityList().stream().map(City::getId).toList(), incentive.getIssuer(),
				incentive.getAmountAsWritten(),
				(incentive.getAmountValue() != null) ? incentive.getAmountValue().stripTrailingZeros().toPlainString()
						: null,
				incentive.getCurrency(), incentive.getAnnouncedAsWritten(), incentive.getAnnouncedYear(),
				incentive.getTargetYear(), incentive.getStatus(), incentive.getSummary(), incentive.getTitleZh(),
				incentive.getSummaryZh(), incentive.getVersion());
	}

	BigDecimal amount() {
		return (this.amountValue != null && !this.amountValue.isBlank()) ? new BigDecimal(this.amountValue.trim())
				: null;
	}

}
