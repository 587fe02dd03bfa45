package org.hubatlas.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list: the items, where the page sits in the whole list, and the addresses
 * of the first, previous, next and last pages (also sent as a {@code Link} header, RFC
 * 8288). The addresses keep the request's other parameters and are relative: never built
 * from the request's Host header.
 */
@Schema(description = "One page of a list, with the addresses of the pages around it.")
public record ApiList<T>(@Schema(description = "The items on this page.") List<T> items,
		@Schema(description = "This page's number, from 1.", example = "1") int page,
		@Schema(description = "Items per page asked for (1 to 100).", example = "20") int size,
		@Schema(description = "Items in the whole list.", example = "57") long totalItems,
		@Schema(description = "Pages in the whole list (at least 1).", example = "3") int totalPages,
		@Schema(description = "Addresses of the pages around this one; null where there is none.") Links links) {

	/** Addresses of other pages of the same list. */
	public record Links(@Schema(example = "/api/companies?page=1&size=20") String first,
			@Schema(example = "/api/companies?page=1&size=20") String prev,
			@Schema(example = "/api/companies?page=3&size=20") String next,
			@Schema(example = "/api/companies?page=3&size=20") String last) {
	}

	/**
	 * The page as the API sends it, with its Link header; 404 when the page number lies
	 * beyond the last page (a list with no items has one, empty, page).
	 */
	public static <T> ResponseEntity<ApiList<T>> page(Page<T> page, PageParams params, HttpServletRequest request) {
		int totalPages = Math.max(1, page.getTotalPages());
		if (params.page() > totalPages) {
			throw new PageBeyondEndException(params.page(), totalPages);
		}
		return of(page.getContent(), params, page.getTotalElements(), request).response();
	}

	/** A page of items already cut. */
	public static <T> ApiList<T> of(List<T> items, PageParams params, long totalItems, HttpServletRequest request) {
		int totalPages = (int) Math.max(1, (totalItems + params.size() - 1) / params.size());
		int current = params.page();
		return new ApiList<>(items, current, params.size(), totalItems, totalPages,
				new Links(address(request, 1, params.size()),
						(current > 1) ? address(request, Math.min(current - 1, totalPages), params.size()) : null,
						(current < totalPages) ? address(request, current + 1, params.size()) : null,
						address(request, totalPages, params.size())));
	}

	/** The page in a response with its {@code Link} header. */
	public ResponseEntity<ApiList<T>> response() {
		List<String> links = new ArrayList<>();
		add(links, this.links.first(), "first");
		add(links, this.links.prev(), "prev");
		add(links, this.links.next(), "next");
		add(links, this.links.last(), "last");
		return ResponseEntity.ok().header(HttpHeaders.LINK, String.join(", ", links)).body(this);
	}

	private static void add(List<String> links, String href, String rel) {
		if (href != null) {
			links.add("<" + href + ">; rel=\"" + rel + "\"");
		}
	}

	private static String address(HttpServletRequest request, int page, int size) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
	}

}
