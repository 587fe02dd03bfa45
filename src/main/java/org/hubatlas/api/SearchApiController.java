package org.hubatlas.api;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubatlas.common.BadRequestException;
import org.hubatlas.common.PageNumber;
import org.hubatlas.search.SearchKind;
import org.hubatlas.search.SearchResults;
import org.hubatlas.search.SearchService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The site's search: every kind at once, or one kind paged. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	/** Results per page when one kind is searched. */
	static final int SEARCH_PAGE_SIZE = SearchService.PAGE_SIZE;

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	@Operation(summary = "Search every kind at once: the best five of each kind, best kind first",
			description = "Names in English or Chinese, pinyin, a word one letter off in a name, the start of a word. "
					+ "Every word must match; when nothing has every word, any word (anyWord is then true). "
					+ "In each group, the field `all` gives the address that pages through every result of its kind.")
	@ApiDocs.OneResponses
	Api.SearchAnswer everything(@Parameter(description = "What to look for (at most 100 characters are used).",
			example = "hangzhou") @RequestParam(required = false) String q) {
		SearchResults results = this.search.search(q, null, 1);
		List<Api.SearchGroup> groups = results.groups()
			.stream()
			.map((g) -> new Api.SearchGroup(g.kind().param(), g.count(),
					g.hits().stream().map(SearchApiController::hit).toList(),
					UriComponentsBuilder.fromPath("/api/search/" + g.kind().param())
						.queryParam("q", results.query())
						.encode()
						.build()
						.toUriString()))
			.toList();
		return new Api.SearchAnswer(results.query(), results.cut(), results.anyWord(), results.total(), groups);
	}

	@GetMapping(path = "/api/search/{type}", produces = "application/json")
	@Operation(summary = "Search one kind, 20 results a page, best first")
	@ApiDocs.ListResponses
	ResponseEntity<ApiList<Api.SearchHit>> oneKind(
			@Parameter(description = "hubs, companies, institutions, incentives, indicators, sources, statements or "
					+ "corrections", example = "companies") @PathVariable String type,
			@Parameter(description = "What to look for.",
					example = "hangzhou") @RequestParam(required = false) String q,
			@ApiDocs.PageParameter @RequestParam(required = false) PageNumber page, HttpServletRequest request) {
		SearchKind kind = SearchKind.fromParam(type);
		if (kind == null) {
			throw new BadRequestException("type", "problem.kindToSearch", "The kind to search must be one of: {0}.",
					kinds());
		}
		int number = PageNumber.of(page);
		SearchResults results = this.search.search(q, kind, number);
		List<Api.SearchHit> hits = results.groups()
			.stream()
			.flatMap((g) -> g.hits().stream())
			.map(SearchApiController::hit)
			.toList();
		long total = results.groups().stream().mapToLong(SearchResults.Group::count).sum();
		int totalPages = Math.max(1, (results.pages() != null) ? results.pages().totalPages() : 1);
		if (number > totalPages) {
			throw new PageBeyondEndException(number, totalPages);
		}
		// The search pages at most 50 pages deep: the list ends there.
		return ApiList
			.of(hits, new PageParams(number, SEARCH_PAGE_SIZE), Math.min(total, (long) totalPages * SEARCH_PAGE_SIZE),
					request)
			.response();
	}

	private static String kinds() {
		return java.util.Arrays.stream(SearchKind.values()).map(SearchKind::param).collect(Collectors.joining(", "));
	}

	private static Api.SearchHit hit(SearchResults.Hit hit) {
		return new Api.SearchHit(hit.kind().param(), text(hit.title()), hit.titleZh(), hit.context(),
				(hit.excerpt() != null) ? text(hit.excerpt()) : null, hit.href());
	}

	private static String text(List<SearchResults.Segment> segments) {
		return segments.stream().map(SearchResults.Segment::text).collect(Collectors.joining());
	}

}
