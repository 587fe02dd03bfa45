package org.hubatlas.city;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/**
 * What the admin hub form binds to. Its centre places it on the map: China lies within
 * the ranges allowed.
 */
public record CityForm(@Slug String slug, @NotBlank(message = "{valid.enterTheHubSName}") @Size(max = 120) String name,
		@Size(max = 60) String nameZh, @NotNull(message = "{valid.chooseALevel}") CityLevel level,
		@Size(max = 120) String province, Long parentId, @Size(max = 500) String nicknames,
		@Size(max = 4000) String summary, @Size(max = 2000) String summaryZh,
		@DecimalMin(value = "15", message = "{valid.latitude}") @DecimalMax(value = "55",
				message = "{valid.latitude}") @Digits(integer = 2, fraction = 6,
						message = "{valid.latitude}") BigDecimal latitude,
		@DecimalMin(value = "70", message = "{valid.longitude}") @DecimalMax(value = "140",
				message = "{valid.longitude}") @Digits(integer = 3, fraction = 6,
						message = "{valid.longitude}") BigDecimal longitude,
		Long version) implements AdminForm, Slugged {

	public static CityForm from(City city) {
		return new CityForm(city.getSlug(), city.getName(), city.getNameZh(), city.getLevel(), city.getProvince(),
				(city.getParent() != null) ? city.getParent().getId() : null, city.getNicknames(), city.getSummary(),
				city.getSummaryZh(), plain(city.getLatitude()), plain(city.getLongitude()), city.getVersion());
	}

	/** A degree as an editor writes it: 39.9, not the column's 39.900000, nor 1.2E+2. */
	private static BigDecimal plain(BigDecimal degrees) {
		return (degrees != null) ? new BigDecimal(degrees.stripTrailingZeros().toPlainString()) : null;
	}

}
