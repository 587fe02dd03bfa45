package org.hubatlas.hub;

import java.util.List;

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
	String directory(@RequestParam(required = false) String level, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, Model model) {
		CityLevel cityLevel = Labelled.parse(CityLevel.class, level, "level");
		HubDirectoryService.SortKey sortKey = switch (sort.trim().toLowerCase()) {
			case "name" -> HubDirectoryService.SortKey.NAME;
			case "companies" -> HubDirectoryService.SortKey.COMPANIES;
			case "institutions" -> HubDirectoryService.SortKey.INSTITUTIONS;
			case "incentives" -> HubDirectoryService.SortKey.INCENTIVES;
			default -> throw new BadRequestException(
					"The parameter 'sort' must be one of: name, companies, institutions, incentives.");
		};
		boolean descending = switch (dir.trim().toLowerCase()) {
			case "asc" -> false;
			case "desc" -> true;
			default -> throw new BadRequestException("The parameter 'dir' must be 'asc' or 'desc'.");
		};
		model.addAttribute("hubs", this.directory.summaries(cityLevel, sortKey, descending));
		model.addAttribute("levels", List.of(CityLevel.values()));
		model.addAttribute("level", cityLevel);
		model.addAttribute("sort", sortKey.name().toLowerCase());
		model.addAttribute("dir", descending ? "desc" : "asc");
		return "hub/directory";
	}

	@GetMapping("/cities/{slug}")
	String profile(@PathVariable String slug, Model model) {
		model.addAttribute("profile", this.profiles.profile(slug));
		return "hub/profile";
	}

}
