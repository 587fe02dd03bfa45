package org.hubatlas.compare;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;

import org.hubatlas.common.CodedException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A comparison that cannot be made as asked: too few or too many hubs (400) or an unknown
 * hub (404).
 */
public class ComparisonInputException extends CodedException {

	private final HttpStatus status;

	private final List<String> keptSlugs;

	private final List<String> unknownSlugs;

	private ComparisonInputException(HttpStatus status, List<String> keptSlugs, List<String> unknownSlugs, String code,
			String english, Object... arguments) {
		super(code, MessageFormat.format(english, Arrays.stream(arguments)
			.map((argument) -> (argument instanceof MessageSourceResolvable name) ? name.getDefaultMessage() : argument)
			.toArray()), arguments);
		this.status = status;
		this.keptSlugs = keptSlugs;
		this.unknownSlugs = unknownSlugs;
	}

	/**
	 * A request that cannot be compared as asked: a message ({@code problem.*}) with its
	 * English pattern and arguments, and the hubs worth keeping.
	 */
	static ComparisonInputException badRequest(List<String> keptSlugs, String code, String english,
			Object... arguments) {
		return new ComparisonInputException(HttpStatus.BAD_REQUEST, keptSlugs, List.of(), code, english, arguments);
	}

	static ComparisonInputException unknownHubs(List<String> unknown, List<String> known) {
		if (unknown.size() > 1) {
			return new ComparisonInputException(HttpStatus.NOT_FOUND, known, unknown, "problem.noSuchHubsChoose",
					"None of these is a hub: {0}. Choose from the list below.",
					"\u201c" + String.join("\u201d, \u201c", unknown) + "\u201d");
		}
		return new ComparisonInputException(HttpStatus.NOT_FOUND, known, unknown, "problem.noSuchChoose",
				"There is no {0} called \u201c{1}\u201d. Choose from the list below.",
				new DefaultMessageSourceResolvable(new String[] { "problem.what.hub" }, "hub"), unknown.get(0));
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	/** The valid hubs of the request, to prefill the picker with. */
	public List<String> getKeptSlugs() {
		return this.keptSlugs;
	}

	/** The well-formed names that name no hub; none for a malformed request. */
	public List<String> getUnknownSlugs() {
		return this.unknownSlugs;
	}

}
