package org.hubatlas.incentive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hubatlas.audit.AdminEditor;
import org.hubatlas.audit.Revision;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.EditConflictException;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.StillReferencedException;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Subject;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IncentiveService implements AdminEditor<IncentiveForm> {

	static final String TYPE = "incentive";

	static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "updated", "updatedAt");

	private final IncentiveRepository incentives;

	private final CityService cities;

	private final ProvenanceService provenance;

	private final RevisionService revisions;

	IncentiveService(IncentiveRepository incentives, CityService cities, ProvenanceService provenance,
			RevisionService revisions) {
		this.incentives = incentives;
		this.cities = cities;
		this.provenance = provenance;
		this.revisions = revisions;
	}

	public Incentive get(String slug) {
		return this.incentives.findBySlugWithCities(slug).orElseThrow(() -> new NotFoundException("incentive", slug));
	}

	public List<Incentive> list(IncentiveLevel level, IncentiveKind kind) {
		return this.incentives.findListing(level, kind);
	}

	/** Incentives that apply to any of these hubs, with all their hubs loaded. */
	public List<Incentive> forCities(Collection<Long> cityIds) {
		return cityIds.isEmpty() ? List.of() : this.incentives.findForCities(cityIds);
	}

	public List<CityIncentive> cityKinds() {
		List<CityIncentive> result = new ArrayList<>();
		for (Object[] row : this.incentives.findCityKinds()) {
			result.add(new CityIncentive((Long) row[0], (Long) row[1], (IncentiveKind) row[2]));
		}
		return result;
	}

	public record CityIncentive(long cityId, long incentiveId, IncentiveKind kind) {
	}

	/** The incentive records with these ids, for naming the subjects of citations in one query. */
	public java.util.List<Incentive> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.List.of() : this.incentives.findAllById(ids);
	}

	public long count() {
		return this.incentives.count();
	}

	// ---- admin

	@Override
	public Map<String, String> sorts() {
		return SORTS;
	}

	@Override
	public Page<Incentive> page(ListQuery query) {
		return this.incentives.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Incentive byId(long id) {
		return this.incentives.findByIdWithCities(id)
			.orElseThrow(() -> new NotFoundException("incentive", String.valueOf(id)));
	}

	@Override
	public IncentiveForm formFor(long id) {
		return IncentiveForm.from(byId(id));
	}

	@Override
	public String nameOf(long id) {
		return byId(id).getTitle();
	}

	@Override
	public long version(long id) {
		return byId(id).getVersion();
	}

	/** The slug is free, the hubs exist, and an amount as a number comes with its currency and its wording. */
	@Override
	public void check(IncentiveForm form, Long id, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug") && this.incentives.slugTaken(form.getSlug(), id)) {
			errors.rejectValue("slug", "taken", "Another incentive already has this slug.");
		}
		if (!form.getCityIds().isEmpty() && this.cities.byIds(form.getCityIds()).size() != Set.copyOf(form.getCityIds()).size()) {
			errors.rejectValue("cityIds", "unknown", "Choose hubs from the list.");
		}
		if (form.getAmountValue() != null && !errors.hasFieldErrors("amountValue")) {
			if (form.getCurrency() == null && !errors.hasFieldErrors("currency")) {
				errors.rejectValue("currency", "required", "An amount needs its currency.");
			}
			if (form.getAmountAsWritten() == null) {
				errors.rejectValue("amountAsWritten", "required", "Give the amount as the source writes it, such as “$2.1 billion”.");
			}
		}
	}

	@Override
	@Transactional
	public long create(IncentiveForm form) {
		Incentive incentive = new Incentive(form.getSlug(), form.getTitle(), form.getLevel(), form.getKind());
		incentive.apply(form, hubs(form));
		this.incentives.saveAndFlush(incentive);
		this.revisions.record(TYPE, incentive.getId(), incentive.getTitle(), Revision.Action.CREATE, null,
				IncentiveForm.from(incentive));
		return incentive.getId();
	}

	@Override
	@Transactional
	public void update(long id, IncentiveForm form) {
		Incentive incentive = byId(id);
		if (form.getVersion() == null || form.getVersion() != incentive.getVersion()) {
			throw new EditConflictException(IncentiveForm.from(incentive), incentive.getVersion());
		}
		change(incentive, form, Revision.Action.UPDATE);
	}

	@Override
	@Transactional
	public void restore(long id, IncentiveForm values) {
		change(byId(id), values, Revision.Action.RESTORE);
	}

	private void change(Incentive incentive, IncentiveForm form, Revision.Action action) {
		IncentiveForm before = IncentiveForm.from(incentive);
		incentive.apply(form, hubs(form));
		this.incentives.saveAndFlush(incentive);
		this.revisions.record(TYPE, incentive.getId(), incentive.getTitle(), action, before,
				IncentiveForm.from(incentive));
	}

	/** Refused while figures, statements or disputes are about it; its ties to hubs go with it. */
	@Override
	@Transactional
	public void delete(long id) {
		Incentive incentive = byId(id);
		List<String> references = this.provenance.referencesTo(Subject.incentive(id));
		if (!references.isEmpty()) {
			throw new StillReferencedException(incentive.getTitle(), references);
		}
		IncentiveForm before = IncentiveForm.from(incentive);
		this.incentives.delete(incentive);
		this.incentives.flush();
		this.revisions.record(TYPE, id, incentive.getTitle(), Revision.Action.DELETE, before, null);
	}

	@Override
	public List<Revision> history(long id) {
		return this.revisions.history(TYPE, id);
	}

	private List<City> hubs(IncentiveForm form) {
		return form.getCityIds().isEmpty() ? List.of() : this.cities.byIds(form.getCityIds());
	}

}
