package org.hubatlas.incentive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import java.util.Map;
import java.util.Set;

import org.hubatlas.audit.AbstractAdminEditor;
import org.hubatlas.audit.RevisionService;
import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.source.ProvenanceService;
import org.hubatlas.source.Subject;

import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IncentiveService extends AbstractAdminEditor<Incentive, IncentiveForm> {

	static final String TYPE = "incentive";

	static final Map<String, String> SORTS = ListQuery.sorts("title", "title", "updated", "updatedAt");

	private final IncentiveRepository incentives;

	private final CityService cities;

	private final ProvenanceService provenance;

	IncentiveService(IncentiveRepository incentives, CityService cities, ProvenanceService provenance,
			RevisionService revisions) {
		super(TYPE, revisions, SORTS);
		this.incentives = incentives;
		this.cities = cities;
		this.provenance = provenance;
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
	public Page<Incentive> page(ListQuery query) {
		return this.incentives.findAdminPage(query.like(), query.pageable(SORTS));
	}

	public Incentive byId(long id) {
		return this.incentives.findByIdWithCities(id)
			.orElseThrow(() -> new NotFoundException("incentive", String.valueOf(id)));
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
	protected Incentive load(long id) {
		return byId(id);
	}

	@Override
	protected IncentiveForm toForm(Incentive incentive) {
		return IncentiveForm.from(incentive);
	}

	@Override
	protected Incentive newEntity(IncentiveForm form) {
		return new Incentive(form.getSlug(), form.getTitle(), form.getLevel(), form.getKind());
	}

	@Override
	protected void applyForm(Incentive incentive, IncentiveForm form) {
		incentive.apply(form, form.getCityIds().isEmpty() ? List.<City>of() : this.cities.byIds(form.getCityIds()));
	}

	@Override
	protected String displayName(Incentive incentive) {
		return incentive.getTitle();
	}

	@Override
	protected long idOf(Incentive incentive) {
		return incentive.getId();
	}

	@Override
	protected void store(Incentive incentive) {
		this.incentives.saveAndFlush(incentive);
	}

	@Override
	protected List<String> references(Incentive incentive) {
		// Figures, statements and disputes about it; its ties to hubs go with it.
		return this.provenance.referencesTo(Subject.incentive(incentive.getId()));
	}

	@Override
	protected void remove(Incentive incentive) {
		this.incentives.delete(incentive);
		this.incentives.flush();
	}

}
