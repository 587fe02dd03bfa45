package org.hubatlas.company;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hubatlas.common.CsvFile;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.ReaderText;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageMeta;
import org.hubatlas.common.PageNumber;
import org.hubatlas.evidence.EvidenceService;
import org.hubatlas.subject.Subject;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class CompanyController {

	private final CompanyService companies;

	private final EvidenceService evidence;

	CompanyController(CompanyService companies, EvidenceService evidence) {
		this.companies = companies;
		this.evidence = evidence;
	}

	@GetMapping("/companies")
	String list(@RequestParam(required = false) CompanyKind kind, @RequestParam(required = false) String sector,
			@RequestParam(required = false) PageNumber page, Model model) {
		List<String> sectors = this.companies.sectors();
		String chosenSector = this.companies.sector(sector);
		Page<Company> companies = PageNumber.existing(this.companies.list(kind, chosenSector, PageNumber.of(page)));
		model.addAttribute("companies", companies.getContent());
		model.addAttribute("total", companies.getTotalElements());
		model.addAttribute("pages",
				PageLinks.of(companies,
						UriComponentsBuilder.fromPath("/companies")
							.queryParamIfPresent("kind", Optional.ofNullable(kind).map(CompanyKind::param))
							.queryParamIfPresent("sector", Optional.ofNullable(chosenSector))));
		model.addAttribute("csvHref", filtered(UriComponentsBuilder.fromPath("/companies.csv"), kind, chosenSector));
		model.addAttribute("kinds", List.of(CompanyKind.values()));
		model.addAttribute("sectors", sectors);
		model.addAttribute("kind", kind);
		model.addAttribute("sector", chosenSector);
		return "company/list";
	}

	/** The list with the same filters, every row, as a spreadsheet. */
	@GetMapping(path = "/companies.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@RequestParam(required = false) CompanyKind kind, @RequestParam(required = false) String sector) {
		String chosenSector = this.companies.sector(sector);
		CsvFile csv = new CsvFile("csv.name", "csv.nameZh", "csv.company.kind", "csv.company.sectors",
				"csv.company.headquarters", "csv.locationNote", "csv.company.founded", "csv.summary", "csv.page");
		for (Company c : this.companies.download(kind, chosenSector)) {
			// Hubs, sectors and the summary in the reader's language, as the page shows
			// them; the names in both.
			csv.row(c.getName(), c.getNameZh(), c.getKind().label(),
					c.getSectorList()
						.stream()
						.map((name) -> InterfaceText.term("sector", name))
						.collect(Collectors.joining("; ")),
					(c.getHqCity() != null) ? InterfaceText.name(c.getHqCity().getName(), c.getHqCity().getNameZh())
							: null,
					c.getLocationNote(), c.getFoundedYear(), ReaderText.textOf(c.getSummaryShown()),
					CsvFile.page("/companies/" + c.getSlug()));
		}
		return csv.named("hub-atlas-companies.csv");
	}

	private static String filtered(UriComponentsBuilder address, CompanyKind kind, String sector) {
		return address.queryParamIfPresent("kind", Optional.ofNullable(kind).map(CompanyKind::param))
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/companies/{slug}")
	String show(@PathVariable String slug, Model model) {
		Company company = this.companies.get(slug);
		model.addAttribute("company", company);
		PageMeta.describe(model, company.getSummary());
		model.addAttribute("presences", this.companies.presencesOf(company));
		model.addAttribute("institutions", this.companies.institutionsOf(company));
		model.addAllAttributes(this.evidence.about(Subject.company(company.getId())).attributes());
		return "company/show";
	}

}
