package org.hubatlas.figure;

/** Figures for the tests of what reads them, completed as an admin's save would be. */
public final class TestFigures {

	private TestFigures() {
	}

	/** Gives the figure its qualifier, its date and what it counts. */
	public static void date(Figure figure, Qualifier qualifier, String asOfLabel, Integer asOfYear, Integer targetYear,
			IndicatorDefinition definition) {
		figure.edit(figure.getSubject(), figure.getIndicator(), definition, figure.getValueNumeric(),
				figure.getValueAsWritten(), qualifier, figure.getKind(), asOfLabel, asOfYear, targetYear,
				figure.getSource(), figure.getQuote());
	}

}
