package org.hubatlas.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hubatlas.city.CityService;
import org.hubatlas.company.CompanyService;
import org.hubatlas.editing.RevisionService;
import org.hubatlas.figure.FigureService;
import org.hubatlas.incentive.IncentiveService;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.StatementService;
import org.hubatlas.university.UniversityService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home: how much there is, and the latest changes. */
@Controller
class DashboardController {

	private final CityService cities;

	private final CompanyService companies;

	private final UniversityService universities;

	private final IncentiveService incentives;

	private final SourceService sources;

	private final FigureService figures;

	private final StatementService statements;

	private final RevisionService revisions;

	private final RecordKinds kinds;

	DashboardController(CityService cities, CompanyService companies, UniversityService universities,
			IncentiveService incentives, SourceService sources, FigureService figures, StatementService statements,
			RevisionService revisions, RecordKinds kinds) {
		this.kinds = kinds;
		this.cities = cities;
		this.companies = companies;
		this.universities = universities;
		this.incentives = incentives;
		this.sources = sources;
		this.figures = figures;
		this.statements = statements;
		this.revisions = revisions;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		Map<String, Object[]> counts = new LinkedHashMap<>();
		counts.put("Hubs", new Object[] { this.cities.count(), "/admin/cities" });
		counts.put("Companies", new Object[] { this.companies.count(), "/admin/companies" });
		counts.put("Universities and institutes", new Object[] { this.universities.count(), "/admin/universities" });
		counts.put("Incentives", new Object[] { this.incentives.count(), "/admin/incentives" });
		counts.put("Sources", new Object[] { this.sources.count(), "/admin/sources" });
		counts.put("Key figures", new Object[] { this.figures.count(), "/admin/figures" });
		counts.put("Statements", new Object[] { this.statements.count(), "/admin/statements" });
		model.addAttribute("counts", counts);
		model.addAttribute("latest", this.revisions.latest(15));
		model.addAttribute("adminPaths", this.kinds.pathsByKey());
		return "admin/dashboard";
	}

}
