package org.hubatlas.university;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.city.CityService;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** How the admin pages edit universities, academies, institutes and science parks. */
@Component
record UniversityEditing(UniversityRepository universities, CityService cities,
		SubjectDirectory subjects) implements RecordKind<University, UniversityForm> {

	/** Where a record of this kind is edited, before its id. */
	static final String PAGE = "/admin/universities/";

	@Override
	public Description<University, UniversityForm> description() {
		return new Description<>("university", "universities", "institution", UniversityForm.class,
				"name slug nameZh kind cityId | locationNote | summary:5 | summaryZh:4", this.universities, BY_NAME,
				University::getName, (university) -> pageOf(university.getSlug()), UniversityForm::from);
	}

	@Override
	public String pageOf(String slug) {
		return "/universities/" + slug;
	}

	@Override
	public ListTable table(List<University> universities) {
		return ListTable.of(universities, "field.city.name", "name", this::shownName)
			.column("field.company.kind", null, (u) -> u.getKind().label())
			.column("field.university.cityId", null, (u) -> (u.getCity() != null) ? u.getCity().shownName() : null)
			.table();
	}

	@Override
	public Optional<University> find(long id) {
		return this.universities.findByIdWithCity(id);
	}

	@Override
	public University write(University university, UniversityForm form) {
		University institution = (university != null) ? university
				: new University(form.slug(), form.name(), form.kind());
		institution.edit(form.slug(), form.name(), form.nameZh(), form.kind(),
				(form.cityId() != null) ? this.cities.byIds(List.of(form.cityId())).get(0) : null, form.locationNote(),
				form.summary(), form.summaryZh());
		return this.universities.save(institution);
	}

	@Override
	public void check(UniversityForm form, Long id, Errors errors) {
		if (form.cityId() != null && this.cities.byIds(List.of(form.cityId())).isEmpty()) {
			errors.rejectValue("cityId", "valid.chooseAHubFromThe", "Choose a hub from the list.");
		}
	}

	/** Figures, statements and disputes about it; its ties to companies go with it. */
	@Override
	public List<Reference> references(University university) {
		return this.subjects.referencesTo(Subject.university(university.getId()));
	}

	@Override
	public FormChoices choices() {
		return FormChoices.of(UniversityForm.class, Map.of("cityId", this.cities.choices()));
	}

}
