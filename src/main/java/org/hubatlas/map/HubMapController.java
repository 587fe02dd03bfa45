package org.hubatlas.map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every hub on a map of land, drawn by the server: it works without JavaScript and
 * offline.
 */
@Controller
class HubMapController {

	private final HubMapService maps;

	HubMapController(HubMapService maps) {
		this.maps = maps;
	}

	@GetMapping("/map")
	String map(@RequestParam(name = "size", required = false) String size, Model model) {
		model.addAttribute("map", this.maps.map(size));
		return "map/page";
	}

}
