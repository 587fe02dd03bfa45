package org.hubatlas.evidence;

import java.util.List;
import java.util.Map;

import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.statement.Statement;

/**
 * What the sources say about one company, institution or incentive: the figures and
 * statements about it, and the disputes about it or about them.
 */
public record Evidence(List<Figure> figures, List<Statement> statements, Disputes disputes) {

	/** As the model attributes a record's page reads. */
	public Map<String, Object> attributes() {
		return Map.of("figures", this.figures, "statements", this.statements, "disputes", this.disputes);
	}

}
