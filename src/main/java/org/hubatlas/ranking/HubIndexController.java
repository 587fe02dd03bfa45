package org.hubatlas.ranking;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.city.City;
import org.hubatlas.common.CsvFile;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageNumber;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The index with the reader's own weights: a form that works without scripts, the choice
 * in the address, and the scores as a page and a spreadsheet.
 */
@Controller
class HubIndexController {

	private final HubIndexService index;

	HubIndexController(HubIndexService index) {
		this.index = index;
	}

	@GetMapping("/index")
	String index(@RequestParam Map<String, String> params, @RequestParam(required = false) PageNumber page, Model model,
			HttpServletResponse response) {
		HubIndexService.IndexPage index = this.index.index(params, PageNumber.of(page));
		if (index.noWeight()) {
			// The form again with the weights as given and the message beside them.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("index", index);
		model.addAttribute("pages", PageLinks.of(index.shown(),
				UriComponentsBuilder.fromPath("/index").query(index.starting() ? null : index.query())));
		return "ranking/index";
	}

	/** Each hub's rank, score, rank range and parts, as a spreadsheet. */
	@GetMapping(path = "/index.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@RequestParam Map<String, String> params) {
		HubIndexService.IndexPage page = this.index.index(params).requireWeight();
		CsvFile csv = new CsvFile("csv.rank", "csv.hub", "csv.nameZh", "csv.index.score", "csv.index.bestRank",
				"csv.index.worstRank", "csv.index.coverage", "csv.index.parts");
		for (HubIndex.Score score : page.result().scored()) {
			row(csv, page, score, String.valueOf(score.rank()), String.valueOf(score.bestRank()),
					String.valueOf(score.worstRank()));
		}
		for (HubIndex.Score score : page.result().notEnough()) {
			row(csv, page, score, "", "", "");
		}
		return csv.named("hub-atlas-index.csv");
	}

	private static void row(CsvFile csv, HubIndexService.IndexPage page, HubIndex.Score score, String rank, String best,
			String worst) {
		City hub = page.hubs().get(score.hubId());
		StringBuilder parts = new StringBuilder();
		score.parts()
			.forEach((p) -> parts.append(parts.isEmpty() ? "" : "; ")
				.append(p.indicator().getCode())
				.append(" ")
				.append(p.points())
				.append(" x")
				.append((int) p.weight()));
		csv.row(rank, hub.getName(), hub.getNameZh(), score.shown(), best, worst,
				String.valueOf(score.coveragePercent()), parts.toString());
	}

}
