package org.hubatlas.pack;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	DatasetController(DatasetExport export) {
		this.export = export;
	}

	/** The whole dataset; with {@code hub}, that hub alone (404 for a slug unknown). */
	@GetMapping("/data/hub-atlas-pack.yaml")
	ResponseEntity<String> pack(@RequestParam(required = false) String hub) {
		String body = this.export.yaml(hub);
		String file = (hub != null) ? "hub-atlas-pack-" + hub + ".yaml" : "hub-atlas-pack.yaml";
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}
