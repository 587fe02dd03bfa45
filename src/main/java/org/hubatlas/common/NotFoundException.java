package org.hubatlas.common;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A record the user asked for by slug or id does not exist: answered with the 404 page,
 * whose message ({@code problem.noSuch}) names what was asked for in the reader's
 * language ({@code problem.what.*}).
 */
public class NotFoundException extends CodedException {

	private final String what;

	private final String key;

	public NotFoundException(String what, String key) {
		super("problem.noSuch", "There is no " + what + " called \u201c" + key + "\u201d.",
				new DefaultMessageSourceResolvable(new String[] { "problem.what." + what.replace(' ', '-') }, what),
				key);
		this.what = what;
		this.key = key;
	}

	private NotFoundException(int page) {
		super("problem.noSuchPage", "This list has no page " + page + ".", String.valueOf(page));
		this.what = "page";
		this.key = String.valueOf(page);
	}

	private NotFoundException(String what, long id) {
		super("problem.noSuchNumbered", "There is no " + what + " numbered " + id + ".",
				new DefaultMessageSourceResolvable(new String[] { "problem.what." + what.replace(' ', '-') }, what),
				String.valueOf(id));
		this.what = what;
		this.key = String.valueOf(id);
	}

	/**
	 * A record asked for by its number (an admin page's address), said as a number, not
	 * as a name ("There is no hub numbered 999.").
	 */
	public static NotFoundException numbered(String what, long id) {
		return new NotFoundException(what, id);
	}

	/**
	 * A list's page beyond its last, said as a page number ("This list has no page 9.").
	 */
	public static NotFoundException page(int number) {
		return new NotFoundException(number);
	}

	public String getWhat() {
		return this.what;
	}

	public String getKey() {
		return this.key;
	}

}
