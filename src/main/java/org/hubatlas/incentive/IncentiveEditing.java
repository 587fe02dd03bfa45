package org.hubatlas.incentive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.city.City;
import org.hubatlas.city.CityService;
import org.hubatlas.common.ListQuery;
import org.hubatlas.common.Reference;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.ListTable;
import org.hubatlas.editing.RecordKind;
import org.hubatlas.subject.Subject;
import org.hubatlas.subject.SubjectDirectory;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * How the admin pages edit incentives, plans and restrictions with the hubs they apply
 * to.
 */
@Component
record IncentiveEditing(IncentiveRepository incentives, CityService cities,
		SubjectDirectory subjects) implements RecordKind<Incentive, IncentiveForm> {

	/** Where a record of this kind is edited, before its id. */
	static final String PAGE = "/admin/incentives/";

	private static final Map<String, String> SORTS = ListQuery.sorts("title", "title|sortKeyZh", "updated",
			"updatedAt");

	@Override
	public Description<Incentive, IncentiveForm> description() {
		return new Description<>("incentive", "incentives", "incentive", IncentiveForm.class,
				"title | titleZh | slug issuer level kind | cityIds | amountAsWritten amountValue currency announcedAsWritten announcedYear targetYear | status | summary:5 | summaryZh:4",
				this.incentives, SORTS, Incentive::getTitle, (incentive) -> pageOf(incentive.getSlug()),
				IncentiveForm::from);
	}

	@Override
	public String pageOf(String slug) {
		return "/incentives/" + slug;
	}

	@Override
	public ListTable table(List<Incentive> incentives) {
		return ListTable.of(incentives, "field.incentive.title", "title", this::shownName)
			.column("field.company.kind", null, (i) -> i.getKind().label())
			.column("field.incentive.level", null, (i) -> i.getLevel().label())
			.table();
	}

	@Override
	public Optional<Incentive> find(long id) {
		return this.incentives.findByIdWithCities(id);
	}

	@Override
	public Incentive write(Incentive incentive, IncentiveForm form) {
		Incentive target = (incentive != null) ? incentive
				: new Incentive(form.slug(), form.title(), form.level(), form.kind());
		target.edit(form.slug(), form.title(), form.level(), form.kind(), form.issuer(), form.amountAsWritten(),
				form.amount(), form.currency(), form.announcedAsWritten(), form.announcedYear(), form.targetYear(),
				form.status(), form.summary(),
				form.cityIds().isEmpty() ? List.<City>of() : this.cities.byIds(form.cityIds()));
		target.editChinese(form.titleZh(), form.summaryZh());
		return this.incentives.save(target);
	}

	/**
	 * The hubs exist, and an amount as a number comes with its currency and its wording.
	 */
	@Override
	public void check(IncentiveForm form, Long id, Errors errors) {
		// A blank entry of the list (whitespace where an id belongs) is no hub either.
		List<Long> hubs = form.cityIds().stream().distinct().toList();
		if (hubs.contains(null) || (!hubs.isEmpty() && this.cities.byIds(hubs).size() != hubs.size())) {
			errors.rejectValue("cityIds", "valid.chooseHubsFromTheList", "Choose hubs from the list.");
		}
		if (form.amountValue() != null && !errors.hasFieldErrors("amountValue")) {
			if (form.currency() == null && !errors.hasFieldErrors("currency")) {
				errors.rejectValue("currency", "valid.anAmountNeedsItsCurrency", "An amount needs its currency.");
			}
			if (form.amountAsWritten() == null) {
				errors.rejectValue("amountAsWritten", "valid.giveTheAmountAsThe",
						"Give the amount as the source writes it, such as \u201c$2.1 billion\u201d.");
			}
		}
		if (form.currency() != null && !errors.hasFieldErrors("currency")
				&& CURRENCIES.stream().noneMatch((currency) -> currency.getCurrencyCode().equals(form.currency()))) {
			errors.rejectValue("currency", "valid.notACurrencyCode", new Object[] { form.currency() },
					"\u201c{0}\u201d is not a currency code: use one such as USD or CNY.");
		}
		int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
		if (form.announcedYear() != null && !errors.hasFieldErrors("announcedYear")
				&& form.announcedYear() > thisYear) {
			errors.rejectValue("announcedYear", "valid.announcedAfterThisYear", new Object[] { thisYear },
					"It cannot have been announced after {0,number,#}.");
		}
		else if (form.announcedYear() != null && form.targetYear() != null && !errors.hasFieldErrors("targetYear")
				&& form.targetYear() < form.announcedYear()) {
			errors.rejectValue("targetYear", "valid.targetBeforeAnnounced",
					"A target year cannot come before the year it was announced.");
		}
	}

	private static final java.util.Set<java.util.Currency> CURRENCIES = java.util.Currency.getAvailableCurrencies();

	/** Figures, statements and disputes about it; its ties to hubs go with it. */
	@Override
	public List<Reference> references(Incentive incentive) {
		return this.subjects.referencesTo(Subject.incentive(incentive.getId()));
	}

	@Override
	public FormChoices choices() {
		return FormChoices.of(IncentiveForm.class, Map.of("cityIds", this.cities.choices()));
	}

}
