package org.hubatlas.compare;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A comparison that cannot be made as asked: too few or too many hubs (400) or an unknown
 * hub (404).
 */
public class ComparisonInputException extends RuntimeException {

	private final HttpStatus status;

	private final List<String> keptSlugs;

	private ComparisonInputException(HttpStatus status, String message, List<String> keptSlugs) {
		super(message);
		this.status = status;
		this.keptSlugs = keptSlugs;
	}

	static ComparisonInputException badRequest(String message, List<String> keptSlugs) {
		return new ComparisonInputException(HttpStatus.BAD_REQUEST, message, keptSlugs);
	}

	static ComparisonInputException unknownHubs(List<String> unknown, List<String> known) {
		String names = String.join("\u201d, \u201c", unknown);
		return new ComparisonInputException(HttpStatus.NOT_FOUND,
				"There is no hub called \u201c" + names + "\u201d. Choose from the list below.", known);
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	/** The valid hubs of the request, to prefill the picker with. */
	public List<String> getKeptSlugs() {
		return this.keptSlugs;
	}

}
