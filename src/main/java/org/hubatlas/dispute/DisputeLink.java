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

	static final String FIGURE = "figure:";

	static final String STATEMENT = "statement:";

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

	/**
	 * A link from a dispute to the record a key names, as the dispute's form stores it:
	 * "figure:12", "statement:7", or a subject's ("city:3").
	 */
	static DisputeLink to(Dispute dispute, String key) {
		DisputeLink link = new DisputeLink();
		link.dispute = dispute;
		long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
		if (key.startsWith(FIGURE)) {
			link.figureId = id;
		}
		else if (key.startsWith(STATEMENT)) {
			link.statementId = id;
		}
		else {
			link.subject = Subject.parse(key);
		}
		return link;
	}

	/** The key of the record linked, as {@link #to} reads it. */
	String key() {
		return (this.figureId != null) ? FIGURE + this.figureId
				: (this.statementId != null) ? STATEMENT + this.statementId : getSubject().key();
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
