package org.hubatlas.incentive;

import java.util.List;
import java.util.Optional;

import org.hubatlas.common.Labelled;
import org.hubatlas.common.PageLinks;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class IncentiveController {

	private final IncentiveService incentives;

	private final DisputeService disputes;

	private final FigureService figures;

	private final StatementService statements;

	IncentiveController(IncentiveService incentives, DisputeService disputes, FigureService figures,
			StatementService statements) {
		this.incentives = incentives;
		this.disputes = disputes;
		this.figures = figures;
		this.statements = statements;
	}

	@GetMapping("/incentives")
	String list(@RequestParam(required = false) String level, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String page, Model model) {
		IncentiveLevel incentiveLevel = Labelled.parse(IncentiveLevel.class, level, "level");
		IncentiveKind incentiveKind = Labelled.parse(IncentiveKind.class, kind, "kind");
		Page<Incentive> incentives = this.incentives.list(incentiveLevel, incentiveKind,
				PageLinks.number(page, "page"));
		model.addAttribute("incentives", incentives.getContent());
		model.addAttribute("total", incentives.getTotalElements());
		model.addAttribute("pages",
				PageLinks.of(incentives, UriComponentsBuilder.fromPath("/incentives")
					.queryParamIfPresent("level", Optional.ofNullable(incentiveLevel).map(IncentiveLevel::param))
					.queryParamIfPresent("kind", Optional.ofNullable(incentiveKind).map(IncentiveKind::param))));
		model.addAttribute("levels", List.of(IncentiveLevel.values()));
		model.addAttribute("kinds", List.of(IncentiveKind.values()));
		model.addAttribute("level", incentiveLevel);
		model.addAttribute("kind", incentiveKind);
		return "incentive/list";
	}

	@GetMapping("/incentives/{slug}")
	String show(@PathVariable String slug, Model model) {
		Incentive incentive = this.incentives.get(slug);
		List<Figure> figures = this.figures.forIncentive(incentive.getId());
		List<Statement> statements = this.statements.forIncentive(incentive.getId());
		model.addAttribute("incentive", incentive);
		model.addAttribute("figures", figures);
		model.addAttribute("statements", statements);
		model.addAttribute("disputes",
				this.disputes.disputes(new DisputeQuery().incentives(List.of(incentive.getId()))
					.figures(figures.stream().map(Figure::getId).toList())
					.statements(statements.stream().map(Statement::getId).toList())));
		return "incentive/show";
	}

}
