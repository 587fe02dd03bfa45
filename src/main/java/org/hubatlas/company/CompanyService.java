package org.hubatlas.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.common.PageOfIds;
import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.InterfaceText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CompanyService {

	private final CompanyRepository companies;

	private final ObjectProvider<InstitutionTies> ties;

	CompanyService(CompanyRepository companies, ObjectProvider<InstitutionTies> ties) {
		this.companies = companies;
		this.ties = ties;
	}

	/**
	 * The company with its headquarters and sectors loaded; 404 when the slug is unknown.
	 */
	public Company get(String slug) {
		return this.companies.findBySlugWithDetails(slug).orElseThrow(() -> new NotFoundException("company", slug));
	}

	public List<InstitutionTies.TiedInstitution> institutionsOf(Company company) {
		return this.ties.getIfAvailable(() -> (id) -> List.of()).tiedTo(company.getId());
	}

	public List<CompanyPresence> presencesOf(Company company) {
		return this.companies.findPresencesOf(company.getId());
	}

	/** How many companies the public list shows at a time. */
	public static final int LIST_PAGE_SIZE = 50;

	/**
	 * One page (from 1) of the public list, by name: two queries whatever the number of
	 * companies.
	 */
	public Page<Company> list(CompanyKind kind, String sector, int page) {
		return list(kind, sector, page, LIST_PAGE_SIZE);
	}

	/** One page (from 1) of this size, by name: two queries and a count. */
	public Page<Company> list(CompanyKind kind, String sector, int page, int size) {
		Page<Long> ids = this.companies.findListingIds(kind, sector, InterfaceText.chinese(),
				PageRequest.of(page - 1, size));
		return PageOfIds.load(ids, this.companies::findWithDetails, Company::getId);
	}

	/**
	 * The sector a request names, as the data spells it, or null for none; 400 naming the
	 * sectors there are when it names none of them.
	 */
	public String sector(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		List<String> sectors = sectors();
		return sectors.stream()
			.filter((s) -> s.equalsIgnoreCase(raw.trim()))
			.findFirst()
			.orElseThrow(() -> BadRequestException.oneOf("sector", sectors));
	}

	/** The other hubs these companies work in, in one query. */
	public List<CompanyPresence> presencesOf(Collection<Long> companyIds) {
		return companyIds.isEmpty() ? List.of() : this.companies.findPresencesOfCompanies(companyIds);
	}

	public List<String> sectors() {
		return this.companies.findAllSectors();
	}

	/**
	 * Companies headquartered or present in any of these hubs, one entry per company
	 * (headquarters first).
	 */
	public List<CompanyInCity> inCities(Collection<Long> cityIds) {
		if (cityIds.isEmpty()) {
			return List.of();
		}
		Map<Long, CompanyInCity> byCompany = new LinkedHashMap<>();
		for (Company company : this.companies.findHeadquarteredIn(cityIds)) {
			byCompany.put(company.getId(), CompanyInCity.headquartered(company));
		}
		for (CompanyPresence presence : this.companies.findPresencesIn(cityIds)) {
			byCompany.putIfAbsent(presence.getCompany().getId(), CompanyInCity.present(presence));
		}
		List<CompanyInCity> result = new ArrayList<>(byCompany.values());
		result.sort(ChineseOrder.byShownName(CompanyInCity::name, CompanyInCity::nameZh));
		return result;
	}

	/** Every (hub, company, sector) tie, for counts across all hubs in two queries. */
	public List<CityMembership> memberships() {
		List<CityMembership> result = new ArrayList<>();
		for (Object[] row : this.companies.findHeadquarterMemberships()) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		for (Object[] row : this.companies.findPresenceMemberships()) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		return result;
	}

	/** The (hub, company, sector) ties of these hubs only, in two queries. */
	public List<CityMembership> memberships(Collection<Long> cityIds) {
		List<CityMembership> result = new ArrayList<>();
		if (cityIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.companies.findHeadquarterMemberships(cityIds)) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		for (Object[] row : this.companies.findPresenceMemberships(cityIds)) {
			result.add(new CityMembership((Long) row[0], (Long) row[1], (String) row[2]));
		}
		return result;
	}

	public Company byId(long id) {
		return this.companies.findByIdWithDetails(id)
			.orElseThrow(() -> new NotFoundException("company", String.valueOf(id)));
	}

	/** The whole list with these filters, for a download: one query. */
	public List<Company> download(CompanyKind kind, String sector) {
		return this.companies.findForDownload(kind, sector, InterfaceText.chinese());
	}

	/**
	 * Up to {@code size} companies with ids above this one, by id, with their sectors and
	 * hubs: how the search index reads them a batch at a time, in two queries each.
	 */
	public List<Company> batchAfter(long afterId, int size) {
		return PageOfIds.load(this.companies.findIdsAfter(afterId, PageRequest.ofSize(size)),
				this.companies::findWithDetails, Company::getId);
	}

	public long count() {
		return this.companies.count();
	}

}
