package org.hubatlas.company;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.common.Text;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/**
 * What the admin company form binds to, with the hubs the company is present in besides
 * its headquarters.
 */
public record CompanyForm(@Slug String slug,
		@NotBlank(message = "{valid.enterTheCompanySName}") @Size(max = 160) String name, @Size(max = 60) String nameZh,
		@NotNull(message = "{valid.chooseAKind}") CompanyKind kind,
		@Min(value = 1800, message = "{valid.enterAYearBetween1800}") @Max(value = 2100,
				message = "{valid.enterAYearBetween1800}") Integer foundedYear,
		Long hqCityId, @Size(max = 300) String locationNote,
		@Size(max = 400) @Pattern(regexp = "[^,]{1,60}(,[^,]{1,60})*|\\s*",
				message = "{valid.separateSectorsWithCommasEach}") String sectors,
		List<Long> presenceCityIds, @Size(max = 4000) String summary, @Size(max = 2000) String summaryZh,
		Long version) implements AdminForm, Slugged {

	public CompanyForm {
		presenceCityIds = (presenceCityIds != null) ? presenceCityIds : List.of();
	}

	/** The company's form, without the hubs it is present in. */
	public static CompanyForm from(Company company) {
		return from(company, List.of());
	}

	/** The company's form, with the hubs it is present in besides its headquarters. */
	public static CompanyForm from(Company company, List<Long> presenceCityIds) {
		return new CompanyForm(company.getSlug(), company.getName(), company.getNameZh(), company.getKind(),
				company.getFoundedYear(), (company.getHqCity() != null) ? company.getHqCity().getId() : null,
				company.getLocationNote(), Text.blankToNull(String.join(", ", company.getSectorList())),
				presenceCityIds, company.getSummary(), company.getSummaryZh(), company.getVersion());
	}

	/** The sectors as a set, trimmed, without empties. */
	Set<String> sectorSet() {
		Set<String> set = new LinkedHashSet<>();
		if (this.sectors != null) {
			Arrays.stream(this.sectors.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).forEach(set::add);
		}
		return set;
	}

}
