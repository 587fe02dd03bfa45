package org.hubatlas.api;

/**
 * A page number beyond a list's last page: answered 404, saying how many pages there are.
 */
class PageBeyondEndException extends RuntimeException {

	private final int totalPages;

	PageBeyondEndException(int page, int totalPages) {
		super("There is no page " + page + ": the list has " + totalPages + ((totalPages == 1) ? " page." : " pages."));
		this.totalPages = totalPages;
	}

	int getTotalPages() {
		return this.totalPages;
	}

}
