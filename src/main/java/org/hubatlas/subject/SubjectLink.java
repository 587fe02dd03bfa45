package org.hubatlas.subject;

import org.hubatlas.common.InterfaceText;

/** What a figure or statement is about, as a link: "Hub: Beijing". */
public record SubjectLink(String kind, String name, String href) {

	/** National context: what is said about China as a whole. */
	public static SubjectLink national() {
		return new SubjectLink(InterfaceText.message("subject.context", "Context"),
				InterfaceText.message("subject.national", "China (national)"), "/#national");
	}

}
