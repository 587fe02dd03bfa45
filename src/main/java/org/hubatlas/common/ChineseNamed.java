package org.hubatlas.common;

/**
 * A record whose name (or title) may also be held in Chinese, for pages that name it in
 * the reader's language.
 */
public interface ChineseNamed {

	/** The name in Chinese; null when it has none. */
	String chineseName();

}
