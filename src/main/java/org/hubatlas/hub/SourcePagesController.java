package org.hubatlas.hub;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.CsvFile;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageOfList;
import org.hubatlas.common.Text;
import org.hubatlas.source.Source;
import org.hubatlas.statement.Statement;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The sources and, for each, everything the portal cites from it. */
@Controller
class SourcePagesController {

	private final SourcePageService pages;

	SourcePagesController(SourcePageService pages) {
		this.pages = pages;
	}

	/** Every source with what the portal cites from it, as a spreadsheet. */
	@GetMapping(path = "/sources.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile sourcesCsv() {
		Map<Long, Long> cited = this.pages.citedCounts();
		CsvFile csv = new CsvFile("csv.source.title", "csv.source.subtitle", "csv.source.publisher",
				"csv.source.author", "csv.source.published", "csv.source.address", "csv.source.trust",
				"csv.source.excerptOnly", "csv.source.cited", "csv.page");
		for (Source source : this.pages.sources()) {
			csv.row(source.getTitle(), source.getSubtitle(), source.getPublisher(), source.getAuthor(),
					source.getPublishedLabel(), source.getUrl(),
					(source.getTrust() != null) ? source.getTrust().name().toLowerCase(java.util.Locale.ROOT) : null,
					source.isExcerptOnly(), cited.getOrDefault(source.getId(), 0L),
					CsvFile.page("/sources/" + source.getId()));
		}
		return csv.named("hub-atlas-sources.csv");
	}

	/**
	 * Every statement with its quote, what it is about and its source, as a spreadsheet.
	 */
	@GetMapping(path = "/statements.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile statementsCsv() {
		CsvFile csv = new CsvFile("csv.statement.paraphrase", "csv.figure.quote", "csv.statement.nature",
				"csv.statement.about", "csv.statement.speaker", "csv.source.title", "csv.source.publisher",
				"csv.source.published", "csv.source.address");
		for (SourcePageService.StatementLine line : this.pages.statementLines()) {
			Statement statement = line.statement();
			Source source = statement.getSource();
			csv.row(statement.getParaphrase(), statement.getQuote(), statement.getNature().label(),
					(line.about() != null) ? line.about().name() : null, statement.getSpeaker(), source.getTitle(),
					source.getPublisher(), source.getPublishedLabel(), source.getUrl());
		}
		return csv.named("hub-atlas-statements.csv");
	}

	/** Sources a page of the list shows. */
	static final int PAGE_SIZE = 50;

	/**
	 * The sources, oldest first, fifty a page; a search keeps those whose title,
	 * publisher or author holds the words typed, in any case.
	 */
	@GetMapping("/sources")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) PageNumber page,
			Model model) {
		String typed = Text.blankToNull(Text.normalize(q));
		String words = (typed != null) ? typed.replaceAll("\\s+", " ") : null;
		if (words != null && words.codePointCount(0, words.length()) > MAX_SEARCH_CHARS) {
			throw new BadRequestException("q", "problem.searchTooLong",
					"The search may be at most {0} characters long.", MAX_SEARCH_CHARS);
		}
		List<Source> found = this.pages.sources()
			.stream()
			.filter((source) -> words == null || source.mentions(words))
			.toList();
		Page<Source> shown = PageOfList.existing(found, PageNumber.of(page), PAGE_SIZE);
		model.addAttribute("sources", shown.getContent());
		model.addAttribute("total", found.size());
		model.addAttribute("q", words);
		model.addAttribute("pages", PageLinks.of(shown,
				UriComponentsBuilder.fromPath("/sources").queryParamIfPresent("q", Optional.ofNullable(words))));
		model.addAttribute("counts", this.pages.citedCounts());
		return "source/list";
	}

	/** The longest search of the sources: a title and a publisher, typed whole. */
	static final int MAX_SEARCH_CHARS = 200;

	/** A malformed id (not a number) is answered 400 by the error advice. */
	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.pages.page(id));
		return "source/show";
	}

}
