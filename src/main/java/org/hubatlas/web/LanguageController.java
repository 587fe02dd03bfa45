package org.hubatlas.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.BadRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The language switch in every header: a plain link (it works without JavaScript) that
 * keeps the choice and goes back to the page the reader was on.
 */
@Controller
class LanguageController {

	@GetMapping("/language")
	RedirectView choose(@RequestParam(required = false) String to, @RequestParam(required = false) String back,
			HttpServletRequest request, HttpServletResponse response) {
		SiteLanguage language = SiteLanguage.fromTag(to);
		if (language == null) {
			throw BadRequestException.oneOf("to", List.of("en", "zh-Hans"));
		}
		response.addHeader(HttpHeaders.SET_COOKIE, LanguageConfig.cookie(language, request.isSecure()).toString());
		RedirectView page = new RedirectView(safeReturn(back), true);
		// The address as it is: braces in it ("/%7Bx%7D") are not a template to fill.
		page.setExpandUriTemplateVariables(false);
		return page;
	}

	/** Only a path on this site: never another site ("//evil", "https://…", "/\evil"). */
	static String safeReturn(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
				|| back.length() > 2000 || back.chars().anyMatch((c) -> c < 0x20 || c == 0x7f || c == '\\')) {
			return "/";
		}
		return back;
	}

}
