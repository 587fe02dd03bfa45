package org.hubatlas.common;

/** A record's id and its name as a query reads it, in English and in Chinese. */
public record NamedId(long id, String english, String chinese) {

	/** In the reader's language. */
	public String shown() {
		return InterfaceText.name(this.english, this.chinese);
	}

}
