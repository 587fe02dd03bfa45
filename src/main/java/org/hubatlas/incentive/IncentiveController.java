package org.hubatlas.incentive;

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
class IncentiveController {

	private final IncentiveService incentives;

	private final ProvenanceService provenance;

	IncentiveController(IncentiveService incentives, ProvenanceService provenance) {
		this.incentives = incentives;
		this.provenance = provenance;
	}

	@GetMapping("/incentives")
	String list(@RequestParam(required = false) String level, @RequestParam(required = false) String kind, Model model) {
		IncentiveLevel incentiveLevel = Labelled.parse(IncentiveLevel.class, level, "level");
		IncentiveKind incentiveKind = Labelled.parse(IncentiveKind.class, kind, "kind");
		model.addAttribute("incentives", this.incentives.list(incentiveLevel, incentiveKind));
		model.addAttribute("levels", List.of(IncentiveLevel.values()));
		model.addAttribute("kinds", List.of(IncentiveKind.values()));
		model.addAttribute("level", incentiveLevel);
		model.addAttribute("kind", incentiveKind);
		return "incentive/list";
	}

	@GetMapping("/incentives/{slug}")
	String show(@PathVariable String slug, Model model) {
		Incentive incentive = this.incentives.get(slug);
		List<Figure> figures = this.provenance.incentiveFigures(incentive.getId());
		List<Citation> citations = this.provenance.incentiveCitations(incentive.getId());
		model.addAttribute("incentive", incentive);
		model.addAttribute("figures", figures);
		model.addAttribute("citations", citations);
		model.addAttribute("disputes", this.provenance.disputes(
				new DisputeQuery().incentives(List.of(incentive.getId())).figures(figures).citations(citations)));
		return "incentive/show";
	}

}
