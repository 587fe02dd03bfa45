package org.hubatlas.common;

/**
 * A record that points at another, as a refused delete lists it: the group it is listed
 * under ("Figures"), the record described for the admin ("AI companies, 1,500"), and the
 * address of its edit page so the admin can change it (null where there is no one record
 * to open).
 */
public record Reference(String group, String text, String editPage) {

}
