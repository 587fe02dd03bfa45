package org.hubatlas.pack;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.hubatlas.city.CityService;
import org.hubatlas.common.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole dataset, or one hub, as one file in the format a data pack is imported in.
 */
@Controller
class DatasetController {

	private final DatasetExport export;

	private final CityService hubs;

	DatasetController(DatasetExport export, CityService hubs) {
		this.export = export;
		this.hubs = hubs;
	}

	/**
	 * The whole dataset; with {@code hub}, that hub alone (404 for a slug unknown, and a
	 * redirect for the slug a hub had before a rename, as its page has).
	 */
	@GetMapping("/data/hub-atlas-pack.yaml")
	ResponseEntity<String> pack(@RequestParam(required = false) String hub) {
		String body;
		try {
			body = this.export.yaml(hub);
		}
		catch (NotFoundException ex) {
			Optional<String> now = (hub != null) ? this.hubs.slugNow(hub) : Optional.empty();
			if (now.isEmpty()) {
				throw ex;
			}
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create("/data/hub-atlas-pack.yaml?hub=" + now.get()))
				.build();
		}
		String file = (hub != null) ? "hub-atlas-pack-" + hub + ".yaml" : "hub-atlas-pack.yaml";
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}
