package org.hubatlas.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data's version: one number in the database, raised in the same transaction as every
 * change (each history row, each restore of a backup). Rendered pages are kept only as
 * long as it has not moved, and every instance sharing the database reads the same
 * number, so none serves a page older than the data.
 */
@Component
public class DataVersion {

	/** Marks a transaction that will raise the version when it commits. */
	private static final Object RAISING = new Object();

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the data as changed; commits or rolls back with the change itself. However
	 * many records a transaction changes (a data pack of hundreds), the version is raised
	 * once, just before it commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			raise();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(RAISING)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(RAISING, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				raise();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(RAISING);
			}

		});
	}

	private void raise() {
		this.jdbc.update("update data_version set version = version + 1 where id = 1");
	}

	/** The version as committed now. */
	public long current() {
		Long version = this.jdbc.queryForObject("select version from data_version where id = 1", Long.class);
		return (version != null) ? version : 0;
	}

}
