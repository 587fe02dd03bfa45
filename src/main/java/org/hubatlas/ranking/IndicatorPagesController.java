package org.hubatlas.ranking;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.CsvFile;
import org.hubatlas.common.PageMeta;
import org.hubatlas.figure.Derived;
import org.hubatlas.figure.FigureCsv;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

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

	/**
	 * Every group of the ranking, every row, as a spreadsheet: rank (in the ranked group
	 * only), hub, the group and why it is apart, and the figure with its source.
	 */
	@GetMapping(path = "/indicators/{code}.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@PathVariable String code) {
		IndicatorRanking ranking = this.rankings.ranking(code);
		CsvFile csv = new CsvFile(FigureCsv.headers("csv.rank", "csv.hub", "csv.nameZh", "csv.ranking.group",
				"csv.ranking.reason", "csv.figure.disputed"));
		for (IndicatorRanking.Group group : ranking.groups()) {
			for (IndicatorRanking.Entry entry : group.entries()) {
				csv.row(FigureCsv.row(entry.figure(), entry.rank(), entry.hub().getName(), entry.hub().getNameZh(),
						group.title(), group.reason(),
						!ranking.disputes().forFigure(entry.figure().getId()).isEmpty()));
			}
		}
		return csv.named("hub-atlas-" + ranking.indicator().getCode() + ".csv");
	}

	@GetMapping("/indicators")
	String list(Model model) {
		model.addAttribute("indicators", this.rankings.catalogue());
		model.addAttribute("derived", this.rankings.derivedCatalogue());
		return "ranking/list";
	}

	/** Rows a ranking group shows unless the reader asks for all of them (?all=yes). */
	static final int ROWS_SHOWN = 100;

	// No dot in a code: "/indicators/x.csv" is the download's alone, so that asking it
	// for something other than CSV is a 406, not this page's 404 for an indicator
	// "x.csv".
	@GetMapping("/indicators/{code:[^.]+}")
	String show(@PathVariable String code, @RequestParam(required = false) String all, Model model) {
		if (all != null && !"yes".equals(all)) {
			throw new BadRequestException("all", "problem.yesOnly",
					"The parameter ''{0}'' must be ''yes'' (or left out).", "all");
		}
		if (Derived.byCode(code).isPresent()) {
			IndicatorRankingService.DerivedRanking derived = this.rankings.derived(code);
			model.addAttribute("ranking", derived);
			PageMeta.describe(model, derived.name());
			return "ranking/derived";
		}
		IndicatorRanking ranking = this.rankings.ranking(code);
		model.addAttribute("ranking", ranking);
		PageMeta.describe(model, ranking.indicator().getDefinition());
		model.addAttribute("rowsShown", (all != null) ? Integer.MAX_VALUE : ROWS_SHOWN);
		return "ranking/show";
	}

}
