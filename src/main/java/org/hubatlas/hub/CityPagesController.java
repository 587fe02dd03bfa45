package org.hubatlas.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hubatlas.city.CityLevel;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.Labelled;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CityPagesController {

	private final HubDirectoryService directory;

	private final CityProfileService profiles;

	CityPagesController(HubDirectoryService directory, CityProfileService profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	@GetMapping("/cities")
	String directory(@RequestParam(required = false) String level, @RequestParam(required = false) String pilot,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			Model model) {
		CityLevel cityLevel = Labelled.parse(CityLevel.class, level, "level");
		List<String> sortParams = Arrays.stream(HubDirectoryService.SortKey.values())
			.map(HubDirectoryService.SortKey::param)
			.toList();
		HubDirectoryService.SortKey sortKey = Arrays.stream(HubDirectoryService.SortKey.values())
			.filter((key) -> key.param().equals(sort.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new BadRequestException(
					"The parameter 'sort' must be one of: " + String.join(", ", sortParams) + "."));
		Boolean pilotZone = switch ((pilot == null) ? "" : pilot.trim().toLowerCase(Locale.ROOT)) {
			case "" -> null;
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> throw new BadRequestException("The parameter 'pilot' must be 'yes', 'no' or empty.");
		};
		boolean descending = switch (dir.trim().toLowerCase()) {
			case "asc" -> false;
			case "desc" -> true;
			default -> throw new BadRequestException("The parameter 'dir' must be 'asc' or 'desc'.");
		};
		model.addAttribute("hubs", this.directory.summaries(cityLevel, pilotZone, sortKey, descending));
		model.addAttribute("pilot", (pilotZone == null) ? "" : (pilotZone ? "yes" : "no"));
		model.addAttribute("levels", List.of(CityLevel.values()));
		model.addAttribute("level", cityLevel);
		model.addAttribute("sort", sortKey.param());
		model.addAttribute("dir", descending ? "desc" : "asc");
		return "hub/directory";
	}

	@GetMapping("/cities/{slug}")
	String profile(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.profiles.profile(slug));
		return "hub/profile";
	}

}
