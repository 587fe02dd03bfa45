package org.hubatlas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.city.City;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.CsvFile;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.PageMeta;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureCsv;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The comparison page. The URL is the whole state:
 * {@code /compare?cities=beijing,hangzhou}.
 */
@Controller
class ComparePageController {

	private final ComparisonService comparisons;

	ComparePageController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/compare")
	String compare(HttpServletRequest request, Model model) {
		String[] values = request.getParameterValues("cities");
		if (values == null) {
			model.addAttribute("chosen", List.of());
			choices(model);
			return "compare/page";
		}
		if (values.length > 1) {
			// The picker and the "Compare with" form send one parameter per select; empty
			// ones are unused selects.
			List<String> chosen = this.comparisons
				.slugsFor(Arrays.stream(values).map(String::trim).filter((v) -> !v.isEmpty()).toList());
			String canonical = UriComponentsBuilder.fromPath("/compare")
				.queryParam("cities", String.join(",", chosen))
				.encode()
				.build()
				.toUriString();
			return "redirect:" + canonical;
		}
		CompareRequest compareRequest = CompareRequest.parse(values[0]);
		Comparison comparison = this.comparisons.compare(compareRequest);
		model.addAttribute("comparison", comparison);
		// Named in the reader's language, as a shared link's preview shows them.
		PageMeta.describeWithMessage(model, "meta.compare",
				comparison.columns()
					.stream()
					.map((column) -> InterfaceText.name(column.city().getName(), column.city().getNameZh()))
					.collect(Collectors.joining(InterfaceText.chinese() ? "、" : ", ")));
		model.addAttribute("chosen", compareRequest.slugs());
		choices(model);
		return "compare/page";
	}

	/**
	 * The picker's hubs: selects for a few, text fields with one shared list of
	 * suggestions for many.
	 */
	private void choices(Model model) {
		List<City> choices = this.comparisons.choices();
		model.addAttribute("choices", choices);
		model.addAttribute("typedPicker", choices.size() > ComparisonService.PICKER_SELECT_LIMIT);
		Map<String, String> names = new HashMap<>();
		choices.forEach((c) -> names.put(c.getSlug(), ComparisonService.pickerName(c)));
		model.addAttribute("pickerNames", names);
	}

	/**
	 * The comparison as a spreadsheet, one row per hub and indicator as on screen: each
	 * figure with its date and source, whether it is ranked (and why not), then the
	 * counts of what our sources name.
	 */
	@GetMapping(path = "/compare.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile csv(@RequestParam(required = false) String cities) {
		if (cities == null) {
			throw new BadRequestException("cities", "problem.cities",
					"The parameter ''{0}'' must name 2 to 4 hubs, such as {1}.", "cities", "cities=beijing,shanghai");
		}
		Comparison comparison = this.comparisons.compare(CompareRequest.parse(cities));
		CsvFile csv = new CsvFile(FigureCsv.headers("csv.indicator", "csv.hub", "csv.nameZh",
				"csv.compare.hubsWithData", "csv.compare.ranked", "csv.compare.leads", "csv.figure.disputed"));
		for (Comparison.FigureRow row : comparison.figureRows()) {
			for (int i = 0; i < row.cells().size(); i++) {
				Figure figure = row.cells().get(i);
				City hub = comparison.columns().get(i).city();
				csv.row(FigureCsv.row(figure, row.indicator().getDisplayName(), hub.getName(), hub.getNameZh(),
						row.hubsWithData(), row.rankedOrWhy(i), row.ranking().leads(i),
						(figure != null) && !comparison.disputes().forFigure(figure.getId()).isEmpty()));
			}
		}
		String whole = null;
		for (Comparison.CountRow count : comparison.countRows()) {
			// A slice (a sector, a kind) follows the count it is part of.
			whole = count.slice() ? whole : count.label();
			for (int i = 0; i < count.values().size(); i++) {
				City hub = comparison.columns().get(i).city();
				// Says what it counts: how many our sources name, not the hub's total.
				String counted = count.slice()
						? InterfaceText.message("csv.compare.namedSlice", "{0} named in our sources, of which {1}",
								whole, count.label())
						: InterfaceText.message("csv.compare.named", "{0} named in our sources", count.label());
				Object[] cells = FigureCsv.row(null, counted, hub.getName(), hub.getNameZh(), null, null, null, null);
				cells[7] = count.values().get(i);
				cells[8] = count.values().get(i);
				csv.row(cells);
			}
		}
		return csv.named("hub-atlas-compare-" + String.join("-", comparison.request().slugs()) + ".csv");
	}

	/**
	 * Bad input re-renders the page with the message and the picker, keeping the hubs
	 * that were valid.
	 */
	@ExceptionHandler(ComparisonInputException.class)
	String invalid(ComparisonInputException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		// A comparison shared before a hub's slug changed: the same hubs at their
		// addresses now.
		String cities = request.getParameter("cities");
		if (!ex.getUnknownSlugs().isEmpty() && cities != null && "GET".equals(request.getMethod())) {
			Optional<List<String>> renamed = this.comparisons.renamed(CompareRequest.parse(cities).slugs(),
					ex.getUnknownSlugs());
			if (renamed.isPresent()) {
				return "redirect:" + UriComponentsBuilder.fromPath(request.getRequestURI())
					.queryParam("cities", String.join(",", renamed.get()))
					.encode()
					.build()
					.toUriString();
			}
		}
		response.setStatus(ex.getStatus().value());
		model.addAttribute("error", InterfaceText.message(ex));
		model.addAttribute("chosen", ex.getKeptSlugs());
		choices(model);
		return "compare/page";
	}

}
