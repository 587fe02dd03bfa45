package org.hubatlas.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** How the admin pages edit hubs. */
@Component
record CityEditing(CityRepository cities, CityService service,
		SubjectDirectory subjects) implements RecordKind<City, CityForm> {

	@Override
	public Description<City, CityForm> description() {
		return new Description<>("city", "cities", "hub", CityForm.class,
				"name slug nameZh level province parentId | latitude longitude | nicknames | summary:5 | summaryZh:4",
				this.cities, BY_NAME, City::getName, (city) -> pageOf(city.getSlug()), CityForm::from);
	}

	@Override
	public String pageOf(String slug) {
		return "/cities/" + slug;
	}

	@Override
	public ListTable table(List<City> cities) {
		return ListTable.of(cities, "field.city.name", "name", this::shownName)
			.column("field.incentive.level", null, (c) -> c.getLevel().label())
			.column("field.city.parentId", null, (c) -> (c.getParent() != null) ? c.getParent().shownName() : null)
			.table();
	}

	@Override
	public Optional<City> find(long id) {
		return this.cities.findByIdWithParent(id);
	}

	@Override
	public City write(City city, CityForm form) {
		City hub = (city != null) ? city : new City(form.slug(), form.name(), form.level());
		hub.edit(form.slug(), form.name(), form.nameZh(), form.level(), form.province(),
				(form.parentId() != null) ? this.cities.getReferenceById(form.parentId()) : null, form.nicknames(),
				form.summary(), form.summaryZh());
		hub.locate(form.latitude(), form.longitude());
		return this.cities.save(hub);
	}

	/**
	 * The parent exists and is neither the hub itself nor below it, however deep.
	 */
	@Override
	public void check(CityForm form, Long id, Errors errors) {
		// A centre is a point: half of one places nothing.
		if ((form.latitude() == null) != (form.longitude() == null)) {
			String missing = (form.latitude() == null) ? "latitude" : "longitude";
			if (!errors.hasFieldErrors(missing)) {
				errors.rejectValue(missing, "valid.bothCoordinates", "Give both latitude and longitude, or neither.");
			}
		}
		if (form.parentId() == null) {
			return;
		}
		Map<Long, Long> parentOf = new HashMap<>();
		for (Object[] row : this.cities.findParentLinks()) {
			parentOf.put((Long) row[0], (Long) row[1]);
		}
		if (!parentOf.containsKey(form.parentId())) {
			errors.rejectValue("parentId", "valid.chooseAHubFromThe", "Choose a hub from the list.");
			return;
		}
		// Walk up from the chosen parent; meeting this hub means it would become its own
		// ancestor.
		Long ancestor = form.parentId();
		for (int depth = 0; ancestor != null && depth <= parentOf.size(); depth++) {
			if (ancestor.equals(id)) {
				errors.rejectValue("parentId", "valid.aHubCannotBePart",
						"A hub cannot be part of itself or of one of its sub-areas.");
				return;
			}
			ancestor = parentOf.get(ancestor);
		}
	}

	/** Its sub-areas, and everything the features above hold about it. */
	@Override
	public List<Reference> references(City city) {
		List<Reference> references = new ArrayList<>();
		this.cities.findChildren(city.getId())
			.forEach((area) -> references.add(new Reference(InterfaceText.message("references.subAreas", "Sub-areas"),
					InterfaceText.name(area.getName(), area.getNameZh()), "/admin/cities/" + area.getId())));
		references.addAll(this.subjects.referencesTo(Subject.city(city.getId())));
		return references;
	}

	@Override
	public FormChoices choices() {
		return FormChoices.of(CityForm.class, Map.of("parentId", this.service.choices()));
	}

}
