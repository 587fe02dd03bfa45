package org.hubatlas.ranking;

import org.hubatlas.common.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	/** Rows a ranking group shows unless the reader asks for all of them (?all=yes). */
	static final int ROWS_SHOWN = 100;

	@GetMapping("/indicators/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) String all, Model model) {
		if (all != null && !"yes".equals(all)) {
			throw new BadRequestException("The parameter 'all' must be 'yes' (or left out).");
		}
		model.addAttribute("ranking", this.rankings.ranking(code));
		model.addAttribute("rowsShown", (all != null) ? Integer.MAX_VALUE : ROWS_SHOWN);
		return "ranking/show";
	}

}
