package org.hubatlas.pack;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole dataset as one file, in the format a data pack is imported in. */
@Controller
class DatasetController {

	private final DatasetExport export;

	DatasetController(DatasetExport export) {
		this.export = export;
	}

	@GetMapping("/data/hub-atlas-pack.yaml")
	ResponseEntity<String> pack() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hub-atlas-pack.yaml").build().toString())
			.body(this.export.yaml());
	}

}
