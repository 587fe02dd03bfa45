package org.hubatlas.incentive;

import java.util.List;

import org.hubatlas.common.Labelled;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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
			Model model) {
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
