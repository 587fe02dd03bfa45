package org.hubatlas.evidence;

import java.util.List;

import org.hubatlas.dispute.DisputeQuery;
import org.hubatlas.dispute.DisputeService;
import org.hubatlas.dispute.Disputes;
import org.hubatlas.figure.Figure;
import org.hubatlas.figure.FigureService;
import org.hubatlas.statement.Statement;
import org.hubatlas.statement.StatementService;
import org.hubatlas.subject.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * A record's evidence: its figures and statements, and in one query the disputes about
 * the record, its figures and its statements.
 */
class EvidenceServiceTests {

	private final FigureService figures = mock(FigureService.class);

	private final StatementService statements = mock(StatementService.class);

	private final DisputeService disputes = mock(DisputeService.class);

	private final EvidenceService evidence = new EvidenceService(this.figures, this.statements, this.disputes);

	@ParameterizedTest
	@CsvSource({ "company:5, companyIds", "university:8, universityIds", "incentive:20, incentiveIds" })
	void theDisputesAskedForAreThoseAboutTheRecordItsFiguresAndItsStatements(String key, String recordIds) {
		Subject subject = Subject.parse(key);
		Figure figure = mock(Figure.class);
		given(figure.getId()).willReturn(60L);
		Statement statement = mock(Statement.class);
		given(statement.getId()).willReturn(61L);
		Disputes none = Disputes.none();
		given(this.figures.about(subject)).willReturn(List.of(figure));
		given(this.statements.about(subject)).willReturn(List.of(statement));
		given(this.disputes.disputes(any())).willReturn(none);

		Evidence found = this.evidence.about(subject);

		assertThat(found.figures()).containsExactly(figure);
		assertThat(found.statements()).containsExactly(statement);
		assertThat(found.disputes()).isSameAs(none);
		assertThat(found.attributes()).containsOnlyKeys("figures", "statements", "disputes");
		ArgumentCaptor<DisputeQuery> query = ArgumentCaptor.forClass(DisputeQuery.class);
		verify(this.disputes).disputes(query.capture());
		assertThat(ReflectionTestUtils.getField(query.getValue(), recordIds)).isEqualTo(List.of(subject.id()));
		assertThat(ReflectionTestUtils.getField(query.getValue(), "figureIds")).isEqualTo(List.of(60L));
		assertThat(ReflectionTestUtils.getField(query.getValue(), "statementIds")).isEqualTo(List.of(61L));
	}

}
