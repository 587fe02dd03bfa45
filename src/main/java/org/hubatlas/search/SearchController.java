package org.hubatlas.search;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.PageLinks;
import org.hubatlas.common.PageNumber;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	/**
	 * Set when the reader asked to go straight to a hub whose name they typed exactly; it
	 * holds a choice, not who they are.
	 */
	static final String JUMP_COOKIE = "hubatlas-jump";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	/**
	 * @param jump "yes" when the box "go straight to a hub" is ticked
	 * @param jumpChoice sent by the search page's own form, so an unticked box clears the
	 * choice (an unticked box sends nothing)
	 */
	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) PageNumber page, @RequestParam(required = false) String jump,
			@RequestParam(name = "jumpchoice", required = false) String jumpChoice,
			@CookieValue(name = JUMP_COOKIE, required = false) String jumpCookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SearchKind kind = SearchKind.fromParam(type);
		int pageNumber = PageNumber.of(page);
		boolean jumpToHub = "yes".equals(jumpCookie);
		if (jumpChoice != null) {
			jumpToHub = "yes".equals(jump);
			ResponseCookie cookie = ResponseCookie.from(JUMP_COOKIE, jumpToHub ? "yes" : "")
				.path("/")
				.maxAge(jumpToHub ? 365L * 24 * 3600 : 0)
				.sameSite("Lax")
				.httpOnly(true)
				.secure(request.isSecure())
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
		if (jumpToHub && kind == null) {
			Optional<String> hub = this.search.exactHub(q);
			if (hub.isPresent()) {
				return "redirect:" + hub.get();
			}
		}
		SearchResults results = this.search.search(q, kind, pageNumber);
		model.addAttribute("results", results);
		model.addAttribute("jump", jumpToHub);
		model.addAttribute("kinds", List.of(SearchKind.values()));
		model.addAttribute("maxQueryChars", SearchService.MAX_QUERY_CHARS);
		return "search/page";
	}

}
