package org.hubatlas.ranking;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The indicator catalogue and, for each indicator, every hub with a value, ranked where
 * that is honest.
 */
@Controller
class IndicatorPagesController {

	private final IndicatorRankingService rankings;

	IndicatorPagesController(IndicatorRankingService rankings) {
		this.rankings = rankings;
	}

	@GetMapping("/indicators")
	String list(Model model) {
		model.addAttribute("indicators", this.rankings.catalogue());
		return "ranking/list";
	}

	@GetMapping("/indicators/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("ranking", this.rankings.ranking(code));
		return "ranking/show";
	}

}
