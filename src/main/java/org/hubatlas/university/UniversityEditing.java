package org.hubatlas.university;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.city.CityService;
import org.hubatlas.common.Labelled;
import org.hubatlas.common.ListQuery;
import org.hubatlas.editing.EditableType;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** How the admin pages edit universities, academies, institutes and science parks. */
@Component
class UniversityEditing implements EditableType<University, UniversityForm> {

	private static final Map<String, String> SORTS = ListQuery.sorts("name", "name", "updated", "updatedAt");

	private final UniversityRepository universities;

	private final CityService cities;

	private final SubjectDirectory subjects;

	UniversityEditing(UniversityRepository universities, CityService cities, SubjectDirectory subjects) {
		this.universities = universities;
		this.cities = cities;
		this.subjects = subjects;
	}

	@Override
	public String type() {
		return "university";
	}

	@Override
	public String what() {
		return "institution";
	}

	@Override
	public UniversityForm emptyForm() {
		return new UniversityForm();
	}

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<University> page(ListQuery query) {
		return this.universities.findAdminPage(query.like(), query.pageable(SORTS));
	}

	@Override
	public Optional<University> find(long id) {
		return this.universities.findByIdWithCity(id);
	}

	@Override
	public UniversityForm toForm(University university) {
		return UniversityForm.from(university);
	}

	@Override
	public University newEntity(UniversityForm form) {
		return new University(form.getSlug(), form.getName(), form.getKind());
	}

	@Override
	public void apply(University university, UniversityForm form) {
		university.apply(form, (form.getCityId() != null) ? this.cities.byIds(List.of(form.getCityId())).get(0) : null);
	}

	@Override
	public void save(University university) {
		this.universities.saveAndFlush(university);
	}

	@Override
	public void check(UniversityForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")
				&& this.universities.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "valid.anotherInstitutionAlreadyHasThis",
					"Another institution already has this slug.");
		}
		if (form.getCityId() != null && this.cities.byIds(List.of(form.getCityId())).isEmpty()) {
			errors.rejectValue("cityId", "valid.chooseAHubFromThe", "Choose a hub from the list.");
		}
	}

	@Override
	public String nameOf(University university) {
		return university.getName();
	}

	@Override
	public String publicUrl(University university) {
		return "/universities/" + university.getSlug();
	}

	/** Figures, statements and disputes about it; its ties to companies go with it. */
	@Override
	public List<String> references(University university) {
		return this.subjects.referencesTo(Subject.university(university.getId()));
	}

	@Override
	public void delete(University university) {
		this.universities.delete(university);
		this.universities.flush();
	}

	@Override
	public FormChoices choices() {
		Map<String, String> hubs = this.cities.choices();
		return new FormChoices(Map.of("kinds", UniversityKind.values(), "hubs", hubs),
				Map.of("kind", Labelled.labels(UniversityKind.class), "cityId", hubs));
	}

}
