package org.hubatlas.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hubatlas.common.Versioned;

/** What a figure measures; comparison rows line up by indicator. */
@Entity
@Table(name = "indicator")
public class Indicator extends Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String unit;

	@Column(name = "higher_is_better", nullable = false)
	private boolean higherIsBetter;

	private String definition;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Indicator() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public boolean isHigherIsBetter() {
		return this.higherIsBetter;
	}

	public String getDefinition() {
		return this.definition;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
