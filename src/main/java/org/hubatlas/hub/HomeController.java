package org.hubatlas.hub;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubatlas.city.City;
import org.hubatlas.common.InterfaceText;
import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.map.HubMap;
import org.hubatlas.map.HubMapService;
import org.hubatlas.source.Source;
import org.hubatlas.source.SourceService;
import org.hubatlas.statement.Nature;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	/**
	 * Who leads an indicator, as the rankings say: the first of its main group, with how
	 * many hubs rank there; null fields where no two hubs rank.
	 */
	record Leader(String code, List<City> hubs, Figure figure, int ranked) {

		/**
		 * The leaders' names in the reader's language, "Shenzhen and Tianjin" for a tie.
		 */
		public String names() {
			return InterfaceText
				.list(this.hubs.stream().map((c) -> InterfaceText.name(c.getName(), c.getNameZh())).toList());
		}

		public boolean tied() {
			return this.hubs.size() > 1;
		}

	}

	/** The indicators whose leader the home page names. */
	static final List<String> LEADS = List.of("ai-companies", "ai-industry-output", "computing-power-intelligent",
			"ai-pilot-zone");

	/** What the data covers, for the home page's first lines. */
	record Coverage(int hubs, long figures, long sources, Source newestSource) {
	}

	private final HubDirectoryService directory;

	private final StatementService statements;

	private final HubMapService maps;

	private final FigureService figures;

	private final SourceService sources;

	private final DisputeService disputes;

	HomeController(HubDirectoryService directory, StatementService statements, HubMapService maps,
			FigureService figures, SourceService sources, DisputeService disputes) {
		this.maps = maps;
		this.figures = figures;
		this.sources = sources;
		this.disputes = disputes;
		this.directory = directory;
		this.statements = statements;
	}

	/**
	 * Two hubs worth comparing: the pair sharing the most indicators (at least three), or
	 * null.
	 */
	private List<HubSummary> suggestion(List<HubSummary> hubs) {
		Map<Long, Set<Long>> indicators = this.figures.indicatorsByHub();
		// Only the hubs with the most indicators are paired, which bounds the work
		// however many hubs there are.
		List<HubSummary> candidates = hubs.stream()
			.sorted(java.util.Comparator
				.comparingInt((HubSummary h) -> indicators.getOrDefault(h.city().getId(), Set.of()).size())
				.reversed())
			.limit(12)
			.toList();
		List<HubSummary> best = null;
		long bestShared = 2;
		for (int i = 0; i < candidates.size(); i++) {
			for (int j = i + 1; j < candidates.size(); j++) {
				Set<Long> a = indicators.getOrDefault(candidates.get(i).city().getId(), Set.of());
				long shared = indicators.getOrDefault(candidates.get(j).city().getId(), Set.of())
					.stream()
					.filter(a::contains)
					.count();
				if (shared > bestShared) {
					bestShared = shared;
					best = List.of(candidates.get(i), candidates.get(j));
				}
			}
		}
		return best;
	}

	/**
	 * The leader of each headline indicator among the figures that rank together, as the
	 * directory's summaries hold them (no query of its own).
	 */
	private Map<String, Leader> leaders(List<HubSummary> all) {
		Map<String, Leader> leaders = new java.util.HashMap<>();
		for (String code : LEADS) {
			List<HubSummary> ranked = all.stream().filter((s) -> s.rankedFigure(code) != null).toList();
			if (ranked.size() < 2) {
				continue;
			}
			boolean higher = ranked.get(0).rankedFigure(code).getIndicator().isHigherIsBetter();
			Comparator<HubSummary> best = Comparator
				.comparing((HubSummary s) -> s.rankedFigure(code).getValueNumeric(),
						higher ? Comparator.reverseOrder() : Comparator.naturalOrder())
				.thenComparing((HubSummary s) -> s.city().getId());
			HubSummary first = ranked.stream().min(best).orElseThrow();
			// Hubs with the same value share the lead (two "≥ ¥300 billion"): all are
			// named.
			List<City> tied = ranked.stream()
				.filter((s) -> s.rankedFigure(code)
					.getValueNumeric()
					.compareTo(first.rankedFigure(code).getValueNumeric()) == 0)
				.sorted(best)
				.map(HubSummary::city)
				.toList();
			leaders.put(code, new Leader(code, tied, first.rankedFigure(code), ranked.size()));
		}
		return leaders;
	}

	/**
	 * Hub cards on the home page at most; today's data has fewer, so every hub gets one.
	 */
	static final int HOME_CARDS = 30;

	@GetMapping("/")
	String home(Model model) {
		List<HubSummary> all = this.directory.summaries(null, HubDirectoryService.SortKey.NAME, false);
		List<HubSummary> topLevel = all.stream().filter((hub) -> hub.city().getParent() == null).toList();
		// A card per hub while they fit on a page; beyond that the best-documented ones,
		// and the directory for all.
		List<HubSummary> hubs = (topLevel.size() <= HOME_CARDS) ? topLevel : topLevel.stream()
			.sorted(Comparator.comparingInt((HubSummary hub) -> hub.figureCount()).reversed())
			.limit(HOME_CARDS)
			.sorted(Comparator.comparing((HubSummary hub) -> hub.city().getName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("hubs", hubs);
		model.addAttribute("leaders", leaders(all));
		model.addAttribute("hubsNotShown", topLevel.size() - hubs.size());
		// The two headline figures each card shows carry their dispute badges, read in
		// one query.
		model.addAttribute("cardDisputes", this.disputes.disputes(new DisputeQuery()
			.figures(hubs.stream().flatMap((hub) -> hub.leading().stream()).map(Figure::getId).toList())));
		model.addAttribute("coverage", new Coverage(all.size(), this.figures.count(), this.sources.count(),
				this.sources.newest().orElse(null)));
		// A few reported facts up front; the rest behind a disclosure, so the hubs stay
		// the page's subject.
		List<Statement> national = this.statements.nationalContext();
		List<Statement> lead = national.stream().filter((c) -> c.getNature() == Nature.REPORTED_FACT).limit(5).toList();
		model.addAttribute("nationalLead", lead);
		model.addAttribute("nationalMore", national.stream().filter((c) -> !lead.contains(c)).toList());
		model.addAttribute("noDisputes", Disputes.none());
		// With more hubs than cards, the map shows the cards' hubs (a dot per hub for a
		// thousand hubs is a 200 KB page); the map page shows every hub.
		HubMap map = this.maps.map(null);
		model.addAttribute("map",
				(hubs.size() < topLevel.size())
						? map.only(
								hubs.stream().map((h) -> h.city().getId()).collect(java.util.stream.Collectors.toSet()))
						: map);
		model.addAttribute("suggestion", suggestion(hubs));
		return "hub/home";
	}

}
