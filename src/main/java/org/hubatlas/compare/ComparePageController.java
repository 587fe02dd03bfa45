package org.hubatlas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The comparison page. The URL is the whole state:
 * {@code /compare?cities=beijing,hangzhou}.
 */
@Controller
class ComparePageController {

	private final ComparisonService comparisons;

	ComparePageController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/compare")
	String compare(HttpServletRequest request, Model model) {
		String[] values = request.getParameterValues("cities");
		if (values == null) {
			model.addAttribute("chosen", List.of());
			model.addAttribute("choices", this.comparisons.choices());
			return "compare/page";
		}
		if (values.length > 1) {
			// The picker and the "Compare with" form send one parameter per select; empty
			// ones are unused selects.
			List<String> chosen = new ArrayList<>(
					Arrays.stream(values).map(String::trim).filter((v) -> !v.isEmpty()).toList());
			String canonical = UriComponentsBuilder.fromPath("/compare")
				.queryParam("cities", String.join(",", chosen))
				.encode()
				.build()
				.toUriString();
			return "redirect:" + canonical;
		}
		CompareRequest compareRequest = CompareRequest.parse(values[0]);
		Comparison comparison = this.comparisons.compare(compareRequest);
		model.addAttribute("comparison", comparison);
		model.addAttribute("chosen", compareRequest.slugs());
		model.addAttribute("choices", this.comparisons.choices());
		return "compare/page";
	}

	/**
	 * Bad input re-renders the page with the message and the picker, keeping the hubs
	 * that were valid.
	 */
	@ExceptionHandler(ComparisonInputException.class)
	String invalid(ComparisonInputException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.getStatus().value());
		model.addAttribute("error", ex.getMessage());
		model.addAttribute("chosen", ex.getKeptSlugs());
		model.addAttribute("choices", this.comparisons.choices());
		return "compare/page";
	}

}
