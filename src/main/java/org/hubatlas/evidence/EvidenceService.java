package org.hubatlas.evidence;

import java.util.List;

import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;

import org.springframework.stereotype.Service;

/**
 * Gathers the evidence about a record for its page and its profile in the API: three
 * queries, whatever the record holds.
 */
@Service
public class EvidenceService {

	private final FigureService figures;

	private final StatementService statements;

	private final DisputeService disputes;

	EvidenceService(FigureService figures, StatementService statements, DisputeService disputes) {
		this.figures = figures;
		this.statements = statements;
		this.disputes = disputes;
	}

	public Evidence about(Subject subject) {
		List<Figure> figureList = this.figures.about(subject);
		List<Statement> statementList = this.statements.about(subject);
		return new Evidence(figureList, statementList,
				this.disputes.disputes(new DisputeQuery().about(subject)
					.figures(figureList.stream().map(Figure::getId).toList())
					.statements(statementList.stream().map(Statement::getId).toList())));
	}

}
