package org.hubatlas.subject;

/** What a figure or statement is about, as a link: "Hub: Beijing". */
public record SubjectLink(String kind, String name, String href) {

	public static final SubjectLink NATIONAL = new SubjectLink("Context", "China (national)", "/#national");

}
