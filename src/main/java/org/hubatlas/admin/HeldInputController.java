package org.hubatlas.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.common.InterfaceText;
import org.hubatlas.common.NotFoundException;
import org.hubatlas.editing.FormChoices;
import org.hubatlas.editing.RecordKind;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A record's save posted after the admin's session ended is not lost. Instead of the
 * sign-in page that forgets it, the admin gets a sign-in page that carries the input;
 * signing in there opens the record's form again with the input, ready to save (the
 * version it was edited from goes with it, so a change saved meanwhile is still caught as
 * a conflict). A failed sign-in shows the page again, the input still on it. Passwords
 * are never carried.
 */
@Controller
public class HeldInputController {

	/** Where security forwards such a save, and a failed sign-in that carries one. */
	public static final String PATH = "/login/held-input";

	/** The model attribute that brings the input to the form after sign-in. */
	static final String HELD = "heldInput";

	private static final String PREFIX = "held.";

	private static final String FORM = "heldFor";

	/** A save of a new record (/admin/companies) or of an edit (/admin/companies/5). */
	private static final Pattern SAVE = Pattern.compile("/admin/([a-z-]+)(?:/([0-9]{1,18}))?");

	/** The form a kept input returns to: a new record's or a record's edit page. */
	private static final Pattern FORM_PAGE = Pattern.compile("/admin/[a-z-]+/(?:new|[0-9]{1,18})");

	private final RecordKinds kinds;

	private final RecordEditor editor;

	HeldInputController(RecordKinds kinds, RecordEditor editor) {
		this.kinds = kinds;
		this.editor = editor;
	}

	/**
	 * Whether an unauthenticated request could be a form's save to keep: a form posted
	 * under /admin/ (a file upload is not kept: a browser cannot be given a file back).
	 */
	public static boolean mayKeep(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestURI() != null
				&& request.getRequestURI().startsWith(request.getContextPath() + "/admin/")
				&& MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request));
	}

	/** Whether a sign-in carries kept input back to its form. */
	public static boolean carriesInput(HttpServletRequest request) {
		String form = request.getParameter(FORM);
		return form != null && FORM_PAGE.matcher(form).matches();
	}

	/** Shows the sign-in page that carries the request's input. */
	public static void forward(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		request.getRequestDispatcher(PATH).forward(request, response);
	}

	/**
	 * After a sign-in that carries kept input: hands the input to its form's page (a
	 * flash attribute in the new session) and answers that page's address.
	 */
	public static String keepForTheForm(HttpServletRequest request, HttpServletResponse response) {
		String form = request.getParameter(FORM);
		FlashMap flash = new FlashMap();
		flash.put(HELD, carried(request));
		flash.setTargetRequestPath(request.getContextPath() + form);
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		return request.getContextPath() + form;
	}

	/**
	 * The sign-in page carrying the input: of a save forwarded here by security, or again
	 * after a sign-in that failed. A save this page does not keep (not a record's form)
	 * goes to the sign-in page as before; anything else here is no page.
	 */
	@PostMapping(PATH)
	String signInAgain(HttpServletRequest request, HttpServletResponse response, Model model) {
		String from = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		from = (from != null) ? from.substring(Math.min(request.getContextPath().length(), from.length())) : null;
		Map<String, List<String>> input;
		String form;
		// Shown again with the input it holds: after a failed sign-in, or sent again by
		// its
		// language switch.
		if ((from == null || "/login".equals(from)) && carriesInput(request)) {
			input = carried(request);
			form = request.getParameter(FORM);
			model.addAttribute("failed", from != null);
			model.addAttribute("username", request.getParameter("username"));
		}
		else if (from != null && from.startsWith("/admin/")) {
			Matcher save = SAVE.matcher(from);
			RecordKind<?, ?> kind = save.matches() ? this.kinds.find(save.group(1)) : null;
			if (kind == null) {
				return "redirect:/login";
			}
			input = posted(request);
			form = "/admin/" + kind.path() + "/" + ((save.group(2) != null) ? save.group(2) : "new");
		}
		else {
			throw new NotFoundException("page", PATH);
		}
		RecordKind<?, ?> kind = this.kinds.at(form.split("/")[2]);
		List<String> loadedJson = input.get("loaded");
		Map<String, List<String>> loaded = form.endsWith("/new") ? Map.of() : AdminRecordsController
			.loadedValues((loadedJson != null && !loadedJson.isEmpty()) ? loadedJson.get(0) : null);
		model.addAttribute("held", input);
		model.addAttribute("heldFor", form);
		model.addAttribute("shown", shown(kind, input, loaded));
		model.addAttribute("changesOnly", !loaded.isEmpty());
		model.addAttribute("what", AdminRecordsController.what(kind));
		model.addAttribute("newRecord", form.endsWith("/new"));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		return "admin/held";
	}

	/**
	 * The input as the page lists it, by field label: of an edit whose page said what it
	 * loaded, the fields the admin changed (one emptied says so, a checkbox group cleared
	 * too: it sends nothing); otherwise every field the admin filled in. Only what the
	 * admin sent is compared: nothing stored is read for a visitor not signed in.
	 */
	private Map<String, String> shown(RecordKind<?, ?> kind, Map<String, List<String>> input,
			Map<String, List<String>> loaded) {
		FormChoices choices = kind.choices();
		Map<String, String> shown = new LinkedHashMap<>();
		this.editor.labels(kind).forEach((field, label) -> {
			List<String> typed = filled(input.get(field));
			if (loaded.isEmpty() ? !typed.isEmpty() : !typed.equals(filled(loaded.get(field)))) {
				shown.put(label,
						!typed.isEmpty() ? choices.shown(field, typed)
								: choices.valueLabels().containsKey(field)
										? InterfaceText.message("admin.held.noneChosen", "(none chosen)")
										: InterfaceText.message("admin.held.emptied", "(emptied)"));
			}
		});
		return shown;
	}

	/** A field's values that hold something, with a browser's line breaks as stored. */
	private static List<String> filled(List<String> values) {
		return (values == null) ? List.of()
				: values.stream()
					.filter((value) -> !value.isBlank())
					.map((value) -> value.replace("\r\n", "\n"))
					.toList();
	}

	/** The save's fields, but not its CSRF token or any password. */
	private static Map<String, List<String>> posted(HttpServletRequest request) {
		Map<String, List<String>> input = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.startsWith("_") && !name.toLowerCase().contains("password")) {
				input.put(name, new ArrayList<>(List.of(values)));
			}
		});
		return input;
	}

	/** The input a sign-in carries, by field. */
	private static LinkedHashMap<String, List<String>> carried(HttpServletRequest request) {
		LinkedHashMap<String, List<String>> input = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(PREFIX) && !name.toLowerCase().contains("password")) {
				input.put(name.substring(PREFIX.length()), new ArrayList<>(List.of(values)));
			}
		});
		return input;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
