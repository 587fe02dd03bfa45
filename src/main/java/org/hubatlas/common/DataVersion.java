package org.hubatlas.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data's version: one number in the database, raised in the same transaction as every
 * change (each history row, each restore of a backup). Rendered pages are kept only as
 * long as it has not moved, and every instance sharing the database reads the same
 * number, so none serves a page older than the data.
 */
@Component
public class DataVersion {

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the data as changed; commits or rolls back with the change itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed() {
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	/** The version as committed now. */
	public long current() {
		Long version = this.jdbc.queryForObject("select version from data_version where id = 1", Long.class);
		return (version != null) ? version : 0;
	}

}
