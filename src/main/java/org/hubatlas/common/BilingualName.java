package org.hubatlas.common;

/**
 * A record's name as a query reads it: in English, and in Chinese (null when it has
 * none).
 */
public record BilingualName(String english, String chinese) {

	/** In the reader's language. */
	public String shown() {
		return InterfaceText.name(this.english, this.chinese);
	}

}
