package org.hubatlas.pack;

/**
 * A file that is not a data pack at all (not YAML or CSV, no header, broken syntax):
 * refused whole, with why.
 */
public class PackFileException extends RuntimeException {

	PackFileException(String message) {
		super(message);
	}

}
