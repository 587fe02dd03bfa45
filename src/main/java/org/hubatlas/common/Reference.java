package org.hubatlas.common;

/**
 * A record that points at another, as a refused delete lists it: described for the admin
 * ("Figure: AI companies, 1,500"), with the address of its edit page so the admin can
 * change it (null where there is no one record to open).
 */
public record Reference(String text, String editPage) {

}
