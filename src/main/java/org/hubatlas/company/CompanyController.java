package org.hubatlas.company;

import java.util.List;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.Labelled;
import org.hubatlas.source.Citation;
import org.hubatlas.source.DisputeQuery;
import org.hubatlas.source.Figure;
import org.hubatlas.source.ProvenanceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompanyController {

	private final CompanyService companies;

	private final ProvenanceService provenance;

	CompanyController(CompanyService companies, ProvenanceService provenance) {
		this.companies = companies;
		this.provenance = provenance;
	}

	@GetMapping("/companies")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String sector, Model model) {
		CompanyKind companyKind = Labelled.parse(CompanyKind.class, kind, "kind");
		List<String> sectors = this.companies.sectors();
		String chosenSector = null;
		if (sector != null && !sector.isBlank()) {
			chosenSector = sectors.stream()
				.filter((s) -> s.equalsIgnoreCase(sector.trim()))
				.findFirst()
				.orElseThrow(() -> new BadRequestException(
						"The parameter 'sector' must be one of: " + String.join(", ", sectors) + "."));
		}
		model.addAttribute("companies", this.companies.list(companyKind, chosenSector));
		model.addAttribute("kinds", List.of(CompanyKind.values()));
		model.addAttribute("sectors", sectors);
		model.addAttribute("kind", companyKind);
		model.addAttribute("sector", chosenSector);
		return "company/list";
	}

	@GetMapping("/companies/{slug}")
	String show(@PathVariable String slug, Model model) {
		Company company = this.companies.get(slug);
		List<Figure> figures = this.provenance.companyFigures(company.getId());
		List<Citation> citations = this.provenance.companyCitations(company.getId());
		model.addAttribute("company", company);
		model.addAttribute("presences", this.companies.presencesOf(company));
		model.addAttribute("institutions", this.companies.institutionsOf(company));
		model.addAttribute("figures", figures);
		model.addAttribute("citations", citations);
		model.addAttribute("disputes", this.provenance.disputes(
				new DisputeQuery().companies(List.of(company.getId())).figures(figures).citations(citations)));
		return "company/show";
	}

}
