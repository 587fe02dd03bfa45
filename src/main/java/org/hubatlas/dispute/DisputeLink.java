package org.hubatlas.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hubatlas.subject.Subject;

/** One record a dispute affects: a subject, a figure or a statement. */
@Entity
@Table(name = "dispute_link")
public class DisputeLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dispute_id")
	private Dispute dispute;

	@Embedded
	private Subject subject;

	@Column(name = "figure_id")
	private Long figureId;

	@Column(name = "statement_id")
	private Long statementId;

	protected DisputeLink() {
	}

	/** A link from a dispute to the figure it is about. */
	public static DisputeLink toFigure(Dispute dispute, long figureId) {
		DisputeLink link = new DisputeLink();
		link.dispute = dispute;
		link.figureId = figureId;
		return link;
	}

	public Long getId() {
		return this.id;
	}

	public Dispute getDispute() {
		return this.dispute;
	}

	public Subject getSubject() {
		return (this.subject != null) ? this.subject : Subject.nationalContext();
	}

	public Long getFigureId() {
		return this.figureId;
	}

	public Long getStatementId() {
		return this.statementId;
	}

}
