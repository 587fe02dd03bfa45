package org.hubatlas.city;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;

/** What the admin hub form binds to. */
public record CityForm(@Slug String slug, @NotBlank(message = "{valid.enterTheHubSName}") @Size(max = 120) String name,
		@Size(max = 60) String nameZh, @NotNull(message = "{valid.chooseALevel}") CityLevel level,
		@Size(max = 120) String province, Long parentId, @Size(max = 500) String nicknames,
		@Size(max = 4000) String summary, @Size(max = 2000) String summaryZh, Long version) implements AdminForm {

	public static CityForm from(City city) {
		return new CityForm(city.getSlug(), city.getName(), city.getNameZh(), city.getLevel(), city.getProvince(),
				(city.getParent() != null) ? city.getParent().getId() : null, city.getNicknames(), city.getSummary(),
				city.getSummaryZh(), city.getVersion());
	}

}
