package org.hubatlas.api;

import org.hubatlas.common.PageNumber;
import org.hubatlas.common.PageSize;

/**
 * Which page of a list the client asked for: pages count from 1, and a page holds at most
 * {@link PageSize#MAX} items.
 */
public record PageParams(int page, int size) {

	/** The page and size the request named, or the first page of the default size. */
	public static PageParams of(PageNumber page, PageSize size) {
		return new PageParams(PageNumber.of(page), PageSize.of(size));
	}

}
