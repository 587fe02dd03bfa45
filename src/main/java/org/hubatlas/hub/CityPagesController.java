package org.hubatlas.hub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hubatlas.city.City;
import org.hubatlas.city.CityLevel;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.CsvFile;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageMeta;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageOfList;
import org.hubatlas.common.ReaderText;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureCsv;
import org.hubatlas.source.Source;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class CityPagesController {

	private final HubDirectoryService directory;

	private final CityProfileService profiles;

	CityPagesController(HubDirectoryService directory, CityProfileService profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	/**
	 * The directory's filters and order, as its address gives them; anything else is a
	 * 400.
	 */
	record DirectoryQuery(CityLevel level, Boolean pilotZone, HubDirectoryService.SortKey sort, boolean descending) {

		static DirectoryQuery parse(CityLevel cityLevel, String pilot, String sort, String dir) {
			List<String> sortParams = Arrays.stream(HubDirectoryService.SortKey.values())
				.map(HubDirectoryService.SortKey::param)
				.toList();
			HubDirectoryService.SortKey sortKey = Arrays.stream(HubDirectoryService.SortKey.values())
				.filter((key) -> key.param().equals(sort.trim().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> BadRequestException.oneOf("sort", sortParams));
			Boolean pilotZone = switch ((pilot == null) ? "" : pilot.trim().toLowerCase(Locale.ROOT)) {
				case "" -> null;
				case "yes" -> Boolean.TRUE;
				case "no" -> Boolean.FALSE;
				default -> throw new BadRequestException("pilot", "problem.yesNo",
						"The parameter ''{0}'' must be ''yes'', ''no'' or empty.", "pilot");
			};
			boolean descending = switch (dir.trim().toLowerCase(Locale.ROOT)) {
				case "asc" -> false;
				case "desc" -> true;
				default -> throw BadRequestException.eitherOr("dir", "asc", "desc");
			};
			return new DirectoryQuery(cityLevel, pilotZone, sortKey, descending);
		}

		String pilotParam() {
			return (this.pilotZone == null) ? "" : (this.pilotZone ? "yes" : "no");
		}

		String address(String path) {
			return UriComponentsBuilder.fromPath(path)
				.queryParamIfPresent("level", Optional.ofNullable(this.level).map(CityLevel::param))
				.queryParamIfPresent("pilot", Optional.of(pilotParam()).filter((p) -> !p.isEmpty()))
				.queryParam("sort", this.sort.param())
				.queryParam("dir", this.descending ? "desc" : "asc")
				.build()
				.toUriString();
		}

	}

	/**
	 * Hubs on one page of the directory: every hub of the shipped data, and a page the
	 * same size however many hubs there are.
	 */
	static final int DIRECTORY_PAGE_SIZE = 100;

	@GetMapping("/cities")
	String directory(@RequestParam(required = false) CityLevel level, @RequestParam(required = false) String pilot,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(required = false) PageNumber page, Model model) {
		DirectoryQuery query = DirectoryQuery.parse(level, pilot, sort, dir);
		int number = PageNumber.of(page);
		List<HubSummary> all = this.directory.summaries(query.level(), query.pilotZone(), query.sort(),
				query.descending());
		Page<HubSummary> shown = PageOfList.existing(all, number, DIRECTORY_PAGE_SIZE);
		model.addAttribute("hubs", shown.getContent());
		model.addAttribute("total", all.size());
		model.addAttribute("pages", PageLinks.of(shown, UriComponentsBuilder.fromUriString(query.address("/cities"))));
		model.addAttribute("pilot", query.pilotParam());
		model.addAttribute("levels", List.of(CityLevel.values()));
		model.addAttribute("level", query.level());
		model.addAttribute("sort", query.sort().param());
		model.addAttribute("dir", query.descending() ? "desc" : "asc");
		model.addAttribute("csvHref", query.address("/cities.csv"));
		return "hub/directory";
	}

	/**
	 * The directory with the same filters and order as a spreadsheet: each hub, its
	 * newest headline figures with their dates and sources, and what our sources name in
	 * it.
	 */
	@GetMapping(path = "/cities.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile directoryCsv(@RequestParam(required = false) CityLevel level, @RequestParam(required = false) String pilot,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir) {
		DirectoryQuery query = DirectoryQuery.parse(level, pilot, sort, dir);
		List<String> headers = new ArrayList<>(List.of("csv.hub", "csv.nameZh", "csv.hub.level", "csv.hub.partOf",
				"csv.hub.province", "csv.hub.latitude", "csv.hub.longitude"));
		// Each headline figure as a number with its unit, bound, kind and what it counts,
		// so that a spreadsheet can sort and compare it; the words as written beside it.
		for (String indicator : HubSummary.HEADLINE_INDICATORS) {
			for (String column : HEADLINE_COLUMNS) {
				headers.add("csv.headline." + indicator + column);
			}
		}
		headers.addAll(List.of("csv.hub.companies", "csv.hub.institutions", "csv.hub.incentives", "csv.page"));
		CsvFile csv = new CsvFile(headers.toArray(String[]::new));
		for (HubSummary hub : this.directory.summaries(query.level(), query.pilotZone(), query.sort(),
				query.descending())) {
			City city = hub.city();
			List<Object> row = new ArrayList<>(List.of(city.getName()));
			row.addAll(Arrays.asList(city.getNameZh(), city.getLevel().label(),
					(city.getParent() != null)
							? InterfaceText.name(city.getParent().getName(), city.getParent().getNameZh()) : null,
					InterfaceText.term("province", city.getProvince()), city.getLatitude(), city.getLongitude()));
			for (String indicator : HubSummary.HEADLINE_INDICATORS) {
				row.addAll(headlineCells(hub.newest(indicator)));
			}
			row.addAll(List.of(hub.companies(), hub.institutions(), hub.incentives(),
					CsvFile.page("/cities/" + city.getSlug())));
			csv.row(row.toArray());
		}
		return csv.named("hub-atlas-hubs.csv");
	}

	/** The directory download's columns of each headline figure, after its key. */
	private static final List<String> HEADLINE_COLUMNS = List.of(".value", ".qualifier", ".unit", ".kind", ".countedAs",
			".asOf", "", ".source");

	/** A headline figure's cells, in the order of {@link #HEADLINE_COLUMNS}. */
	private static List<Object> headlineCells(Figure figure) {
		if (figure == null) {
			return Arrays.asList(new Object[HEADLINE_COLUMNS.size()]);
		}
		ReaderText countedAs = figure.getDefinitionLabelShown();
		return Arrays.asList(figure.getValueNumeric(), figure.getQualifier().label(),
				InterfaceText.name(figure.getIndicator().getUnit(), figure.getIndicator().getUnitZh()),
				figure.getKind().label(), (countedAs != null) ? countedAs.text() : null, asOf(figure),
				figure.getValueAsWritten(), sourceLine(figure));
	}

	private static String asOf(Figure figure) {
		if (figure.isTargetWithYear()) {
			return InterfaceText.message("figure.when.target", "target for {0}",
					String.valueOf(figure.getTargetYear()));
		}
		if (figure.getStatedAsOf() != null) {
			return figure.getStatedAsOf();
		}
		return (figure.getAsOfYear() != null) ? String.valueOf(figure.getAsOfYear()) : null;
	}

	private static String sourceLine(Figure figure) {
		Source source = figure.getSource();
		return Stream.of(source.getPublisher(), source.getPublishedLabel(), source.getUrl())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

	/**
	 * Every figure about the hub as a spreadsheet, in the order its page lists them: each
	 * with its indicator, date, definition, quote and source, and whether a note disputes
	 * it.
	 */
	@GetMapping(path = "/cities/{slug}.csv", produces = CsvFile.TYPE)
	@ResponseBody
	CsvFile figuresCsv(@PathVariable String slug) {
		CityProfile profile = this.profiles.profile(slug);
		CsvFile csv = new CsvFile(FigureCsv.headers("csv.indicator", "csv.figure.disputed"));
		for (Figure figure : profile.figures()) {
			csv.row(FigureCsv.row(figure, figure.getIndicator().getDisplayName(),
					!profile.disputes().forFigure(figure.getId()).isEmpty()));
		}
		return csv.named("hub-atlas-" + profile.city().getSlug() + ".csv");
	}

	// No dot in a slug: "/cities/x.csv" is the download's alone, as on the indicators.
	@GetMapping("/cities/{slug:[^.]+}")
	String profile(@PathVariable String slug, Model model) {
		CityProfile profile = this.profiles.profile(slug);
		model.addAttribute("profile", profile);
		ReaderText summary = profile.city().getSummaryShown();
		PageMeta.describe(model, (summary != null) ? summary.text() : null);
		return "hub/profile";
	}

}
