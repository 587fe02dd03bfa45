package org.hubatlas.incentive;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
class IncentiveController {

	private final IncentiveService incentives;

	private final EvidenceService evidence;

	IncentiveController(IncentiveService incentives, EvidenceService evidence) {
		this.incentives = incentives;
		this.evidence = evidence;
	}

	@GetMapping("/incentives")
	String list(@RequestParam(required = false) IncentiveLevel level,
			@RequestParam(required = false) IncentiveKind kind, @RequestParam(required = false) PageNumber page,
			Model model) {
		Page<Incentive> incentives = PageNumber.existing(this.incentives.list(level, kind, PageNumber.of(page)));
		model.addAttribute("incentives", incentives.getContent());
		model.addAttribute("total", incentives.getTotalElements());
		model.addAttribute("pages",
				PageLinks.of(incentives,
						UriComponentsBuilder.fromPath("/incentives")
							.queryParamIfPresent("level", Optional.ofNullable(level).map(IncentiveLevel::param))
							.queryParamIfPresent("kind", Optional.ofNullable(kind).map(IncentiveKind::param))));
		model.addAttribute("csvHref",
				UriComponentsBuilder.fromPath("/incentives.csv")
					.queryParamIfPresent("level", Optional.ofNullable(level).map(IncentiveLevel::param))
					.queryParamIfPresent("kind", Optional.ofNullable(kind).map(IncentiveKind::param))
					.build()
					.toUriString());
		model.addAttribute("levels", List.of(IncentiveLevel.values()));
		model.addAttribute("kinds", List.of(IncentiveKind.values()));
		model.addAttribute("level", level);
		model.addAttribute("kind", kind);
		return "incentive/list";
	}

	/** The list with the same filters, every row, as a spreadsheet. */
	@GetMapping(path = "/incentives.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@RequestParam(required = false) IncentiveLevel level,
			@RequestParam(required = false) IncentiveKind kind) {
		CsvFile csv = new CsvFile("csv.incentive.title", "csv.incentive.titleZh", "csv.incentive.level",
				"csv.incentive.kind", "csv.hubs", "csv.incentive.issuer", "csv.incentive.amountAsWritten",
				"csv.incentive.amount", "csv.incentive.currency", "csv.incentive.announced", "csv.incentive.targetYear",
				"csv.incentive.status", "csv.summary", "csv.page");
		for (Incentive i : this.incentives.download(level, kind)) {
			// The title in both languages; hubs, date, standing and summary in the
			// reader's, as the page shows them (a date not stated is an empty cell).
			csv.row(i.getTitle(), i.getTitleZh(), i.getLevel().label(), i.getKind().label(),
					i.getCityList()
						.stream()
						.map((c) -> InterfaceText.name(c.getName(), c.getNameZh()))
						.collect(Collectors.joining("; ")),
					i.getIssuer(), i.getAmountAsWritten(), i.getAmountValue(), i.getCurrency(), i.getAnnouncedShown(),
					i.getTargetYear(), InterfaceText.term("incentive-status", i.getStatus()),
					ReaderText.textOf(i.getSummaryShown()), CsvFile.page("/incentives/" + i.getSlug()));
		}
		return csv.named("hub-atlas-incentives.csv");
	}

	@GetMapping("/incentives/{slug}")
	String show(@PathVariable String slug, Model model) {
		Incentive incentive = this.incentives.get(slug);
		model.addAttribute("incentive", incentive);
		PageMeta.describe(model, incentive.getSummary());
		model.addAllAttributes(this.evidence.about(Subject.incentive(incentive.getId())).attributes());
		return "incentive/show";
	}

}
