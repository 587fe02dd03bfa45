package org.hubatlas.university;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubatlas.common.Slug;
import org.hubatlas.editing.AdminForm;
import org.hubatlas.editing.Slugged;

/** What the admin form for universities and institutes binds to. */
public record UniversityForm(@Slug String slug,
		@NotBlank(message = "{valid.enterTheName}") @Size(max = 200) String name, @Size(max = 60) String nameZh,
		@NotNull(message = "{valid.chooseAKind}") UniversityKind kind, Long cityId,
		@Size(max = 300) String locationNote, @Size(max = 4000) String summary, @Size(max = 2000) String summaryZh,
		Long version) implements AdminForm, Slugged {

	public static UniversityForm from(University university) {
		return new UniversityForm(university.getSlug(), university.getName(), university.getNameZh(),
				university.getKind(), (university.getCity() != null) ? university.getCity().getId() : null,
				university.getLocationNote(), university.getSummary(), university.getSummaryZh(),
				university.getVersion());
	}

}
