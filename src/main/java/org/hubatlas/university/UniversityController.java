package org.hubatlas.university;

import java.util.List;

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
class UniversityController {

	private final UniversityService universities;

	private final ProvenanceService provenance;

	UniversityController(UniversityService universities, ProvenanceService provenance) {
		this.universities = universities;
		this.provenance = provenance;
	}

	@GetMapping("/universities")
	String list(@RequestParam(required = false) String kind, Model model) {
		UniversityKind universityKind = Labelled.parse(UniversityKind.class, kind, "kind");
		model.addAttribute("universities", this.universities.list(universityKind));
		model.addAttribute("kinds", List.of(UniversityKind.values()));
		model.addAttribute("kind", universityKind);
		return "university/list";
	}

	@GetMapping("/universities/{slug}")
	String show(@PathVariable String slug, Model model) {
		University university = this.universities.get(slug);
		List<Figure> figures = this.provenance.universityFigures(university.getId());
		List<Citation> citations = this.provenance.universityCitations(university.getId());
		model.addAttribute("university", university);
		model.addAttribute("ties", this.universities.ties(university));
		model.addAttribute("figures", figures);
		model.addAttribute("citations", citations);
		model.addAttribute("disputes", this.provenance.disputes(
				new DisputeQuery().universities(List.of(university.getId())).figures(figures).citations(citations)));
		return "university/show";
	}

}
