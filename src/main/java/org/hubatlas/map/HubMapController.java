package org.hubatlas.map;

import java.util.List;
import java.util.Optional;

import org.hubatlas.common.ChineseOrder;
import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageOfList;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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

	/**
	 * Rows of the table beside the map on one page: every hub is a dot, and the table
	 * (the map's text alternative) comes a hundred hubs at a time.
	 */
	static final int TABLE_PAGE_SIZE = 100;

	@GetMapping("/map")
	String map(@RequestParam(name = "size", required = false) String size,
			@RequestParam(required = false) PageNumber page, Model model) {
		HubMap map = this.maps.map(size);
		int number = PageNumber.of(page);
		// The table lists the hubs by name, as the reader reads them (the dots are in
		// drawing order: rings under dots, parts on top).
		List<HubMap.Dot> byName = map.dots()
			.stream()
			.sorted(ChineseOrder.byShownName((HubMap.Dot d) -> d.hub().getName(), (d) -> d.hub().getNameZh()))
			.toList();
		Page<HubMap.Dot> rows = PageOfList.existing(byName, number, TABLE_PAGE_SIZE);
		model.addAttribute("map", map);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pages", PageLinks.of(rows, UriComponentsBuilder.fromPath("/map")
			.queryParamIfPresent("size", Optional.ofNullable(map.sizedBy()).map((i) -> i.getCode()))));
		return "map/page";
	}

}
