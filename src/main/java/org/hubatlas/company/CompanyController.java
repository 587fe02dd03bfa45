package org.hubatlas.company;

import java.util.List;
import java.util.Optional;

import org.hubatlas.common.CsvFile;
import org.hubatlas.common.Labelled;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageMeta;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class CompanyController {

	private final CompanyService companies;

	private final DisputeService disputes;

	private final FigureService figures;

	private final StatementService statements;

	private final MessageSource messages;

	CompanyController(CompanyService companies, DisputeService disputes, FigureService figures,
			StatementService statements, MessageSource messages) {
		this.messages = messages;
		this.companies = companies;
		this.disputes = disputes;
		this.figures = figures;
		this.statements = statements;
	}

	@GetMapping("/companies")
	String list(@RequestParam(required = false) CompanyKind kind, @RequestParam(required = false) String sector,
			@RequestParam(required = false) PageNumber page, Model model) {
		CompanyKind companyKind = kind;
		List<String> sectors = this.companies.sectors();
		String chosenSector = this.companies.sector(sector);
		Page<Company> companies = this.companies.list(companyKind, chosenSector, PageNumber.of(page));
		model.addAttribute("companies", companies.getContent());
		model.addAttribute("total", companies.getTotalElements());
		model.addAttribute("pages",
				PageLinks.of(companies,
						UriComponentsBuilder.fromPath("/companies")
							.queryParamIfPresent("kind", Optional.ofNullable(companyKind).map(CompanyKind::param))
							.queryParamIfPresent("sector", Optional.ofNullable(chosenSector))));
		model.addAttribute("csvHref",
				filtered(UriComponentsBuilder.fromPath("/companies.csv"), companyKind, chosenSector));
		model.addAttribute("kinds", List.of(CompanyKind.values()));
		model.addAttribute("sectors", sectors);
		model.addAttribute("kind", companyKind);
		model.addAttribute("sector", chosenSector);
		return "company/list";
	}

	/** The list with the same filters, every row, as a spreadsheet. */
	@GetMapping("/companies.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) CompanyKind kind,
			@RequestParam(required = false) String sector) {
		CompanyKind companyKind = kind;
		String chosenSector = this.companies.sector(sector);
		CsvFile csv = new CsvFile("csv.name", "csv.nameZh", "csv.company.kind", "csv.company.sectors",
				"csv.company.headquarters", "csv.locationNote", "csv.company.founded", "csv.summary", "csv.page");
		for (Company c : this.companies.download(companyKind, chosenSector)) {
			csv.row(c.getName(), c.getNameZh(), c.getKind().label(), String.join("; ", c.getSectorList()),
					(c.getHqCity() != null) ? c.getHqCity().getName() : null, c.getLocationNote(), c.getFoundedYear(),
					c.getSummary(), "/companies/" + c.getSlug());
		}
		return csv.download("hub-atlas-companies.csv", this.messages);
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
		List<Figure> figures = this.figures.forCompany(company.getId());
		List<Statement> statements = this.statements.forCompany(company.getId());
		model.addAttribute("company", company);
		PageMeta.describe(model, company.getSummary());
		model.addAttribute("presences", this.companies.presencesOf(company));
		model.addAttribute("institutions", this.companies.institutionsOf(company));
		model.addAttribute("figures", figures);
		model.addAttribute("statements", statements);
		model.addAttribute("disputes",
				this.disputes.disputes(new DisputeQuery().companies(List.of(company.getId()))
					.figures(figures.stream().map(Figure::getId).toList())
					.statements(statements.stream().map(Statement::getId).toList())));
		return "company/show";
	}

}
