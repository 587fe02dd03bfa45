package org.hubatlas.source;

/** How far a source can be trusted, as the data pack that brought it judged it. */
public enum Trust {

	/** A government site or official document, or state media on its own domain. */
	HIGH,
	/** Established media republished elsewhere, press wires, encyclopaedia mirrors. */
	MEDIUM,
	/** A page of unknown standing: shown as unverified. */
	LOW

}
