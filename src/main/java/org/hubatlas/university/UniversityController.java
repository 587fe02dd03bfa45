package org.hubatlas.university;

import java.util.List;
import java.util.Optional;

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
class UniversityController {

	private final UniversityService universities;

	private final EvidenceService evidence;

	UniversityController(UniversityService universities, EvidenceService evidence) {
		this.universities = universities;
		this.evidence = evidence;
	}

	@GetMapping("/universities")
	String list(@RequestParam(required = false) UniversityKind kind, @RequestParam(required = false) PageNumber page,
			Model model) {
		Page<University> universities = PageNumber.existing(this.universities.list(kind, PageNumber.of(page)));
		model.addAttribute("universities", universities.getContent());
		model.addAttribute("total", universities.getTotalElements());
		model.addAttribute("pages", PageLinks.of(universities, UriComponentsBuilder.fromPath("/universities")
			.queryParamIfPresent("kind", Optional.ofNullable(kind).map(UniversityKind::param))));
		model.addAttribute("csvHref",
				UriComponentsBuilder.fromPath("/universities.csv")
					.queryParamIfPresent("kind", Optional.ofNullable(kind).map(UniversityKind::param))
					.build()
					.toUriString());
		model.addAttribute("kinds", List.of(UniversityKind.values()));
		model.addAttribute("kind", kind);
		return "university/list";
	}

	/** The list with the same filter, every row, as a spreadsheet. */
	@GetMapping(path = "/universities.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@RequestParam(required = false) UniversityKind kind) {
		CsvFile csv = new CsvFile("csv.name", "csv.nameZh", "csv.institution.kind", "csv.hub", "csv.locationNote",
				"csv.summary", "csv.page");
		for (University u : this.universities.download(kind)) {
			csv.row(u.getName(), u.getNameZh(), u.getKind().label(),
					(u.getCity() != null) ? InterfaceText.name(u.getCity().getName(), u.getCity().getNameZh()) : null,
					u.getLocationNote(), ReaderText.textOf(u.getSummaryShown()),
					CsvFile.page("/universities/" + u.getSlug()));
		}
		return csv.named("hub-atlas-universities-and-institutes.csv");
	}

	@GetMapping("/universities/{slug}")
	String show(@PathVariable String slug, Model model) {
		University university = this.universities.get(slug);
		model.addAttribute("university", university);
		PageMeta.describe(model, university.getSummary());
		model.addAttribute("ties", this.universities.ties(university));
		model.addAllAttributes(this.evidence.about(Subject.university(university.getId())).attributes());
		return "university/show";
	}

}
